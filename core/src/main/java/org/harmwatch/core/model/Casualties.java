package org.harmwatch.core.model;

/**
 * The people harmed in an incident. Each count is null when the source does not say. {@code killed}
 * counts every death of the incident on every side (civilians, soldiers, police, fighters), as
 * ACLED's fatalities do; {@code civiliansKilled} is the civilians among them when the source tells
 * them apart; {@code detained} counts people arrested, abducted, kidnapped or taken away; {@code
 * childrenKilled} and {@code womenKilled} are lower bounds among the civilians, or null.
 */
public record Casualties(
    Count killed,
    Count injured,
    Count detained,
    Count missing,
    Count civiliansKilled,
    Integer childrenKilled,
    Integer womenKilled) {

  /** No casualty figure at all. */
  public static final Casualties NONE = new Casualties(null, null, null, null, null, null, null);

  /** Casualties that do not tell civilians apart from the other dead. */
  public Casualties(
      Count killed,
      Count injured,
      Count detained,
      Count missing,
      Integer childrenKilled,
      Integer womenKilled) {
    this(killed, injured, detained, missing, null, childrenKilled, womenKilled);
  }

  /** Whether no figure is known. */
  public boolean isEmpty() {
    return killed == null
        && injured == null
        && detained == null
        && missing == null
        && civiliansKilled == null
        && childrenKilled == null
        && womenKilled == null;
  }

  /** These casualties with {@code civilians} as the civilians among the dead. */
  public Casualties withCiviliansKilled(Count civilians) {
    return new Casualties(
        killed, injured, detained, missing, civilians, childrenKilled, womenKilled);
  }
}

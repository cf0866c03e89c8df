package org.harmwatch.core.model;

/**
 * The people harmed in an incident. Each count is null when the source does not say; {@code
 * childrenKilled} and {@code womenKilled} are lower bounds or null.
 */
public record Casualties(
    Count killed,
    Count injured,
    Count detained,
    Count missing,
    Integer childrenKilled,
    Integer womenKilled) {

  /** No casualty figure at all. */
  public static final Casualties NONE = new Casualties(null, null, null, null, null, null);

  /** Whether no figure is known. */
  public boolean isEmpty() {
    return killed == null
        && injured == null
        && detained == null
        && missing == null
        && childrenKilled == null
        && womenKilled == null;
  }
}

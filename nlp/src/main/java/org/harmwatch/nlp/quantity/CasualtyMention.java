package org.harmwatch.nlp.quantity;

import org.harmwatch.core.model.Count;

/**
 * A casualty figure found in a sentence: its kind, the count, the offsets of its phrase in the
 * sentence, the children and women among them (null when not said), the civilians among them (null
 * when the sentence does not tell them apart), and what the sentence says of the figure beside the
 * others ({@code note}).
 *
 * @param divisor for a {@link Note#SPLIT} note, the number of events the toll is divided between (0
 *     when the sentence does not say)
 */
public record CasualtyMention(
    CasualtyKind kind,
    Count count,
    int start,
    int end,
    Integer children,
    Integer women,
    Count civilians,
    Note note,
    int divisor) {

  /** What a figure is beside the incident's other figures. */
  public enum Note {
    /** A figure of the incident, told once or retold by another source. */
    PLAIN,
    /** Deaths in addition to those told before ("three soldiers were also killed"). */
    ALSO,
    /** The coder's count for the event ("unknown fatalities coded as 10"): it stands. */
    CODED,
    /** A toll divided between events ("fatalities split between 3 events"). */
    SPLIT
  }

  /** A plain figure, without civilians told apart. */
  public CasualtyMention(
      CasualtyKind kind, Count count, int start, int end, Integer children, Integer women) {
    this(kind, count, start, end, children, women, null, Note.PLAIN, 0);
  }

  /** This mention with a children or women sub-count. */
  public CasualtyMention withSub(boolean childrenSub, int n) {
    return childrenSub
        ? new CasualtyMention(kind, count, start, end, n, women, civilians, note, divisor)
        : new CasualtyMention(kind, count, start, end, children, n, civilians, note, divisor);
  }

  /** This mention with {@code civilians} told apart. */
  public CasualtyMention withCivilians(Count civilians) {
    return new CasualtyMention(kind, count, start, end, children, women, civilians, note, divisor);
  }

  /** This mention with another note. */
  public CasualtyMention withNote(Note note) {
    return new CasualtyMention(kind, count, start, end, children, women, civilians, note, divisor);
  }
}

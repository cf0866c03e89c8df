package org.harmwatch.nlp.quantity;

import org.harmwatch.core.model.Count;

/**
 * A casualty figure found in a sentence: its kind, the count, the offsets of its phrase in the
 * sentence, and the children and women among them (null when not said).
 */
public record CasualtyMention(
    CasualtyKind kind, Count count, int start, int end, Integer children, Integer women) {

  /** This mention with a children or women sub-count. */
  public CasualtyMention withSub(boolean childrenSub, int n) {
    return childrenSub
        ? new CasualtyMention(kind, count, start, end, n, women)
        : new CasualtyMention(kind, count, start, end, children, n);
  }
}

package org.harmwatch.nlp.time;

import org.harmwatch.core.model.IncidentDate;

/**
 * A date phrase found in a sentence (offsets relative to it) and its normalised value: {@code date}
 * is null when it cannot be resolved (e.g. "in January" without a publication date); {@code
 * daysAfterPrevious} is set for phrases relative to the previous incident ("the next day" → 1).
 */
public record DateMention(
    int start, int end, String text, IncidentDate date, Integer daysAfterPrevious) {

  /** Whether the phrase is relative to the previous incident's date. */
  public boolean relativeToPrevious() {
    return daysAfterPrevious != null;
  }
}

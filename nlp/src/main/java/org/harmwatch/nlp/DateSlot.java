package org.harmwatch.nlp;

import org.harmwatch.core.model.DatePrecision;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.nlp.time.DateMention;

/**
 * The date slot resolver: the first date the incident's sentences give ("the next day" counted from
 * the previous incident's day), else its coder's label's; or null.
 */
final class DateSlot {
  private DateSlot() {}

  static IncidentDate resolve(IncidentDraft d, EvidenceMarks marks) {
    IncidentDate date = null;
    outer:
    for (SentenceFacts f : d.facts) {
      for (DateMention dm : f.dates()) {
        marks.mark(f, "date");
        if (dm.relativeToPrevious()) {
          IncidentDate prev =
              d.previous == null || d.previous.built == null ? null : d.previous.built.date();
          date =
              prev == null || prev.precision() != DatePrecision.DAY
                  ? null
                  : IncidentDate.day(prev.start().plusDays(dm.daysAfterPrevious()), dm.text());
        } else {
          date = dm.date();
        }
        break outer;
      }
    }
    if (date == null) {
      for (SentenceFacts label : d.labelFacts) {
        DateMention dm =
            label.dates().stream().filter(x -> x.date() != null).findFirst().orElse(null);
        if (dm != null) {
          date = dm.date();
          marks.markAround(label, "date");
          break;
        }
      }
    }
    return date;
  }
}

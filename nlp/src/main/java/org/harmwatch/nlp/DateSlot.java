package org.harmwatch.nlp;

import java.util.List;
import org.harmwatch.core.model.DatePrecision;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.nlp.text.Sentence;
import org.harmwatch.nlp.text.SentenceSplitter;
import org.harmwatch.nlp.time.DateFinder;
import org.harmwatch.nlp.time.DateMention;

/**
 * The date slot resolver: the first date the incident's sentences give ("the next day" counted from
 * the previous incident's day), else its coder's label's, else the date that opens its paragraph
 * before the incident's first sentence ("On 11 May 2020. Soldiers clashed with ...": a lead that
 * names no event of its own); or null.
 */
final class DateSlot {
  private static final DateFinder DATES = new DateFinder();
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  private DateSlot() {}

  static IncidentDate resolve(IncidentDraft d, Document doc, EvidenceMarks marks) {
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
    if (date == null && doc != null && !d.facts.isEmpty()) {
      date = fromLead(d, doc, marks);
    }
    return date;
  }

  // The first date of the sentences between the start of the incident's paragraph (or the end of
  // the previous incident in it) and the incident's first sentence; a date of the report
  // ("said on Monday") is none.
  private static IncidentDate fromLead(IncidentDraft d, Document doc, EvidenceMarks marks) {
    String text = doc.text();
    Sentence first = d.first().sentence();
    int from = text.lastIndexOf("\n\n", first.start());
    from = from < 0 ? 0 : from + 2;
    if (d.previous != null && !d.previous.facts.isEmpty()) {
      List<SentenceFacts> prev = d.previous.facts;
      from = Math.max(from, prev.get(prev.size() - 1).sentence().end());
    }
    if (from >= first.start()) {
      return null;
    }
    for (Sentence s : SPLITTER.split(text.substring(from, first.start()))) {
      for (DateMention dm : DATES.find(s.text(), doc.published())) {
        if (dm.date() == null || SentenceAnnotator.datesReport(s.text(), dm, null)) {
          continue;
        }
        Sentence inDoc =
            new Sentence(from + s.start(), from + s.end(), s.text(), first.paragraph());
        marks.markAround(
            new SentenceFacts(
                inDoc, null, false, List.of(), List.of(dm), List.of(), List.of(), null),
            "date");
        return dm.date();
      }
    }
    return null;
  }
}

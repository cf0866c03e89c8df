package org.harmwatch.nlp;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * names no event of its own), else the day of the report its sentences give ("the army said on
 * Saturday that ..."), else a year its first sentence names ("during the 2021 elections"); or null.
 */
final class DateSlot {
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  private DateSlot() {}

  static IncidentDate resolve(
      IncidentDraft d, Document doc, EvidenceMarks marks, DateFinder dates) {
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
      date = fromLead(d, doc, marks, dates);
    }
    if (date == null && !d.facts.isEmpty()) {
      date = reportDate(d, doc, marks, dates);
    }
    if (date == null && !d.facts.isEmpty()) {
      date = namedYear(d.first(), doc, marks);
    }
    return date;
  }

  // When the text gives no other date, the day of the report stands in for the event's, as a
  // coder dates "the army said on Saturday that three soldiers were killed" to that Saturday.
  private static IncidentDate reportDate(
      IncidentDraft d, Document doc, EvidenceMarks marks, DateFinder dates) {
    LocalDate published = doc == null ? null : doc.published();
    for (SentenceFacts f : d.facts) {
      String st = f.sentence().text();
      for (DateMention dm : dates.find(st, published)) {
        if (dm.date() != null
            && dm.date().precision() == DatePrecision.DAY
            && SentenceAnnotator.datesReport(st, dm, f.trigger())
            && !SentenceAnnotator.datesDateline(st, dm)) {
          marks.markAround(f, "date");
          return dm.date();
        }
      }
    }
    return null;
  }

  // "in early 2022", "during the 2021 elections": the year the incident's own sentence names, when
  // nothing dates it closer; never a year after publication.
  private static final Pattern YEAR =
      Pattern.compile(
          "\\b(?:in|during|en|durant|au cours de)\\s+(?:the\\s+|les?\\s+)?(?:(?:early|late|mid|d[ée]but|fin|mi)[\\s-]+|l['’]ann[ée]e\\s+)?((?:19|20)\\d\\d)\\b(?!\\s*[-/–]\\s*\\d)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static IncidentDate namedYear(SentenceFacts f, Document doc, EvidenceMarks marks) {
    Matcher m = YEAR.matcher(f.sentence().text());
    if (!m.find()) {
      return null;
    }
    int year = Integer.parseInt(m.group(1));
    LocalDate published = doc == null ? null : doc.published();
    if (published != null && year > published.getYear()) {
      return null;
    }
    marks.markAround(f, "date");
    return new IncidentDate(
        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR, m.group());
  }

  // The first date of the sentences between the start of the incident's paragraph (or the end of
  // the previous incident in it) and the incident's first sentence; a date of the report
  // ("said on Monday") is none.
  private static IncidentDate fromLead(
      IncidentDraft d, Document doc, EvidenceMarks marks, DateFinder dates) {
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
      for (DateMention dm : dates.find(s.text(), doc.published())) {
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

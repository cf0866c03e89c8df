package org.harmwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.harmwatch.core.model.DatePrecision;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Evidence;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.nlp.text.Sentence;
import org.harmwatch.nlp.time.DateFinder;
import org.harmwatch.nlp.time.DateMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The date slot on drafts built by hand: which date wins among the incident's own dates, its label,
 * the lead before it, the day of the report and a named year, and which sentence it marks as the
 * date's evidence.
 */
class DateSlotTest {
  private static final DateFinder DATES = new DateFinder();
  private static final LocalDate PUBLISHED = LocalDate.of(2023, 10, 9); // a Monday

  private static final IncidentDate MAY_2 = IncidentDate.day(LocalDate.of(2023, 5, 2), "2 May");
  private static final IncidentDate MAY_9 = IncidentDate.day(LocalDate.of(2023, 5, 9), "9 May");
  private static final IncidentDate MAY =
      new IncidentDate(
          LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 31), DatePrecision.MONTH, "in May");

  /** A sentence of {@code text} at its place in {@code doc}, giving {@code dates}. */
  private static SentenceFacts told(String doc, String text, DateMention... dates) {
    int start = doc.indexOf(text);
    assertThat(start).as("test sentence is in its document").isNotNegative();
    return new SentenceFacts(
        new Sentence(start, start + text.length(), text, 0),
        null,
        false,
        List.of(),
        List.of(dates),
        List.of(),
        List.of(),
        null);
  }

  private static DateMention on(IncidentDate date) {
    return new DateMention(0, date.text().length(), date.text(), date, null);
  }

  private static DateMention daysAfterPrevious(int days) {
    return new DateMention(0, 5, "later", null, days);
  }

  /** The date resolved for {@code d} in {@code text}, and the starts of sentences marked "date". */
  private record Resolved(IncidentDate date, List<Integer> datedAt) {}

  private static Resolved resolve(IncidentDraft d, Document doc) {
    EvidenceMarks marks = new EvidenceMarks(d.facts);
    IncidentDate date = DateSlot.resolve(d, doc, marks, DATES);
    List<Integer> datedAt =
        marks.evidence().stream()
            .filter(e -> e.fields().contains("date"))
            .map(Evidence::start)
            .toList();
    return new Resolved(date, datedAt);
  }

  private static IncidentDraft draft(SentenceFacts... facts) {
    IncidentDraft d = new IncidentDraft(0, null, false);
    d.facts.addAll(List.of(facts));
    return d;
  }

  @Test
  void theFirstDateOfTheIncidentsSentencesWins() {
    String text = "Gunmen burned a market. It happened on 2 May. A second raid came on 9 May.";
    IncidentDraft d =
        draft(
            told(text, "Gunmen burned a market."),
            told(text, "It happened on 2 May.", on(MAY_2)),
            told(text, "A second raid came on 9 May.", on(MAY_9)));
    Resolved r = resolve(d, Document.ofText("d", null, PUBLISHED, text));
    assertThat(r.date()).isEqualTo(MAY_2);
    assertThat(r.datedAt()).containsExactly(text.indexOf("It happened"));
  }

  static Stream<Arguments> relativeDays() {
    return Stream.of(
        Arguments.of("the next day", MAY_2, 1, LocalDate.of(2023, 5, 3)),
        Arguments.of("three days after", MAY_2, 3, LocalDate.of(2023, 5, 5)),
        Arguments.of("a month-wide previous date gives no day", MAY, 1, null),
        Arguments.of("no previous date gives no day", null, 1, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("relativeDays")
  void aDateRelativeToThePreviousIncidentCountsFromItsDay(
      String rule, IncidentDate previousDate, int days, LocalDate expectedStart) {
    String text = "Gunmen came back the next day and killed two more.";
    IncidentDraft previous = draft(told(text, "Gunmen came back"));
    previous.built =
        previousDate == null
            ? null
            : new Incident(
                null,
                null,
                null,
                null,
                previousDate,
                null,
                List.of(),
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(),
                0.5,
                null);
    IncidentDraft d = new IncidentDraft(0, previous, false);
    d.facts.add(told(text, text, daysAfterPrevious(days)));
    Resolved r = resolve(d, null);
    if (expectedStart == null) {
      assertThat(r.date()).as(rule).isNull();
    } else {
      assertThat(r.date()).as(rule).isNotNull();
      assertThat(r.date().start()).as(rule).isEqualTo(expectedStart);
      assertThat(r.date().precision()).isEqualTo(DatePrecision.DAY);
    }
  }

  @Test
  void aLabelDatesAnIncidentWhoseSentencesGiveNone() {
    // An earlier paragraph, so that no lead before the incident's sentence gives the date.
    String text = "Date: 9 May.\n\nGunmen burned a market.";
    SentenceFacts label = told(text, "Date: 9 May.", on(MAY_9));
    IncidentDraft d = draft(told(text, "Gunmen burned a market."));
    d.labelFacts.add(label);
    Resolved r = resolve(d, Document.ofText("d", null, PUBLISHED, text));
    assertThat(r.date()).isEqualTo(MAY_9);
    assertThat(r.datedAt()).containsExactly(0);
  }

  @Test
  void theIncidentsOwnDateBeatsItsLabel() {
    String text = "Date: 9 May.\nGunmen burned a market on 2 May.";
    IncidentDraft d = draft(told(text, "Gunmen burned a market on 2 May.", on(MAY_2)));
    d.labelFacts.add(told(text, "Date: 9 May.", on(MAY_9)));
    Resolved r = resolve(d, Document.ofText("d", null, PUBLISHED, text));
    assertThat(r.date()).isEqualTo(MAY_2);
    assertThat(r.datedAt()).containsExactly(text.indexOf("Gunmen"));
  }

  /** Fallbacks read the document's own text: each row is a document, its incident's sentence. */
  static Stream<Arguments> fallbacks() {
    return Stream.of(
        Arguments.of(
            "a lead that only gives a date dates the incident after it",
            "On 14 August 2023. Gunmen burned a market near the river.",
            "Gunmen burned a market near the river.",
            LocalDate.of(2023, 8, 14),
            DatePrecision.DAY,
            0),
        Arguments.of(
            "a lead in an earlier paragraph dates nothing",
            "On 14 August 2023.\n\nGunmen burned a market near the river.",
            "Gunmen burned a market near the river.",
            null,
            null,
            -1),
        Arguments.of(
            "the day of the report stands in when nothing else dates the event",
            "The governor said on Saturday that gunmen burned a market near the river.",
            "The governor said on Saturday that gunmen burned a market near the river.",
            LocalDate.of(2023, 10, 7),
            DatePrecision.DAY,
            0),
        Arguments.of(
            "a year the sentence names dates it to that year",
            "Gunmen burned a market near the river during the 2019 floods.",
            "Gunmen burned a market near the river during the 2019 floods.",
            LocalDate.of(2019, 1, 1),
            DatePrecision.YEAR,
            0),
        Arguments.of(
            "a year after publication is no date",
            "Gunmen burned a market near the river during the 2031 floods.",
            "Gunmen burned a market near the river during the 2031 floods.",
            null,
            null,
            -1),
        Arguments.of(
            "a span of years is no year",
            "Gunmen burned markets near the river in 2019-2020.",
            "Gunmen burned markets near the river in 2019-2020.",
            null,
            null,
            -1),
        Arguments.of(
            "a sentence with no date at all gives none",
            "Gunmen burned a market near the river.",
            "Gunmen burned a market near the river.",
            null,
            null,
            -1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fallbacks")
  void undatedIncidentsFallBackOnTheirDocument(
      String rule,
      String text,
      String sentence,
      LocalDate expectedStart,
      DatePrecision expectedPrecision,
      int datedAt) {
    IncidentDraft d = draft(told(text, sentence));
    Resolved r = resolve(d, Document.ofText("d", null, PUBLISHED, text));
    if (expectedStart == null) {
      assertThat(r.date()).as(rule).isNull();
      assertThat(r.datedAt()).as(rule).isEmpty();
    } else {
      assertThat(r.date()).as(rule).isNotNull();
      assertThat(r.date().start()).as(rule).isEqualTo(expectedStart);
      assertThat(r.date().precision()).as(rule).isEqualTo(expectedPrecision);
      assertThat(r.datedAt()).as(rule).containsExactly(datedAt);
    }
  }

  @Test
  void aLeadAfterThePreviousIncidentInTheParagraphIsTheOnlyOneRead() {
    String text =
        "On 3 June 2023, soldiers shot a trader. On 14 August 2023. Gunmen burned a market.";
    IncidentDraft previous = draft(told(text, "On 3 June 2023, soldiers shot a trader."));
    IncidentDraft d = new IncidentDraft(0, previous, false);
    d.facts.add(told(text, "Gunmen burned a market."));
    Resolved r = resolve(d, Document.ofText("d", null, PUBLISHED, text));
    assertThat(r.date().start()).isEqualTo(LocalDate.of(2023, 8, 14));
    assertThat(r.datedAt()).containsExactly(text.indexOf("On 14 August"));
  }
}

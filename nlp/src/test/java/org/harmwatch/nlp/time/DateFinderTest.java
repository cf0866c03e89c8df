package org.harmwatch.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.harmwatch.core.model.IncidentDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Date phrases normalised against a publication date (Friday 29 March 2024 unless given). */
class DateFinderTest {
  private final DateFinder finder = new DateFinder();

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "Gunmen attacked the village on 17 March 2024.|2024-03-29|2024-03-17 2024-03-17 DAY",
        "The raid took place on March 17.|2024-03-29|2024-03-17 2024-03-17 DAY",
        "It happened on 17/03/2024.|2024-03-29|2024-03-17 2024-03-17 DAY",
        "A raid in January killed 25.|2024-03-29|2024-01-01 2024-01-31 MONTH",
        "A raid in May killed 25 people.|2024-03-29|2023-05-01 2023-05-31 MONTH",
        "Soldiers entered the village in December.|2024-03-29|2023-12-01 2023-12-31 MONTH",
        "The attack on Thursday killed nine.|2024-03-29|2024-03-28 2024-03-28 DAY",
        "The strike on Friday killed nine.|2024-03-29|2024-03-22 2024-03-22 DAY",
        "Gunmen struck on the night of 4 to 5 May.|2024-05-08|2024-05-04 2024-05-05 DAY",
        "Gunmen struck yesterday.|2024-03-29|2024-03-28 2024-03-28 DAY",
        "Ils ont attaqué dans la nuit de samedi à dimanche.|2024-02-19|2024-02-17 2024-02-18 DAY",
        "Gunmen struck on the night of Saturday to Sunday.|2024-12-02|2024-11-30 2024-12-01 DAY",
        "The village was raided overnight Friday into Saturday.|2024-12-02|2024-11-29 2024-11-30 DAY",
        "Dans la nuit du 4 au 5 novembre, des hommes armés ont tué dix villageois.|2023-11-08|2023-11-04 2023-11-05 DAY",
        "Gunmen struck last week.|2024-03-29|2024-03-18 2024-03-24 WEEK",
        "Gunmen struck earlier this week.|2024-03-29|2024-03-25 2024-03-28 WEEK",
        "Gunmen struck last month.|2024-03-29|2024-02-01 2024-02-29 MONTH",
        "Attacks between 27 and 31 March killed 40.|2024-04-02|2024-03-27 2024-03-31 WEEK",
        "Des hommes armés ont attaqué le village le 17 mars 2024.|2024-03-29|2024-03-17 2024-03-17 DAY",
        "L'attaque a eu lieu en janvier.|2024-03-29|2024-01-01 2024-01-31 MONTH",
        "L'attaque a eu lieu jeudi.|2024-03-29|2024-03-28 2024-03-28 DAY",
        "L'attaque a eu lieu jeudi dernier.|2024-03-28|2024-03-21 2024-03-21 DAY",
        "Le drone a frappé hier.|2024-03-29|2024-03-28 2024-03-28 DAY",
        "L'attaque a eu lieu la semaine dernière.|2024-03-29|2024-03-18 2024-03-24 WEEK",
        "Les attaques entre le 27 et le 31 mars ont fait 40 morts.|2024-04-02|2024-03-27 2024-03-31 WEEK",
        "Un raid le 3 août a fait 9 morts.|2024-09-01|2024-08-03 2024-08-03 DAY",
        "Gunmen attacked the village on 17 March 2024.|-|2024-03-17 2024-03-17 DAY",
        "A raid in January killed 25.|-|-",
        "The attack on Thursday killed nine.|-|-",
      })
  void normalises(String sentence, LocalDate published, String expected) {
    List<DateMention> found = finder.find(sentence, published);
    assertThat(found).isNotEmpty();
    IncidentDate d = found.get(0).date();
    String got = d == null ? null : d.start() + " " + d.end() + " " + d.precision();
    assertThat(got).isEqualTo(expected);
    assertThat(sentence.substring(found.get(0).start(), found.get(0).end()))
        .isEqualTo(found.get(0).text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The next day, gunmen returned.",
        "The following day, a second strike hit.",
        "Le lendemain, les assaillants sont revenus."
      })
  void marksPhrasesRelativeToThePreviousIncident(String sentence) {
    DateMention d = finder.find(sentence, LocalDate.of(2024, 3, 29)).get(0);
    assertThat(d.relativeToPrevious()).isTrue();
    assertThat(d.daysAfterPrevious()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"Gunmen killed 9 people.", "It may take weeks to know the toll."})
  void findsNoDateWhereThereIsNone(String sentence) {
    assertThat(finder.find(sentence, LocalDate.of(2024, 3, 29))).isEmpty();
  }
}

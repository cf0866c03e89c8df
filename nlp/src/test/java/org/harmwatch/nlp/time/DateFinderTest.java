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
        // A night told with both weekdays and both days, or with the weekdays and the last day.
        "Le poste a été attaqué dans la nuit du vendredi 8 au samedi 9 mars 2024.|2024-03-11|2024-03-08 2024-03-09 DAY",
        "Des hommes armés ont frappé dans la nuit de mardi à mercredi 13 mars 2024.|2024-03-15|2024-03-12 2024-03-13 DAY",
        "Gunmen struck on the night of Tuesday to Wednesday, 13 March.|2024-03-15|2024-03-12 2024-03-13 DAY",
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
        "Bombers attacked the market on 27/01, leaving 14 dead.|2016-01-30|2016-01-27 2016-01-27 DAY",
        "Militants attacked a base in the evening of 30/12.|2016-01-02|2015-12-30 2015-12-30 DAY",
        "Fighting near the town (deaths coded for the 10/9/97 event).|1997-09-13|1997-09-10 1997-09-10 DAY",
        "Helicopters struck the town again on Apr.6.|2016-04-09|2016-04-06 2016-04-06 DAY",
        "On 11 Feb. 2020, soldiers fought separatists.|2020-02-14|2020-02-11 2020-02-11 DAY",
        "Troops dislodged the group between Apr.26-27.|2016-04-29|2016-04-26 2016-04-27 DAY",
        "Clashes from 16-18 April killed nine.|2024-04-25|2024-04-16 2024-04-18 WEEK",
        "RSF killed six people in the town from Jan 1-3.|2016-01-06|2016-01-01 2016-01-03 WEEK",
        "Operations between 28 March and 2 April led to arrests.|2024-04-05|2024-03-28 2024-04-02 WEEK",
        "Two died in clashes over several days (12/12 -15/12).|2014-12-16|2014-12-12 2014-12-15 WEEK",
        "Around 4 August 2020, twelve people were arrested.|2020-08-07|2020-08-01 2020-08-07 WEEK",
        "On 29 April 2020 (or around), gunmen killed a police officer.|2020-05-02|2020-04-26 2020-05-02 WEEK",
        "On 27 April (date remains uncertain), fighting intensified.|2018-04-30|2018-04-24 2018-04-30 WEEK",
        "Militias clashed in the town in the week of Feb 8.|2016-02-11|2016-02-05 2016-02-11 WEEK",
        "Vers le 12 mars, des hommes armés ont enlevé trois élèves.|2024-03-20|2024-03-09 2024-03-15 WEEK",
        "Les affrontements du 16 au 18 avril ont fait neuf morts.|2024-04-25|2024-04-16 2024-04-18 WEEK",
        "L'attaque du 3 janv. 2024 a fait neuf morts.|2024-02-01|2024-01-03 2024-01-03 DAY",
        "Officials detained two aid workers between 31 March-8 April.|2017-04-06|2017-03-31 2017-04-08 MONTH",
        "12 February (on or before). A village head was shot by separatists.|2018-02-15|2018-02-09 2018-02-15 WEEK",
        "Les FARDC accusent, ce mardi 19 août 2025, le M23 d'attaques.|2025-08-19|2025-08-19 2025-08-19 DAY",
        "On or after August 28th, two men were abducted.|2019-08-31|2019-08-25 2019-08-31 WEEK",
        "Around 15 August 2019 (month of), men kidnapped a staff member.|2019-08-18|2019-08-01 2019-08-31 MONTH",
        "Trois policiers ont été tués ce dimanche 30 janvier 2022.|2022-01-30|2022-01-30 2022-01-30 DAY",
        "Des hommes armés ont attaqué ce lundi le poste.|2022-04-04|2022-04-04 2022-04-04 DAY",
        "Gunmen attacked the camp on Sunday, 30 January.|2022-02-02|2022-01-30 2022-01-30 DAY",
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
      value = {
        "Gunmen killed 9 people.",
        "It may take weeks to know the toll.",
        "The clinic in the camp runs 24/7.",
        "Sept soldats ont été tués dans l'embuscade.",
        "Half (1/2) of the displaced returned."
      })
  void findsNoDateWhereThereIsNone(String sentence) {
    assertThat(finder.find(sentence, LocalDate.of(2024, 3, 29))).isEmpty();
  }
}

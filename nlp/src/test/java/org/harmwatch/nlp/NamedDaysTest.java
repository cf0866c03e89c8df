package org.harmwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.harmwatch.nlp.time.DateFinder;
import org.harmwatch.nlp.time.DateMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamedDaysTest {
  private static final DateFinder DATES = new DateFinder();
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 20);

  /** A date phrase, then the separate days it names ("-" for none: a span, one day, a night). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "Rebels struck on 3 and 7 June.#2024-06-03 2024-06-07",
        "Des rebelles ont frappé les 16 et 18 juin.#2024-06-16 2024-06-18",
        "Des rebelles ont frappé le 16 et le 18 juin 2024.#2024-06-16 2024-06-18",
        "Rebels struck from 3 to 7 June.#-",
        "Rebels struck between 3 and 7 June.#-",
        "Rebels struck on 3-7 June.#-",
        "Rebels struck on the night of 4 and 5 June.#-",
        "Rebels struck on 4 and 5 June.#-",
        "Rebels struck on 4 June.#-",
      })
  void twoDaysNamedApartAreTwoDays(String sentence, String expected) {
    List<DateMention> found = DATES.find(sentence, PUBLISHED);
    assertThat(found).isNotEmpty();
    List<DateMention> days = NamedDays.of(found.get(0));
    String got =
        days.isEmpty()
            ? "-"
            : String.join(" ", days.stream().map(d -> d.date().start().toString()).toList());
    assertThat(got).isEqualTo(expected);
  }
}

package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.SubEventType;
import org.harmwatch.core.review.Grade;
import org.harmwatch.core.review.ReviewStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The message tables of the dossier PDF (dossier/en.properties and fr.properties): the same keys
 * with the same placeholders, the reader's language chosen by parameter then header, and dates in
 * each language's style.
 */
class DossierLabelsTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

  @Test
  void bothTablesHoldTheSameKeys() {
    assertThat(DossierLabels.keys("fr")).isEqualTo(DossierLabels.keys("en")).isNotEmpty();
  }

  @Test
  void bothTablesFillTheSamePlaceholders() {
    DossierLabels en = DossierLabels.of("en");
    DossierLabels fr = DossierLabels.of("fr");
    Map<String, String> english = new TreeMap<>();
    Map<String, String> french = new TreeMap<>();
    for (String key : DossierLabels.keys("en")) {
      english.put(key, placeholders(en.text(key)));
      french.put(key, placeholders(fr.text(key)));
    }
    assertThat(french).isEqualTo(english);
  }

  @ParameterizedTest(name = "lang={0}, Accept-Language={1} -> {2}")
  @CsvSource(
      nullValues = "null",
      value = {
        "fr,    null,                      fr",
        "FR,    en-GB,                     fr",
        "en,    fr-FR,                     en",
        "null,  'fr-CA;q=0.9,en;q=0.8', fr",
        "null,  'de-DE,en;q=0.5,fr;q=0.4', en",
        "null,  'de, fr;q=0.7',            fr",
        "null,  de-DE,                     en",
        "null,  null,                      en",
        "'',    fr,                        fr",
        "null,  ';;not a header',          en",
      })
  void theLanguageIsTheParameterThenTheHeaderThenEnglish(
      String lang, String acceptLanguage, String expected) {
    assertThat(DossierLabels.forRequest(lang, acceptLanguage).language()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"de", "french", "en-GB", "fr_FR"})
  void anotherLanguageIsA400NamingTheParameter(String lang) {
    assertThatThrownBy(() -> DossierLabels.forRequest(lang, "fr"))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.toJson().path("parameter").asText()).isEqualTo("lang");
            });
  }

  @ParameterizedTest(name = "{0}: {1}, {2}")
  @CsvSource({
    "en, 7 Sept 2024, '7 September 2024, 16:05 UTC'",
    "fr, 7 sept. 2024, '7 septembre 2024 à 16:05 UTC'",
  })
  void datesAreInTheLanguagesStyle(String lang, String date, String generated) {
    DossierLabels labels = DossierLabels.of(lang);
    assertThat(labels.date(LocalDate.of(2024, 9, 7))).isEqualTo(date);
    assertThat(labels.generated(Instant.parse("2024-09-07T16:05:42Z"))).isEqualTo(generated);
  }

  @ParameterizedTest
  @CsvSource({"en", "fr"})
  void everyCodeADossierShowsHasALabel(String lang) {
    Set<String> keys = DossierLabels.keys(lang);
    Stream.of(
            Stream.of(EventType.values()).map(t -> "type." + t.code()),
            Stream.of(SubEventType.values()).map(t -> "subtype." + t.code()),
            Stream.of(Grade.values()).map(g -> "grade." + g.code()),
            Stream.of(ReviewStatus.values()).map(s -> "status." + s.code()))
        .flatMap(s -> s)
        .forEach(key -> assertThat(keys).as(lang).contains(key));
  }

  @Test
  void aCodeWithoutLabelIsShownAsItsWords() {
    assertThat(DossierLabels.of("fr").name("type", "battles")).isEqualTo("affrontements");
    assertThat(DossierLabels.of("fr").name("type", "some_new_type")).isEqualTo("some new type");
  }

  private static String placeholders(String text) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      b.append(m.group());
    }
    return b.toString();
  }
}

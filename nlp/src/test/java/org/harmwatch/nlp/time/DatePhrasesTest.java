package org.harmwatch.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.harmwatch.core.model.DatePrecision;
import org.harmwatch.nlp.lang.LanguagePacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The date words come from the packs' {@code date-phrases.tsv}: a pack on the class path adds its
 * own relative and approximate dates with no code change, and a bad entry fails at once.
 */
class DatePhrasesTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 20);

  private static LanguagePacks portuguese() {
    URL root = DatePhrasesTest.class.getResource("/packs-pt/");
    return LanguagePacks.load(
            new URLClassLoader(new URL[] {root}, DatePhrasesTest.class.getClassLoader()))
        .forLanguage("pt");
  }

  @Test
  void aNewPackReadsItsOwnRelativeAndApproximateDates() {
    LanguagePacks pt = portuguese();
    DateFinder finder = new DateFinder(new CalendarWords(pt), new DatePhrases(pt));

    List<DateMention> yesterday = finder.find("A aldeia foi atacada ontem à noite.", PUBLISHED);
    assertThat(yesterday)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.text()).isEqualTo("ontem");
              assertThat(d.date().start()).isEqualTo(LocalDate.of(2024, 3, 19));
            });

    List<DateMention> around = finder.find("Foi atacada por volta de 14/03/2024.", PUBLISHED);
    assertThat(around)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.text()).isEqualTo("por volta de 14/03/2024");
              assertThat(d.date().precision()).isEqualTo(DatePrecision.WEEK);
            });
  }

  @Test
  void englishWordsAreNotReadWithThePortuguesePackAlone() {
    LanguagePacks pt = portuguese();
    DateFinder finder = new DateFinder(new CalendarWords(pt), new DatePhrases(pt));
    assertThat(finder.find("The village was attacked yesterday.", PUBLISHED)).isEmpty();
  }

  @Test
  void theBundledPacksReadEnglishAndFrench() {
    DateFinder finder = new DateFinder();
    assertThat(finder.find("Gunmen attacked the village yesterday.", PUBLISHED))
        .extracting(DateMention::text)
        .containsExactly("yesterday");
    assertThat(finder.find("Le village a été attaqué la semaine dernière.", PUBLISHED))
        .extracting(DateMention::text)
        .containsExactly("la semaine dernière");
  }

  @Test
  void anEntryWithACapturingGroupFailsNamingIt(@TempDir Path dir) throws IOException {
    Path lang = dir.resolve("org/harmwatch/nlp/lang");
    Files.createDirectories(lang.resolve("xx"));
    Files.writeString(lang.resolve("languages.txt"), "xx\n");
    Files.writeString(lang.resolve("xx/date-phrases.tsv"), "YESTERDAY\t(ayer)\n");
    LanguagePacks packs =
        LanguagePacks.load(new URLClassLoader(new URL[] {dir.toUri().toURL()}, null))
            .forLanguage("xx");
    assertThatThrownBy(() -> new DatePhrases(packs))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("date-phrases.tsv")
        .hasMessageContaining("(ayer)");
  }
}

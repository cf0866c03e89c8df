package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The error-message catalogues: languages asked for, messages recognised, French elision. */
class ErrorMessagesTest {
  private final ErrorMessages messages = ErrorMessages.load();

  @Test
  void theLanguageIsTheFirstSupportedOneByWeight() {
    assertThat(ErrorMessages.language("fr-FR,fr;q=0.9,en;q=0.8")).isEqualTo("fr");
    assertThat(ErrorMessages.language("en-GB,fr;q=0.5")).isEqualTo("en");
    assertThat(ErrorMessages.language("de-DE,fr;q=0.3,en;q=0.2")).isEqualTo("fr");
    assertThat(ErrorMessages.language("en;q=0.4,fr-CA;q=0.8")).isEqualTo("fr");
    assertThat(ErrorMessages.language("fr;q=0")).isEqualTo("en");
    assertThat(ErrorMessages.language("de")).isEqualTo("en");
    assertThat(ErrorMessages.language(null)).isEqualTo("en");
    assertThat(ErrorMessages.language(";;;=,q")).as("malformed").isEqualTo("en");
  }

  @Test
  void knownMessagesAreTranslatedWithTheirPartsAndOthersStayEnglish() {
    assertThat(messages.translate("no incident 'inc-42'", "fr"))
        .isEqualTo("aucun incident « inc-42 »");
    assertThat(messages.translate("no incident 'inc-42'", "en")).isEqualTo("no incident 'inc-42'");
    assertThat(messages.translate("from must be a date YYYY-MM-DD, was '2024-13-01'", "fr"))
        .isEqualTo("from doit être une date AAAA-MM-JJ, pas « 2024-13-01 »");
    assertThat(messages.translate("no API route GET /api/things/ (drop the trailing '/')", "fr"))
        .as("the more specific text wins")
        .isEqualTo("aucune route d’API GET /api/things/ (retirez le « / » final)");
    // A part that is itself a message is translated too.
    assertThat(
            messages.translate(
                "cannot read the search query 'attack \"camp': a double quote (\") is not closed",
                "fr"))
        .isEqualTo(
            "impossible de lire la requête de recherche « attack \"camp » : un guillemet droit (\")"
                + " n’est pas fermé");
    assertThat(messages.translate("something the catalogue does not know", "fr"))
        .isEqualTo("something the catalogue does not know");
    assertThat(messages.translate(null, "fr")).isNull();
  }

  @Test
  void frenchElidesBeforeAVowelOnly() {
    assertThat(MessageTemplates.fill("Rôle de {0}", new String[] {"admin1"}, "fr"))
        .isEqualTo("Rôle d’admin1");
    assertThat(MessageTemplates.fill("Rôle de {0}", new String[] {"Moussa"}, "fr"))
        .isEqualTo("Rôle de Moussa");
    assertThat(MessageTemplates.fill("De {0} à {1}", new String[] {"Écoles", "Dori"}, "fr"))
        .isEqualTo("D’Écoles à Dori");
    assertThat(MessageTemplates.fill("le {0}", new String[] {"8 mars"}, "fr"))
        .isEqualTo("le 8 mars");
    assertThat(MessageTemplates.fill("la {0} et que {1}", new String[] {"UA", "il"}, "fr"))
        .isEqualTo("l’UA et qu’il");
    assertThat(MessageTemplates.fill("monde {0}", new String[] {"entier"}, "fr"))
        .as("only whole words elide")
        .isEqualTo("monde entier");
    assertThat(MessageTemplates.fill("Documents de {0}", new String[] {"hameau"}, "fr"))
        .as("before h it depends on the word: left alone")
        .isEqualTo("Documents de hameau");
    assertThat(MessageTemplates.fill("Role of {0}", new String[] {"admin1"}, "en"))
        .isEqualTo("Role of admin1");
    assertThat(MessageTemplates.fill("Rôle de {0}", new String[] {}, "fr"))
        .isEqualTo("Rôle de {0}");
  }

  @Test
  void everyEnglishTextHasAFrenchOneWithTheSamePartsAndIsRecognisedAsItself() throws Exception {
    Properties en = read("en");
    Properties fr = read("fr");
    assertThat(fr.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    for (String key : en.stringPropertyNames()) {
      Set<String> parts = placeholders(en.getProperty(key));
      assertThat(placeholders(fr.getProperty(key))).as(key).isEqualTo(parts);
      // Filled with sample parts, the English text comes back as its own French text: no other
      // entry shadows it.
      String[] args = new String[parts.size()];
      for (int i = 0; i < args.length; i++) {
        args[i] = "x" + i;
      }
      String english = MessageTemplates.fill(en.getProperty(key), args, "en");
      assertThat(messages.translate(english, "fr"))
          .as(key)
          .isEqualTo(MessageTemplates.fill(fr.getProperty(key), args, "fr"));
    }
  }

  private static Set<String> placeholders(String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = Pattern.compile("\\{\\d+}").matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static Properties read(String language) throws Exception {
    Properties p = new Properties();
    try (var in = ErrorMessages.class.getResourceAsStream("messages/" + language + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}

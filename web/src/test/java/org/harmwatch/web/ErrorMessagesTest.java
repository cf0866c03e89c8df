package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.harmwatch.ingest.DocumentReader;
import org.harmwatch.ingest.ReadResult;
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
  void everyReasonTheDocumentReadersGiveForBadFilesIsFrench() {
    Map<String, byte[]> bad = new LinkedHashMap<>();
    bad.put("scan.pdf", ascii("%PDF-1.4 nothing after the header"));
    bad.put("empty.txt", ascii("   "));
    bad.put("binary.txt", new byte[] {'a', 0, 'b'});
    bad.put("latin.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'x'});
    bad.put("bare.html", ascii("<html><body><script>x()</script></body></html>"));
    bad.put("lines.jsonl", ascii("{oops\n"));
    bad.put("empty.json", ascii(""));
    bad.put("number.json", ascii("42"));
    bad.put("textless.jsonl", ascii("{\"id\":\"a\"}\n{\"id\":\"b\",\"text\":\" \"}\n"));
    bad.put("nothing.rss", ascii("<rss version=\"2.0\"><channel><title>t</title></channel></rss>"));
    bad.put("broken.atom", ascii("<feed><entry>"));
    bad.put("notes.docx", ascii("x"));
    bad.put("notes", ascii("x"));
    List<String> reasons = new ArrayList<>();
    for (Map.Entry<String, byte[]> file : bad.entrySet()) {
      try (Stream<ReadResult> read = new DocumentReader().read(file.getKey(), file.getValue())) {
        read.filter(ReadResult.Failed.class::isInstance)
            .map(r -> ((ReadResult.Failed) r).rejected().reason())
            .forEach(reasons::add);
      }
    }
    assertThat(reasons).hasSizeGreaterThanOrEqualTo(bad.size());
    for (String reason : reasons) {
      String french = messages.translate(reason, "fr");
      assertThat(french).as(reason).isNotEqualTo(reason).doesNotContain("{0}");
    }
  }

  @Test
  void fetchFailuresAreFrenchWithTheirNestedReasons() {
    assertThat(messages.translate("https://news.example/a timed out (no data for 15000 ms)", "fr"))
        .isEqualTo("https://news.example/a ne répond pas (aucune donnée pendant 15000 ms)");
    assertThat(
            messages.translate(
                "robots.txt of news.example could not be read (cannot connect to news.example:443:"
                    + " Connection refused); the host is not fetched until it can be read",
                "fr"))
        .isEqualTo(
            "le robots.txt de news.example n’a pas pu être lu (impossible de se connecter à"
                + " news.example:443 : Connection refused) ; l’hôte n’est plus téléchargé tant"
                + " qu’il ne peut pas être lu");
    assertThat(
            messages.translate(
                "https://news.example/b answered HTTP 301 without a Location to go to", "fr"))
        .isEqualTo("https://news.example/b a répondu HTTP 301 sans Location où aller");
    assertThat(messages.translate("https://news.example/c answered HTTP 404 (Not Found)", "fr"))
        .isEqualTo("https://news.example/c a répondu HTTP 404 (Not Found)");
    assertThat(messages.translate("the page has no readable article text", "fr"))
        .isEqualTo("la page n’a pas de texte d’article lisible");
    assertThat(messages.forHeader("the feed URL sends an empty body", "fr-CA,fr;q=0.9,en;q=0.5"))
        .isEqualTo("l’URL du flux envoie un corps vide");
    assertThat(messages.forHeader("the feed URL sends an empty body", "en"))
        .isEqualTo("the feed URL sends an empty body");
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
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

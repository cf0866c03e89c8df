package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The web interface's message catalogs (public/i18n/en.json and fr.json): French has every English
 * key with the same placeholders, and every key the pages and scripts name exists in English.
 */
class MessageCatalogTest {
  private static final Path PUBLIC = Path.of("src/main/resources/public");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
  // t('key') / tr('key', ...) with a literal key; keys built at run time are not checked here.
  private static final Pattern SCRIPT_KEY = Pattern.compile("\\btr?\\('([\\w.]+)'\\s*[,)]");
  private static final Pattern HTML_KEY = Pattern.compile("data-i18n=\"([\\w.]+)\"");
  private static final Pattern HTML_ATTR = Pattern.compile("data-i18n-attr=\"([^\"]+)\"");

  private static Map<String, String> catalog(String lang) throws IOException {
    JsonNode json = new ObjectMapper().readTree(PUBLIC.resolve("i18n/" + lang + ".json").toFile());
    Map<String, String> out = new TreeMap<>();
    json.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }

  private static Set<String> placeholders(String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void frenchHasEveryEnglishKeyWithTheSamePlaceholders() throws IOException {
    Map<String, String> en = catalog("en");
    Map<String, String> fr = catalog("fr");
    assertThat(en).isNotEmpty();
    assertThat(fr.keySet()).as("keys missing from fr.json").containsAll(en.keySet());
    assertThat(en.keySet()).as("keys only in fr.json").containsAll(fr.keySet());
    for (String key : en.keySet()) {
      assertThat(en.get(key)).as("en " + key).isNotBlank();
      assertThat(fr.get(key)).as("fr " + key).isNotBlank();
      assertThat(placeholders(fr.get(key)))
          .as("placeholders of " + key)
          .isEqualTo(placeholders(en.get(key)));
    }
  }

  @Test
  void everyKeyThePagesNameIsInTheEnglishCatalog() throws IOException {
    Set<String> known = catalog("en").keySet();
    Set<String> named = new TreeSet<>();
    try (Stream<Path> files = Files.walk(PUBLIC)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String name = f.getFileName().toString();
        if (!name.endsWith(".html") && !name.endsWith(".js")) {
          continue;
        }
        String text = Files.readString(f, StandardCharsets.UTF_8);
        collect(SCRIPT_KEY, text, named);
        collect(HTML_KEY, text, named);
        Matcher attrs = HTML_ATTR.matcher(text);
        while (attrs.find()) {
          for (String pair : attrs.group(1).split(";")) {
            named.add(pair.substring(pair.indexOf(':') + 1).trim());
          }
        }
      }
    }
    assertThat(named).as("keys the pages name").hasSizeGreaterThan(50);
    assertThat(known).as("keys missing from en.json").containsAll(named);
  }

  @Test
  void placeholdersAreFoundAsTheScriptFillsThem() {
    assertThat(placeholders("Tués : {killed} sur {n}")).containsExactly("killed", "n");
    assertThat(placeholders("no placeholder")).isEmpty();
  }

  private static void collect(Pattern p, String text, Set<String> into) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      into.add(m.group(1));
    }
  }
}

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
 * key with the same placeholders, and every key the pages and scripts name is in both catalogs.
 */
class MessageCatalogTest {
  private static final Path PUBLIC = Path.of("src/main/resources/public");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
  // The names a script calls the look-up by: t, and whatever it imports t as ("t as tx").
  private static final Pattern ALIAS = Pattern.compile("\\bt as (\\w+)");
  private static final Pattern QUOTED = Pattern.compile("'([^'\\\\]*)'|\"([^\"\\\\]*)\"");
  private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_]+)*\\.?");
  private static final Pattern HTML_KEY = Pattern.compile("data-i18n=\"([^\"]+)\"");
  private static final Pattern HTML_ATTR = Pattern.compile("data-i18n-attr=\"([^\"]+)\"");

  /**
   * The keys a page or script names: exact keys, and prefixes ending in "." of keys built at run
   * time.
   */
  record Named(Set<String> keys, Set<String> prefixes) {
    Named() {
      this(new TreeSet<>(), new TreeSet<>());
    }
  }

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

  /**
   * The keys in the first argument of every look-up call in {@code script}: each quoted literal of
   * it ({@code t('a.b')}, both arms of {@code t(x ? 'a.b' : 'a.c')}), a literal ending in "." being
   * the prefix of a built key ({@code t('role.' + code)}).
   */
  static void scriptKeys(String script, Named into) {
    Set<String> callees = new TreeSet<>(Set.of("t"));
    Matcher alias = ALIAS.matcher(script);
    while (alias.find()) {
      callees.add(alias.group(1));
    }
    Pattern call = Pattern.compile("(?<![\\w.$])(?:" + String.join("|", callees) + ")\\(([^(),]*)");
    Matcher m = call.matcher(script);
    while (m.find()) {
      Matcher q = QUOTED.matcher(m.group(1));
      while (q.find()) {
        String literal = q.group(1) != null ? q.group(1) : q.group(2);
        if (!KEY.matcher(literal).matches() || !literal.contains(".")) {
          continue;
        }
        (literal.endsWith(".") ? into.prefixes() : into.keys()).add(literal);
      }
    }
  }

  /** The keys of data-i18n and data-i18n-attr ("attr:key; attr:key") attributes in {@code html}. */
  static void pageKeys(String html, Named into) {
    Matcher m = HTML_KEY.matcher(html);
    while (m.find()) {
      into.keys().add(m.group(1));
    }
    Matcher attrs = HTML_ATTR.matcher(html);
    while (attrs.find()) {
      for (String pair : attrs.group(1).split(";")) {
        into.keys().add(pair.substring(pair.indexOf(':') + 1).trim());
      }
    }
  }

  private static Named namedByThePages() throws IOException {
    Named named = new Named();
    try (Stream<Path> files = Files.walk(PUBLIC)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".html")) {
          pageKeys(Files.readString(f, StandardCharsets.UTF_8), named);
        } else if (name.endsWith(".js")) {
          String text = Files.readString(f, StandardCharsets.UTF_8);
          scriptKeys(text, named);
          // Scripts set attributes too (translatePage reads them wherever they are).
          pageKeys(text, named);
        }
      }
    }
    return named;
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
  void everyKeyThePagesAndScriptsNameIsInBothCatalogs() throws IOException {
    Named named = namedByThePages();
    assertThat(named.keys()).as("keys the pages name").hasSizeGreaterThan(500);
    assertThat(named.prefixes()).as("prefixes of built keys").hasSizeGreaterThan(5);
    for (String lang : new String[] {"en", "fr"}) {
      Set<String> known = catalog(lang).keySet();
      assertThat(known).as("keys missing from " + lang + ".json").containsAll(named.keys());
      for (String prefix : named.prefixes()) {
        assertThat(known)
            .as("a key starting with " + prefix + " in " + lang + ".json")
            .anyMatch(k -> k.startsWith(prefix));
      }
    }
  }

  @Test
  void scriptKeysAreFoundUnderAnyNameAndInEveryFormOfTheFirstArgument() {
    Named named = new Named();
    scriptKeys(
        "import { t as tx } from './i18n.js';\n"
            + "a(tx('page.title')); b(t(\"page.other\", { n: 1 }));\n"
            + "c(t(flag ? 'state.on' : 'state.off', { user }));\n"
            + "d(t('role.' + code, null, code)); e(tx('kind.' + k));\n"
            + "f(fmt('not.akey')); g(x.t('not.either')); h(t(variable)); i(t('plain'));",
        named);
    assertThat(named.keys())
        .containsExactlyInAnyOrder("page.title", "page.other", "state.on", "state.off");
    assertThat(named.prefixes()).containsExactlyInAnyOrder("role.", "kind.");
  }

  @Test
  void pageKeysAreFoundInTextAndAttributeMarkers() {
    Named named = new Named();
    pageKeys(
        "<h1 data-i18n=\"page.heading\">Heading</h1>"
            + "<input data-i18n-attr=\"placeholder:page.hint; aria-label:page.label\">",
        named);
    assertThat(named.keys()).containsExactlyInAnyOrder("page.heading", "page.hint", "page.label");
  }

  @Test
  void placeholdersAreFoundAsTheScriptFillsThem() {
    assertThat(placeholders("Tués : {killed} sur {n}")).containsExactly("killed", "n");
    assertThat(placeholders("no placeholder")).isEmpty();
  }
}

package org.harmwatch.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The system's one language guesser: a cheap guess by counting each language's frequent function
 * words ({@code function-words.tsv}), good enough to pick the extraction rules for press texts.
 * Ingest uses it for documents that declare no language, the extractor for the language pack.
 * Returns null when no language clearly dominates. Thread-safe.
 */
public final class LanguageGuesser {
  /** Where the function words live on the class path. */
  public static final String RESOURCE = "/org/harmwatch/core/text/function-words.tsv";

  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Map<String, Set<String>> BUNDLED = read(RESOURCE);

  private final Map<String, Set<String>> words;

  /** A guesser with the bundled function words. */
  public LanguageGuesser() {
    this.words = BUNDLED;
  }

  /**
   * The language of {@code text} as an ISO 639-1 code, or null when the text gives no clear signal:
   * fewer than three function words, or no language with at least twice the count of every other.
   */
  public String guess(String text) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    words.keySet().forEach(l -> counts.put(l, 0));
    int total = 0;
    Matcher m = WORD.matcher(text.length() > 20_000 ? text.substring(0, 20_000) : text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      for (Map.Entry<String, Set<String>> e : words.entrySet()) {
        if (e.getValue().contains(w)) {
          counts.merge(e.getKey(), 1, Integer::sum);
          total++;
        }
      }
    }
    if (total < 3) {
      return null;
    }
    for (Map.Entry<String, Integer> c : counts.entrySet()) {
      boolean dominates = true;
      for (Map.Entry<String, Integer> other : counts.entrySet()) {
        if (other != c && c.getValue() < 2 * other.getValue()) {
          dominates = false;
          break;
        }
      }
      if (dominates) {
        return c.getKey();
      }
    }
    return null;
  }

  /**
   * The language of a document: its declared one ({@code "fr-FR"} → {@code "fr"}) when it has one,
   * else the guess, else {@code fallback}.
   */
  public String languageOf(String declared, String text, String fallback) {
    if (declared != null && !declared.isBlank()) {
      String code = declared.strip().toLowerCase(Locale.ROOT);
      int dash = code.indexOf('-') >= 0 ? code.indexOf('-') : code.indexOf('_');
      return dash > 0 ? code.substring(0, dash) : code;
    }
    String guess = guess(text);
    return guess == null ? fallback : guess;
  }

  private static Map<String, Set<String>> read(String resource) {
    try (InputStream in = LanguageGuesser.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing class-path resource " + resource);
      }
      Map<String, Set<String>> out = new LinkedHashMap<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        if (cells.length != 2 || !cells[0].matches("[a-z]{2}")) {
          throw new IllegalStateException(
              resource + ":" + n + ": expected 'code<TAB>words', got '" + line + "'");
        }
        out.put(cells[0], Set.copyOf(Arrays.asList(cells[1].strip().split("\\s+"))));
      }
      return Collections.unmodifiableMap(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}

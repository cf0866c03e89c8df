package org.harmwatch.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's error messages in the interface's languages, from the catalogues {@code
 * messages/<lang>.properties}. The server writes its messages in English; the English text of each
 * catalogue entry, with {@code {0}}, {@code {1}}... for the parts that vary, is what recognises a
 * message (as a gettext message id does), and the same key in another language gives its text with
 * the parts put back. A part that is itself a known message is translated too. A message no entry
 * matches stays English. Immutable and thread-safe.
 */
final class ErrorMessages {
  /** The languages of the interface; the first is the one messages are written in. */
  static final List<String> LANGUAGES = List.of("en", "fr");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  /** One catalogue entry: its key, the English text as a pattern, the placeholders in order. */
  private record Entry(String key, Pattern english, List<Integer> order, int literal) {}

  private final List<Entry> entries;
  private final Map<String, Properties> texts;

  private ErrorMessages(List<Entry> entries, Map<String, Properties> texts) {
    this.entries = entries;
    this.texts = texts;
  }

  /** The catalogues on the classpath, read once for every handler of the server. */
  static ErrorMessages shared() {
    return Shared.INSTANCE;
  }

  private static final class Shared {
    static final ErrorMessages INSTANCE = load();
  }

  /** The catalogues on the classpath. */
  static ErrorMessages load() {
    Properties en = read("en");
    Properties fr = read("fr");
    for (String key : en.stringPropertyNames()) {
      if (!fr.containsKey(key)) {
        throw new IllegalStateException("messages/fr.properties has no text for '" + key + "'");
      }
    }
    List<Entry> entries = new ArrayList<>();
    for (String key : en.stringPropertyNames()) {
      entries.add(entry(key, en.getProperty(key)));
    }
    // The most specific text first: "no API route {0} {1} (drop...)" before "no API route {0} {1}".
    entries.sort(Comparator.comparingInt(Entry::literal).reversed().thenComparing(Entry::key));
    return new ErrorMessages(List.copyOf(entries), Map.of("en", en, "fr", fr));
  }

  /**
   * The interface language an {@code Accept-Language} header asks for: the first range, by weight,
   * whose primary language is one of {@link #LANGUAGES}; English when none is, or the header is
   * missing or malformed.
   */
  static String language(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return LANGUAGES.get(0);
    }
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(acceptLanguage);
    } catch (IllegalArgumentException e) {
      return LANGUAGES.get(0);
    }
    for (Locale.LanguageRange r : ranges) {
      String primary = r.getRange().split("-", 2)[0].toLowerCase(Locale.ROOT);
      if (r.getWeight() > 0 && LANGUAGES.contains(primary)) {
        return primary;
      }
    }
    return LANGUAGES.get(0);
  }

  /**
   * {@code message} in the language an {@code Accept-Language} header asks for: for messages sent
   * inside a successful answer (a per-file result, a poll's errors), where no error handler
   * translates them.
   */
  String forHeader(String message, String acceptLanguage) {
    return translate(message, language(acceptLanguage));
  }

  /** {@code message} (English, as the server wrote it) in {@code language}; null stays null. */
  String translate(String message, String language) {
    if (message == null || !texts.containsKey(language) || language.equals(LANGUAGES.get(0))) {
      return message;
    }
    return translate(message, language, 0);
  }

  private String translate(String message, String language, int depth) {
    for (Entry e : entries) {
      Matcher m = e.english().matcher(message);
      if (!m.matches()) {
        continue;
      }
      String[] args = new String[e.order().stream().mapToInt(i -> i).max().orElse(-1) + 1];
      for (int g = 0; g < e.order().size(); g++) {
        String part = m.group(g + 1);
        args[e.order().get(g)] = depth < 2 ? translate(part, language, depth + 1) : part;
      }
      return MessageTemplates.fill(texts.get(language).getProperty(e.key()), args, language);
    }
    return message;
  }

  private static Entry entry(String key, String english) {
    StringBuilder regex = new StringBuilder();
    List<Integer> order = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(english);
    int at = 0;
    int literal = 0;
    while (m.find()) {
      regex.append(Pattern.quote(english.substring(at, m.start()))).append("(.*?)");
      literal += m.start() - at;
      order.add(Integer.parseInt(m.group(1)));
      at = m.end();
    }
    regex.append(Pattern.quote(english.substring(at)));
    literal += english.length() - at;
    return new Entry(key, Pattern.compile(regex.toString(), Pattern.DOTALL), order, literal);
  }

  private static Properties read(String language) {
    String name = "messages/" + language + ".properties";
    try (InputStream in = ErrorMessages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the classpath");
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}

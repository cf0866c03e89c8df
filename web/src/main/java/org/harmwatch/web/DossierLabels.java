package org.harmwatch.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * The words and date styles of a dossier PDF in one language, read from the message table {@code
 * dossier/<lang>.properties} beside this class. Immutable and thread-safe.
 */
final class DossierLabels {
  /** The languages a dossier is written in, the first the default. */
  static final List<String> LANGUAGES = List.of("en", "fr");

  private final String language;
  private final Properties messages;
  private final DateTimeFormatter date;
  private final DateTimeFormatter generated;

  private DossierLabels(String language, Properties messages) {
    this.language = language;
    this.messages = messages;
    Locale locale = Locale.forLanguageTag(require(messages, "locale"));
    this.date = DateTimeFormatter.ofPattern(require(messages, "date.short"), locale);
    this.generated =
        DateTimeFormatter.ofPattern(require(messages, "generated"), locale)
            .withZone(ZoneOffset.UTC);
  }

  /** The labels of {@code language}, one of {@link #LANGUAGES}. */
  static DossierLabels of(String language) {
    if (!LANGUAGES.contains(language)) {
      throw new IllegalArgumentException("no dossier labels in '" + language + "'");
    }
    return new DossierLabels(language, table(language));
  }

  /**
   * The labels of the reader's language: the {@code lang} parameter when given (a 400 naming it
   * when it is no language of {@link #LANGUAGES}), else the first supported language of the {@code
   * Accept-Language} header, else English.
   */
  static DossierLabels forRequest(String lang, String acceptLanguage) {
    if (lang != null && !lang.isBlank()) {
      String code = lang.trim().toLowerCase(Locale.ROOT);
      if (!LANGUAGES.contains(code)) {
        throw ApiException.badParameter("lang", "the dossier's language is one of " + LANGUAGES);
      }
      return of(code);
    }
    return of(fromHeader(acceptLanguage));
  }

  // A malformed header is the browser's problem, not the reader's: it falls back to English.
  private static String fromHeader(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return LANGUAGES.get(0);
    }
    try {
      String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
      return tag == null ? LANGUAGES.get(0) : tag;
    } catch (IllegalArgumentException e) {
      return LANGUAGES.get(0);
    }
  }

  /** The language code of these labels, "en" or "fr". */
  String language() {
    return language;
  }

  /**
   * The text of {@code key} with {0}, {1}... replaced by {@code args} in order (in French with
   * elision: "de" before "Gao" stays, before "Ansongo" becomes "d’Ansongo").
   */
  String text(String key, Object... args) {
    String[] values = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      values[i] = String.valueOf(args[i]);
    }
    return MessageTemplates.fill(require(messages, key), values, language);
  }

  /**
   * The name of a code of a vocabulary ({@code prefix} "type", "subtype", "status", "grade"): its
   * label when the table has one, else the code with spaces for underscores.
   */
  String name(String prefix, String code) {
    return messages.getProperty(prefix + "." + code, code.replace('_', ' '));
  }

  /** {@code d} in the language's short date style ("3 Mar 2024", "3 mars 2024"). */
  String date(LocalDate d) {
    return d == null ? text("date.unknown") : date.format(d);
  }

  /** When a dossier was made, to the minute, in UTC. */
  String generated(Instant at) {
    return generated.format(at);
  }

  /** The keys of the message table of {@code language}, for checks that the tables agree. */
  static Set<String> keys(String language) {
    return table(language).stringPropertyNames();
  }

  private static Properties table(String language) {
    String name = "dossier/" + language + ".properties";
    try (InputStream in = DossierLabels.class.getResourceAsStream(name)) {
      Objects.requireNonNull(in, () -> "resource " + name + " is missing from the classpath");
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  private static String require(Properties p, String key) {
    String v = p.getProperty(key);
    if (v == null) {
      throw new IllegalStateException("dossier label '" + key + "' is missing");
    }
    return v;
  }
}

package org.harmwatch.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the message templates of the interface's catalogues: {@code {0}}, {@code {1}}... replaced
 * by values, with French elision before a value that starts with a vowel. Stateless and
 * thread-safe.
 */
final class MessageTemplates {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  private MessageTemplates() {}

  // French words that lose their vowel before one: "de" + "admin1" reads "d’admin1".
  private static final Pattern ELIDING =
      Pattern.compile(
          "(^|[^\\p{L}])((?:[dDlLjJmMnNsStT]e)|[lL]a|[qQ]ue|[jJ]usque|[lL]orsque|[pP]uisque)"
              + " \\{(\\d+)}");
  // Only a written vowel: before an h, elision depends on the word (l’homme, le hameau).
  private static final Pattern VOWEL = Pattern.compile("(?iu)^[aeiouàâäéèêëîïôöùûüœæ]");

  /**
   * {@code template} of {@code language} with each {@code {n}} replaced by {@code args[n]}; in
   * French, "de", "le", "la", "que"... before a value starting with a vowel are elided.
   */
  static String fill(String template, String[] args, String language) {
    String text = template;
    if (language.equals("fr")) {
      Matcher m = ELIDING.matcher(text);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        int n = Integer.parseInt(m.group(3));
        String v = n < args.length ? args[n] : null;
        String word = m.group(2);
        String replacement =
            v != null && VOWEL.matcher(v).find()
                ? m.group(1) + word.substring(0, word.length() - 1) + "’{" + n + "}"
                : m.group();
        m.appendReplacement(out, Matcher.quoteReplacement(replacement));
      }
      m.appendTail(out);
      text = out.toString();
    }
    Matcher p = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (p.find()) {
      int n = Integer.parseInt(p.group(1));
      String v = n < args.length && args[n] != null ? args[n] : p.group();
      p.appendReplacement(out, Matcher.quoteReplacement(v));
    }
    p.appendTail(out);
    return out.toString();
  }
}

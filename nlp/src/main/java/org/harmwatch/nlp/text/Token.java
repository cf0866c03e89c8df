package org.harmwatch.nlp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word or number of a text with offsets {@code [start, end)} relative to that text, and its
 * lower-case form.
 */
public record Token(int start, int end, String text, String lower) {
  private static final Pattern WORD =
      Pattern.compile(
          "\\d{1,3}(?:,\\d{3})+|\\d+|\\p{L}[\\p{L}\\p{M}]*(?:[-'’]\\p{L}[\\p{L}\\p{M}]*)*");

  /** The tokens of {@code text}; punctuation is dropped except commas, kept as "," tokens. */
  public static List<Token> of(String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    int last = 0;
    while (m.find()) {
      for (int i = last; i < m.start(); i++) {
        char c = text.charAt(i);
        if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')') {
          out.add(new Token(i, i + 1, String.valueOf(c), ","));
        }
      }
      out.add(
          new Token(
              m.start(),
              m.end(),
              m.group(),
              m.group().toLowerCase(Locale.ROOT).replace('’', '\'')));
      last = m.end();
    }
    return out;
  }
}

package org.harmwatch.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The proposer of sensitive spans: finds in a document's text what an analyst will likely want to
 * withhold (phone numbers, and a capitalised name right after cues such as "witness", "survivor",
 * "told"), for the analyst to confirm. Proposals only: it decides nothing. Its cues are data
 * ({@code sensitive-cues.tsv}). Immutable and thread-safe.
 */
public final class SensitiveSpans {
  /** What kind of thing a span is. */
  public enum Kind {
    PERSON,
    PHONE;

    /** The lower-case code, e.g. {@code "phone"}. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A proposed span: offsets {@code [start, end)} into the text, its kind and its text. */
  public record Proposal(int start, int end, Kind kind, String text) {
    public Proposal {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(text, "text");
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
      }
    }
  }

  private static final String RESOURCE = "/org/harmwatch/core/text/sensitive-cues.tsv";
  private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’-]*\\p{L}";
  private static final Pattern PHONE =
      Pattern.compile("(?<![\\w+])\\+?\\(?\\d[\\d ().-]{5,22}\\d(?![\\w])");

  private static final Pattern DATE = Pattern.compile("\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}");

  private final Pattern names;
  private final Set<String> skip;
  private final int minDigits;
  private final int maxDigits;

  private SensitiveSpans(List<String> cues, List<String> titles, Set<String> skip, int[] digits) {
    String cue =
        cues.stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    String title = titles.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    // Group 1 is the name: an optional title, then one to four capitalised words.
    this.names =
        Pattern.compile(
            "(?<![\\p{L}])(?i:"
                + cue
                + ")[,:]?\\s+((?:(?:"
                + title
                + ")\\.?\\s+)?"
                + NAME_WORD
                + "(?:\\s+"
                + NAME_WORD
                + "){0,3})");
    this.skip = Set.copyOf(skip);
    this.minDigits = digits[0];
    this.maxDigits = digits[1];
  }

  /** The proposer with the bundled cues. */
  public static SensitiveSpans bundled() {
    try (InputStream in = SensitiveSpans.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing class-path resource " + RESOURCE);
      }
      List<String> cues = new ArrayList<>();
      List<String> titles = new ArrayList<>();
      Set<String> skip = new HashSet<>();
      int[] digits = {8, 15};
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        switch (f[0]) {
          case "cue" -> cues.add(f[1]);
          case "title" -> titles.add(f[1]);
          case "skip" -> skip.add(f[1]);
          case "phone-digits" ->
              digits = new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2])};
          default -> throw new IllegalStateException("unknown kind '" + f[0] + "' in " + RESOURCE);
        }
      }
      return new SensitiveSpans(cues, titles, skip, digits);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** The proposals in {@code text}, in order of their start, none overlapping. */
  public List<Proposal> propose(String text) {
    List<Proposal> out = new ArrayList<>();
    Matcher m = names.matcher(text);
    while (m.find()) {
      String name = m.group(1);
      String first = name.split("\\s+")[0];
      if (skip.contains(first)) {
        continue;
      }
      out.add(new Proposal(m.start(1), m.end(1), Kind.PERSON, name));
    }
    Matcher p = PHONE.matcher(text);
    while (p.find()) {
      String number = p.group();
      long digits = number.chars().filter(Character::isDigit).count();
      // A grouping of digits is a phone number, not a year range or a figure: at least one
      // separator inside, or a leading '+'.
      boolean grouped = number.startsWith("+") || number.matches(".*\\d[ .-]\\d.*");
      if (digits >= minDigits
          && digits <= maxDigits
          && grouped
          && !DATE.matcher(number).matches()) {
        out.add(new Proposal(p.start(), p.end(), Kind.PHONE, number));
      }
    }
    out.sort(Comparator.comparingInt(Proposal::start));
    List<Proposal> disjoint = new ArrayList<>();
    for (Proposal s : out) {
      if (disjoint.isEmpty() || disjoint.get(disjoint.size() - 1).end() <= s.start()) {
        disjoint.add(s);
      }
    }
    return disjoint;
  }
}

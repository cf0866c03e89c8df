package org.harmwatch.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.harmwatch.core.geo.CountryProfiles;

/**
 * The countries a deployment works on (the {@code --focus} / {@code HARMWATCH_FOCUS} setting), in
 * order, e.g. {@code ML,BF,NE}. A place name that a document does not tie to any country is looked
 * for there first, and a common word ("Army", "Monday") counts as a place name only when a place
 * there bears it. Without a setting ({@link #NONE}) every country is treated alike.
 *
 * @param codes ISO 3166-1 alpha-2 codes, upper case, without repeats
 */
public record FocusCountries(List<String> codes) {
  /** No focus: every country alike. */
  public static final FocusCountries NONE = new FocusCountries(List.of());

  /** Copies the list. */
  public FocusCountries {
    codes = List.copyOf(codes);
  }

  /**
   * Parses a comma-separated list of country codes ("ML,BF,NE", any case, spaces allowed); null or
   * blank is {@link #NONE}. Every code must be a country of {@code profiles}.
   *
   * @throws IllegalArgumentException naming the first bad value, e.g. {@code unknown country code
   *     'XX'}
   */
  public static FocusCountries parse(String setting, CountryProfiles profiles) {
    if (setting == null || setting.isBlank()) {
      return NONE;
    }
    List<String> out = new ArrayList<>();
    for (String part : setting.split(",", -1)) {
      String code = part.strip().toUpperCase(Locale.ROOT);
      if (code.isEmpty()) {
        throw new IllegalArgumentException(
            "empty country code in focus setting '" + setting + "' (expected e.g. ML,BF,NE)");
      }
      if (profiles.get(code).isEmpty()) {
        throw new IllegalArgumentException("unknown country code '" + part.strip() + "'");
      }
      if (!out.contains(code)) {
        out.add(code);
      }
    }
    return new FocusCountries(out);
  }

  /**
   * These countries with {@code code} (an ISO code, upper case) put first: the focus for the
   * documents of a source that covers that country, which then decides among namesakes before the
   * deployment's own focus countries.
   */
  public FocusCountries first(String code) {
    List<String> out = new ArrayList<>();
    out.add(code);
    codes.stream().filter(c -> !c.equals(code)).forEach(out::add);
    return new FocusCountries(out);
  }

  /** Whether no country is singled out. */
  public boolean isEmpty() {
    return codes.isEmpty();
  }

  @Override
  public String toString() {
    return isEmpty() ? "none" : String.join(",", codes);
  }
}

package org.harmwatch.core.watch;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A feed or page that harmwatch polls: its address, a display name, language and country hints (ISO
 * 639-1 and ISO 3166-1 alpha-2 codes, may be null), how often it is polled, whether polling is on,
 * and where polling stands.
 */
public record WatchedSource(
    long id,
    SourceKind kind,
    String url,
    String name,
    String language,
    String country,
    Duration interval,
    boolean enabled,
    Instant created,
    SourceState state) {
  /** The default polling interval. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(30);

  /** The shortest interval allowed: polling more often than this is not polite. */
  public static final Duration MIN_INTERVAL = Duration.ofMinutes(1);

  /** The longest interval allowed. */
  public static final Duration MAX_INTERVAL = Duration.ofDays(7);

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  public WatchedSource {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(state, "state");
  }

  /** What a user gives to add a source; checked by {@link #validated()}. */
  public record Draft(
      SourceKind kind,
      String url,
      String name,
      String language,
      String country,
      Duration interval,
      boolean enabled) {
    /**
     * This draft with defaults filled in and values normalised.
     *
     * @throws IllegalArgumentException naming the bad value
     */
    public Draft validated() {
      if (kind == null) {
        throw new IllegalArgumentException("source kind is required ('feed' or 'page')");
      }
      String u = checkUrl(url);
      String lang =
          language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
      if (lang != null && !LANGUAGE.matcher(lang).matches()) {
        throw new IllegalArgumentException(
            "language must be a two-letter ISO 639-1 code such as 'en' or 'fr', was '"
                + language
                + "'");
      }
      String cc =
          country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
      if (cc != null && !COUNTRY.matcher(cc).matches()) {
        throw new IllegalArgumentException(
            "country must be a two-letter ISO 3166-1 code such as 'ML', was '" + country + "'");
      }
      Duration every = interval == null ? DEFAULT_INTERVAL : interval;
      if (every.compareTo(MIN_INTERVAL) < 0 || every.compareTo(MAX_INTERVAL) > 0) {
        throw new IllegalArgumentException(
            "interval must be between 1 minute and 7 days, was " + every.toMinutes() + " minutes");
      }
      String n = name == null || name.isBlank() ? URI.create(u).getHost() : name.strip();
      if (n.length() > 200) {
        throw new IllegalArgumentException("name is longer than 200 characters");
      }
      return new Draft(kind, u, n, lang, cc, every, enabled);
    }
  }

  /**
   * {@code url} if it is an absolute http(s) URL with a host, of at most 2,000 characters.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static String checkUrl(String url) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("source URL is required");
    }
    String u = url.strip();
    if (u.length() > 2000) {
      throw new IllegalArgumentException("source URL is longer than 2,000 characters");
    }
    URI uri;
    try {
      uri = new URI(u);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("not a valid URL: '" + u + "' (" + e.getReason() + ")");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException(
          "source URL must start with http:// or https://, was '" + u + "'");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      throw new IllegalArgumentException("source URL has no host: '" + u + "'");
    }
    return u;
  }
}

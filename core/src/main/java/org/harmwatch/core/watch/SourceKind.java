package org.harmwatch.core.watch;

import java.util.Locale;

/**
 * What a watched source is: an RSS/Atom feed, or a section page whose article links are followed.
 */
public enum SourceKind {
  FEED,
  PAGE;

  /** The lower-case code stored and shown ("feed", "page"). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The kind named by {@code code}, case-insensitive.
   *
   * @throws IllegalArgumentException naming the bad value
   */
  public static SourceKind parse(String code) {
    if (code != null) {
      for (SourceKind k : values()) {
        if (k.code().equalsIgnoreCase(code.strip())) {
          return k;
        }
      }
    }
    throw new IllegalArgumentException("source kind must be 'feed' or 'page', was '" + code + "'");
  }
}

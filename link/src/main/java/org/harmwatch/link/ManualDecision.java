package org.harmwatch.link;

import java.util.Objects;

/**
 * An analyst's decision that two incidents are (must-link) or are not (cannot-link) the same event.
 * Immutable; the pair is stored in canonical (sorted) order.
 */
public record ManualDecision(String a, String b, Kind kind) {
  /** Kind of hand decision. */
  public enum Kind {
    MUST_LINK,
    CANNOT_LINK
  }

  public ManualDecision {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(kind, "kind");
    if (a.equals(b)) {
      throw new IllegalArgumentException("decision pairs an incident with itself: " + a);
    }
    if (a.compareTo(b) > 0) {
      String t = a;
      a = b;
      b = t;
    }
  }

  public static ManualDecision mustLink(String a, String b) {
    return new ManualDecision(a, b, Kind.MUST_LINK);
  }

  public static ManualDecision cannotLink(String a, String b) {
    return new ManualDecision(a, b, Kind.CANNOT_LINK);
  }
}

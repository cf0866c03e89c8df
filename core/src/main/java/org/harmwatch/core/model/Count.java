package org.harmwatch.core.model;

/**
 * A reported number of people as a range: "at least 13" is {@code min=13, max=null}, "between 5 and
 * 7" is {@code min=5, max=7}. {@code text} is the phrase of the source.
 */
public record Count(Integer min, Integer max, String text) {
  public Count {
    if (min != null && min < 0) {
      throw new IllegalArgumentException("count min is negative: " + min);
    }
    if (max != null && max < 0) {
      throw new IllegalArgumentException("count max is negative: " + max);
    }
    if (min != null && max != null && max < min) {
      throw new IllegalArgumentException("count max " + max + " is below min " + min);
    }
  }

  /** An exact figure. */
  public static Count exactly(int n, String text) {
    return new Count(n, n, text);
  }

  /** A lower bound ("at least n"). */
  public static Count atLeast(int n, String text) {
    return new Count(n, null, text);
  }
}

package org.harmwatch.store;

/**
 * Text values fitted to the width of their column before the stores write them: values longer than
 * their column are cut rather than refused (an error message, a URL, a reason given by hand).
 * Stateless.
 */
final class ColumnText {
  private ColumnText() {}

  /** {@code s} cut to its first {@code max} characters; null stays null. */
  static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  /**
   * {@code s} cut to {@code max} characters, the last an ellipsis when it was longer; null stays
   * null.
   */
  static String shortened(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}

package org.harmwatch.app;

/**
 * The setting {@code HARMWATCH_WATCH_PRIVATE_ADDRESSES}: whether watched sources and webhooks may
 * be on private, loopback or link-local addresses ({@code true} or {@code false}, default {@code
 * false}).
 */
final class PrivateAddresses {
  /** The environment variable of the setting. */
  static final String VARIABLE = "HARMWATCH_WATCH_PRIVATE_ADDRESSES";

  private PrivateAddresses() {}

  /**
   * The setting as the environment gives it.
   *
   * @throws IllegalArgumentException naming the variable when its value is neither
   */
  static boolean fromEnvironment() {
    return parse(System.getenv(VARIABLE));
  }

  /**
   * The setting for {@code value} (null or blank: the default, off).
   *
   * @throws IllegalArgumentException naming the variable when the value is neither true nor false
   */
  static boolean parse(String value) {
    if (value == null || value.isBlank()) {
      return false;
    }
    return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new IllegalArgumentException(
              VARIABLE + " must be true or false, not '" + value + "'");
    };
  }
}

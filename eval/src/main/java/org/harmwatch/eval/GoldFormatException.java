package org.harmwatch.eval;

/** A gold file that cannot be read; the message names the file and line. Immutable once thrown. */
public final class GoldFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A problem with a message naming {@code file:line}. */
  public GoldFormatException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A problem with a message naming {@code file:line}. */
  public GoldFormatException(String message) {
    super(message);
  }
}

package org.harmwatch.core.json;

/** Input that does not follow the exchange format; the message names the bad field or value. */
public final class ExchangeFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ExchangeFormatException(String message) {
    super(message);
  }

  public ExchangeFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}

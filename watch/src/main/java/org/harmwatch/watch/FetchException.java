package org.harmwatch.watch;

/** A fetch that failed, with a message that names the URL and what went wrong. */
public final class FetchException extends Exception {
  private static final long serialVersionUID = 1L;

  public FetchException(String message) {
    super(message);
  }

  public FetchException(String message, Throwable cause) {
    super(message, cause);
  }
}

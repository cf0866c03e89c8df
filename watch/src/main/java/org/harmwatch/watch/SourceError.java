package org.harmwatch.watch;

/** A source or item whose response is not what it should be (wrong type, not a feed). */
final class SourceError extends Exception {
  private static final long serialVersionUID = 1L;

  SourceError(String message) {
    super(message);
  }
}

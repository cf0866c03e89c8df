package org.harmwatch.core.model;

/** A piece of a document's text: offsets {@code [start, end)} and the text itself. */
public record Span(int start, int end, String text) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** Cuts the span {@code [start, end)} out of {@code documentText}. */
  public static Span of(String documentText, int start, int end) {
    return new Span(start, end, documentText.substring(start, end));
  }
}

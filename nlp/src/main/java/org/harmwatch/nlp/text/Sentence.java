package org.harmwatch.nlp.text;

/**
 * A sentence of a document: offsets {@code [start, end)} into the document text, its text and the
 * index of the paragraph it belongs to.
 */
public record Sentence(int start, int end, String text, int paragraph) {
  public Sentence {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad sentence offsets [" + start + ", " + end + ")");
    }
  }
}

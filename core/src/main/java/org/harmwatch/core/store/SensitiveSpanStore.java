package org.harmwatch.core.store;

import java.util.List;
import java.util.NoSuchElementException;
import org.harmwatch.core.text.WithheldMask;

/**
 * The sensitive spans analysts confirmed or marked, and the mask they make: a withheld string is
 * withheld wherever it occurs, in every document, for the readers that must not see it. Storing or
 * removing a span re-indexes the documents that hold its text, so the search index never holds a
 * withheld string. Implementations are thread-safe.
 */
public interface SensitiveSpanStore {
  /** The longest span, in characters: a name or a number, not a paragraph. */
  int MAX_LENGTH = 200;

  /** The spans of {@code documentId}, in text order. */
  List<SensitiveSpan> spans(String documentId);

  /**
   * Stores the span {@code [start, end)} of {@code documentId}'s text, by {@code user}; returns it
   * with its id and text (the same span stored again is returned as it was).
   *
   * @throws NoSuchElementException when there is no such document
   * @throws IllegalArgumentException naming the problem when the offsets are outside the text, the
   *     span is blank or longer than {@link #MAX_LENGTH}, or the kind or origin is unknown
   */
  SensitiveSpan mark(
      String documentId, int start, int end, String kind, String origin, String user);

  /** Removes span {@code id} of {@code documentId}; false when there was none. */
  boolean remove(String documentId, long id);

  /** The mask of every stored span's text, as the database holds them now. */
  WithheldMask mask();
}

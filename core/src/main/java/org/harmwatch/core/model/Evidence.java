package org.harmwatch.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A sentence (or part of one) that supports some of an incident's fields: offsets {@code [start,
 * end)} into the document text, the text, and the names of the fields it supports (e.g. {@code
 * "casualties.killed"}, {@code "date"}, {@code "location"}).
 */
public record Evidence(int start, int end, String text, List<String> fields) {
  public Evidence {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad evidence offsets [" + start + ", " + end + ")");
    }
    Objects.requireNonNull(text, "text");
    fields = fields == null ? List.of() : List.copyOf(fields);
  }
}

package org.harmwatch.web;

import java.util.Map;
import java.util.Objects;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.pipeline.Cancellation;
import org.harmwatch.core.pipeline.IngestResult;
import org.harmwatch.core.pipeline.IngestService;

/**
 * The most characters of text one document may have: extraction time and memory grow with the
 * length of a document (faster than linearly on one long line), so a bound keeps one input from
 * holding the server or an ingest run for minutes. Set by {@code HARMWATCH_MAX_DOCUMENT_CHARS}.
 * Immutable and thread-safe.
 */
public record DocumentLimit(int maxChars) {
  /** The environment variable that sets the limit. */
  public static final String VARIABLE = "HARMWATCH_MAX_DOCUMENT_CHARS";

  /** The limit when none is set: a million characters (some 400 pages of a report). */
  public static final int DEFAULT_MAX_CHARS = 1_000_000;

  /** A document above the limit; the message names its size, the limit and the setting. */
  public static final class TooLarge extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    TooLarge(String message) {
      super(message);
    }
  }

  public DocumentLimit {
    if (maxChars < 1) {
      throw new IllegalArgumentException(VARIABLE + " must be a positive number, was " + maxChars);
    }
  }

  /** The default limit. */
  public static DocumentLimit standard() {
    return new DocumentLimit(DEFAULT_MAX_CHARS);
  }

  /**
   * The limit set in {@code environment} (e.g. {@link System#getenv()}), else the default.
   *
   * @throws IllegalArgumentException naming the variable and the bad value
   */
  public static DocumentLimit from(Map<String, String> environment) {
    String v = environment.get(VARIABLE);
    if (v == null || v.isBlank()) {
      return standard();
    }
    try {
      return new DocumentLimit(Integer.parseInt(v.trim().replace("_", "")));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          VARIABLE + " must be a number of characters, was '" + v + "'", e);
    }
  }

  /**
   * Checks {@code document}.
   *
   * @throws TooLarge when its text is longer than the limit
   */
  public void check(Document document) {
    int length = document.text().length();
    if (length > maxChars) {
      throw new TooLarge(
          "the text of document "
              + document.id()
              + " has "
              + length
              + " characters; the limit is "
              + maxChars
              + " (set "
              + VARIABLE
              + " to change it)");
    }
  }

  /**
   * {@code ingest}, refusing documents above this limit before extraction; a cancellation goes on
   * to {@code ingest}.
   */
  public IngestService bound(IngestService ingest) {
    Objects.requireNonNull(ingest, "ingest");
    return new IngestService() {
      @Override
      public IngestResult ingest(Document document) {
        return ingest(document, Cancellation.none());
      }

      @Override
      public IngestResult ingest(Document document, Cancellation cancellation) {
        check(document);
        return ingest.ingest(document, cancellation);
      }
    };
  }
}

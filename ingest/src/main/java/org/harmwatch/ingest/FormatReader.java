package org.harmwatch.ingest;

import java.util.stream.Stream;

/**
 * A reader of one whole-file document format (plain text, HTML, PDF, RSS/Atom): turns the bytes of
 * one file into its documents or rejections, each naming {@code source}. The caller has already
 * bounded the size of {@code bytes}.
 */
interface FormatReader {
  /** The documents and rejections of {@code bytes}, read from {@code source}. */
  Stream<ReadResult> read(byte[] bytes, String source);

  /**
   * A rejection of {@code source} for a runtime failure that a third-party parser did not expect.
   */
  static ReadResult unexpected(String source, RuntimeException e) {
    return ReadResult.failed(
        source, "could not be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
  }
}

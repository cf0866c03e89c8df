package org.harmwatch.ingest;

import java.util.List;
import java.util.stream.Stream;
import org.harmwatch.core.model.Document;

/**
 * What the reader tests look at in a stream of read results: all of them, the documents, the
 * failures.
 */
final class ReadResults {
  private ReadResults() {}

  /** Every result of {@code s}, which is closed. */
  static List<ReadResult> all(Stream<ReadResult> s) {
    try (s) {
      return s.toList();
    }
  }

  /** The documents read. */
  static List<Document> documents(List<ReadResult> results) {
    return results.stream()
        .filter(r -> r instanceof ReadResult.Read)
        .map(r -> ((ReadResult.Read) r).document())
        .toList();
  }

  /** Each failure as its source and reason. */
  static List<String> failures(List<ReadResult> results) {
    return results.stream()
        .filter(r -> r instanceof ReadResult.Failed)
        .map(r -> ((ReadResult.Failed) r).rejected())
        .map(r -> r.source() + " " + r.reason())
        .toList();
  }
}

package org.harmwatch.ingest;

import java.util.stream.Stream;
import org.harmwatch.core.model.Document;

/**
 * The reader of plain-text files: one document, decoded by {@link TextDecoding} (byte-order mark,
 * UTF-8, else a detected legacy charset), titled by its first line when that is short.
 */
final class TextReader implements FormatReader {
  private final DocumentDefaults defaults;

  TextReader(DocumentDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public Stream<ReadResult> read(byte[] bytes, String source) {
    return Stream.of(document(bytes, source));
  }

  private ReadResult document(byte[] bytes, String source) {
    String text;
    try {
      text = TextDecoding.text(bytes);
    } catch (TextDecoding.Undecodable e) {
      return ReadResult.failed(source, e.getMessage());
    }
    if (text.isBlank()) {
      return ReadResult.failed(source, "the document has no text");
    }
    String title = text.strip().lines().findFirst().orElse("").strip();
    return new ReadResult.Read(
        defaults.finish(
            new Document(
                null,
                null,
                title.length() <= 200 ? title : null,
                null,
                null,
                null,
                null,
                text,
                "text/plain",
                bytes,
                null)));
  }
}

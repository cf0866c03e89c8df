package org.harmwatch.ingest;

import java.util.stream.Stream;
import org.harmwatch.core.model.Document;

/**
 * The reader of HTML pages: one document with the page's readable text and the title, URL,
 * publisher, date and language its markup declares.
 */
final class HtmlReader implements FormatReader {
  private final DocumentDefaults defaults;

  HtmlReader(DocumentDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public Stream<ReadResult> read(byte[] bytes, String source) {
    return Stream.of(document(bytes, source));
  }

  private ReadResult document(byte[] bytes, String source) {
    HtmlText.Page page;
    try {
      page = HtmlText.page(TextDecoding.html(bytes), null);
    } catch (TextDecoding.Undecodable e) {
      return ReadResult.failed(source, e.getMessage());
    }
    if (page.text().isBlank()) {
      return ReadResult.failed(source, "the HTML page has no readable text");
    }
    return new ReadResult.Read(
        defaults.finish(
            new Document(
                null,
                null,
                page.title(),
                page.url(),
                page.publisher(),
                page.published(),
                page.lang(),
                page.text(),
                "text/html",
                bytes,
                null)));
  }
}

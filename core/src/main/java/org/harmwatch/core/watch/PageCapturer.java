package org.harmwatch.core.watch;

import org.harmwatch.core.pipeline.IngestResult;

/**
 * Captures one web page an analyst names: fetched with the watched sources' protections (no private
 * addresses, robots.txt, size and time limits), archived as a WARC record and ingested as an
 * article. Implementations are thread-safe.
 */
public interface PageCapturer {
  /**
   * Captures the page at {@code url}. The same article already captured (same canonical URL and
   * text) is not stored again: the result names the stored document, with {@code created} false and
   * no incidents.
   *
   * @throws Failed naming why the page could not be captured
   */
  IngestResult capture(String url);

  /** A page that could not be captured; the message names the URL and the reason. */
  final class Failed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Failed(String message) {
      super(message);
    }
  }
}

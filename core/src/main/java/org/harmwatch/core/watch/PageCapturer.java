package org.harmwatch.core.watch;

import java.time.LocalDate;
import org.harmwatch.core.pipeline.IngestResult;

/**
 * Captures one web page an analyst names: fetched with the watched sources' protections (no private
 * addresses, robots.txt, size and time limits), archived as a WARC record and ingested as an
 * article. Implementations are thread-safe.
 */
public interface PageCapturer {
  /**
   * Captures the page at {@code url} with the page's own title, date and site name. The same
   * article already captured (same canonical URL and text) is not stored again: the result names
   * the stored document, with {@code created} false and no incidents.
   *
   * @throws Failed naming why the page could not be captured
   */
  default IngestResult capture(String url) {
    return capture(url, Given.NONE);
  }

  /**
   * Captures the page at {@code url} as {@link #capture(String)} does, except that what the analyst
   * gave takes precedence over what the page says; the archive records both, and which one the
   * document took.
   *
   * @throws Failed naming why the page could not be captured
   */
  IngestResult capture(String url, Given given);

  /**
   * What an analyst said about a page when asking for it: each part null when not given. {@code by}
   * is the user who asked, recorded with the capture.
   */
  record Given(String title, LocalDate published, String publisher, String by) {
    /** Nothing given: the page's own title, date and site name are used. */
    public static final Given NONE = new Given(null, null, null, null);

    public Given {
      title = blankToNull(title);
      publisher = blankToNull(publisher);
      by = blankToNull(by);
    }

    private static String blankToNull(String s) {
      return s == null || s.isBlank() ? null : s.strip();
    }
  }

  /** A page that could not be captured; the message names the URL and the reason. */
  final class Failed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Failed(String message) {
      super(message);
    }
  }
}

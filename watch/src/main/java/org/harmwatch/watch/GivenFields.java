package org.harmwatch.watch;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.harmwatch.core.watch.PageCapturer;

/**
 * The WARC metadata fields (application/warc-fields) that record what an analyst gave for a
 * captured page: for each of title, published date and publisher the analyst gave, the value the
 * document took ({@code title}), where it came from ({@code title-from: analyst}) and what the page
 * itself said ({@code page-title}, absent when the page said nothing); {@code given-by} names the
 * user. Empty when nothing was given, so a plain capture has no metadata record.
 */
final class GivenFields {
  private GivenFields() {}

  static Map<String, List<String>> of(
      PageCapturer.Given given, String pageTitle, LocalDate pagePublished, String pagePublisher) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    put(out, "title", given.title(), pageTitle);
    put(
        out,
        "published",
        given.published() == null ? null : given.published().toString(),
        pagePublished == null ? null : pagePublished.toString());
    put(out, "publisher", given.publisher(), pagePublisher);
    if (!out.isEmpty() && given.by() != null) {
      out.put("given-by", List.of(oneLine(given.by())));
    }
    return out;
  }

  private static void put(Map<String, List<String>> out, String name, String given, String page) {
    if (given == null) {
      return;
    }
    out.put(name, List.of(oneLine(given)));
    out.put(name + "-from", List.of("analyst"));
    if (page != null && !page.isBlank()) {
      out.put("page-" + name, List.of(oneLine(page)));
    }
  }

  // A field value is one line: a line break would start a forged field.
  private static String oneLine(String s) {
    return s.replaceAll("[\\r\\n]+", " ").strip();
  }
}

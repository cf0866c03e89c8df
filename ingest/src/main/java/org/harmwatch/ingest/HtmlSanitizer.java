package org.harmwatch.ingest;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Cleans stored HTML for the reader view: keeps text formatting, headings, lists, tables and links
 * (forced to {@code rel="nofollow noopener noreferrer"}); drops scripts, event handlers, styles,
 * frames, forms, images and every other remote resource. {@code javascript:} and other
 * non-http(s)/mailto links lose their {@code href}. Thread-safe (the policy is immutable).
 */
public final class HtmlSanitizer {
  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(Sanitizers.TABLES)
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("a")
                  .allowStandardUrlProtocols()
                  .allowAttributes("href")
                  .onElements("a")
                  .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                  .toFactory())
          .and(
              new HtmlPolicyBuilder()
                  .allowElements(
                      "ul",
                      "ol",
                      "li",
                      "br",
                      "hr",
                      "pre",
                      "blockquote",
                      "dl",
                      "dt",
                      "dd",
                      "caption")
                  .toFactory());

  /** The sanitised HTML fragment. */
  public String sanitize(String html) {
    return POLICY.sanitize(html == null ? "" : html);
  }
}

package org.harmwatch.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text and metadata of an HTML page: paragraphs separated by blank lines, with
 * scripts, styles, navigation and footers left out. Thread-safe (stateless).
 */
final class HtmlText {
  private static final String BOILERPLATE =
      "script, style, noscript, template, nav, footer, aside, form, iframe, svg, button, select,"
          + " [hidden], [aria-hidden=true]";

  /** What a page says about itself. */
  record Page(
      String text, String title, LocalDate published, String publisher, String url, String lang) {}

  private HtmlText() {}

  /** Parses a whole page. */
  static Page page(String html, String baseUri) {
    org.jsoup.nodes.Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
    String title =
        first(
            meta(doc, "meta[property=og:title]"),
            doc.title(),
            doc.selectFirst("h1") == null ? null : doc.selectFirst("h1").text());
    LocalDate published =
        date(
            first(
                meta(doc, "meta[property=article:published_time]"),
                meta(doc, "meta[itemprop=datePublished]"),
                meta(doc, "meta[name=date]"),
                meta(doc, "meta[name=DC.date]"),
                meta(doc, "meta[name=dc.date]"),
                doc.selectFirst("time[datetime]") == null
                    ? null
                    : doc.selectFirst("time[datetime]").attr("datetime")));
    String url =
        first(
            doc.selectFirst("link[rel=canonical]") == null
                ? null
                : doc.selectFirst("link[rel=canonical]").attr("href"),
            meta(doc, "meta[property=og:url]"));
    String lang =
        doc.selectFirst("html[lang]") == null ? null : doc.selectFirst("html").attr("lang");
    if (lang != null && lang.length() > 2) {
      lang = lang.substring(0, 2);
    }
    return new Page(
        text(mainContent(doc)),
        title,
        published,
        meta(doc, "meta[property=og:site_name]"),
        url,
        lang == null || lang.isBlank() ? null : lang.toLowerCase(java.util.Locale.ROOT));
  }

  // A page with exactly one <article> (or else one <main>) carrying most of its text keeps just
  // that: related-story teasers and sidebars would otherwise read as extra incidents.
  private static Element mainContent(org.jsoup.nodes.Document doc) {
    Element body = doc.body() == null ? doc : doc.body();
    for (String tag : new String[] {"article", "main"}) {
      var found = body.select(tag);
      if (found.size() == 1) {
        Element candidate = found.first();
        if (candidate.text().length() * 2 >= body.text().length()) {
          return candidate;
        }
      }
    }
    return body;
  }

  /** The text of an HTML fragment (e.g. a feed entry's content). */
  static String fragmentText(String html) {
    return text(Jsoup.parseBodyFragment(html).body());
  }

  /** The text of {@code root} with boilerplate elements left out, paragraphs apart. */
  static String text(Element root) {
    Element copy = root.clone();
    copy.select(BOILERPLATE).remove();
    StringBuilder sb = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              // No-break spaces are layout, not content; plain spaces keep matching simple.
              String s = t.text().replace('\u00A0', ' ');
              if (!s.isBlank()) {
                if (sb.length() > 0 && !Character.isWhitespace(sb.charAt(sb.length() - 1))) {
                  sb.append(Character.isWhitespace(s.charAt(0)) ? " " : "");
                }
                sb.append(s.strip());
                if (Character.isWhitespace(s.charAt(s.length() - 1))) {
                  sb.append(' ');
                }
              }
            } else if (node instanceof Element e) {
              if (e.normalName().equals("br")) {
                sb.append('\n');
              } else if (e.isBlock()) {
                sb.append("\n\n");
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && e.isBlock()) {
              sb.append("\n\n");
            }
          }
        },
        copy);
    String[] lines = sb.toString().split("\n", -1);
    StringBuilder out = new StringBuilder();
    int blank = 0;
    for (String line : lines) {
      String l = line.strip();
      if (l.isEmpty()) {
        blank++;
        continue;
      }
      if (out.length() > 0) {
        out.append(blank > 0 ? "\n\n" : "\n");
      }
      out.append(l);
      blank = 0;
    }
    return out.toString();
  }

  static String meta(org.jsoup.nodes.Document doc, String css) {
    Element e = doc.selectFirst(css);
    return e == null ? null : e.attr("content");
  }

  static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  // Pages write dates as ISO dates or timestamps; anything else is left unknown rather than
  // guessed.
  static LocalDate date(String value) {
    if (value == null || value.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}

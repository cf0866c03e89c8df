package org.harmwatch.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.harmwatch.core.json.ExchangeJson;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Boilerplate removal for news articles: finds the main text of a web page and leaves out
 * navigation, headers and footers, advertising, share buttons, image captions, "read also" link
 * lists, related stories and comment sections; reads the title, author, publication date and
 * canonical URL from the page's metadata (Open Graph, {@code article:*} meta tags, schema.org
 * JSON-LD, {@code <link rel=canonical>}). Also lists the article links of a section page. Works on
 * English and French pages alike: the class and id names it recognises include French ones ({@code
 * commentaires}, {@code publicite}, {@code lire-aussi}, ...). Thread-safe (stateless).
 */
public final class ArticleExtractor {

  /** What a page says: its main text and metadata; fields other than {@code text} may be null. */
  public record Article(
      String text,
      String title,
      String author,
      LocalDate published,
      String canonicalUrl,
      String siteName,
      String language) {}

  /** A page that cannot be read as an article, with the reason. */
  public static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    public Unreadable(String message) {
      super(message);
    }
  }

  /**
   * The article in an HTML page's bytes, decoded with the byte-order mark, else {@code
   * contentType}'s charset, else the page's {@code <meta charset>}, else UTF-8.
   *
   * @param baseUrl where the page was read from, to resolve relative links (may be null)
   * @throws Unreadable when the bytes are not text in that charset, or the page has no text
   */
  public Article extract(byte[] body, String contentType, String baseUrl) throws Unreadable {
    Document doc = parse(body, contentType, baseUrl);
    Article a = extract(doc);
    if (a.text().isBlank()) {
      throw new Unreadable("the page has no readable article text");
    }
    return a;
  }

  /** The article of a parsed page (its text may be empty). */
  public Article extract(Document doc) {
    JsonNode ld = jsonLd(doc);
    String title =
        HtmlText.first(
            HtmlText.meta(doc, "meta[property=og:title]"),
            ld == null ? null : ld.path("headline").asText(null),
            doc.selectFirst("h1") == null ? null : doc.selectFirst("h1").text(),
            doc.title());
    String author =
        HtmlText.first(
            notUrl(HtmlText.meta(doc, "meta[name=author]")),
            ld == null ? null : ldName(ld.path("author")),
            notUrl(HtmlText.meta(doc, "meta[property=article:author]")),
            text(doc.selectFirst("[rel=author]")),
            text(doc.selectFirst("[itemprop=author]")),
            byline(doc));
    LocalDate published =
        HtmlText.date(
            HtmlText.first(
                HtmlText.meta(doc, "meta[property=article:published_time]"),
                ld == null ? null : ld.path("datePublished").asText(null),
                HtmlText.meta(doc, "meta[itemprop=datePublished]"),
                doc.selectFirst("[itemprop=datePublished][datetime]") == null
                    ? null
                    : doc.selectFirst("[itemprop=datePublished][datetime]").attr("datetime"),
                HtmlText.meta(doc, "meta[name=date]"),
                HtmlText.meta(doc, "meta[name=DC.date]"),
                doc.selectFirst("article time[datetime]") == null
                    ? null
                    : doc.selectFirst("article time[datetime]").attr("datetime")));
    String canonical =
        absolute(
            doc,
            HtmlText.first(
                doc.selectFirst("link[rel=canonical]") == null
                    ? null
                    : doc.selectFirst("link[rel=canonical]").attr("href"),
                HtmlText.meta(doc, "meta[property=og:url]")));
    String lang =
        doc.selectFirst("html[lang]") == null ? null : doc.selectFirst("html").attr("lang");
    lang =
        lang == null || lang.isBlank()
            ? null
            : lang.strip()
                .substring(0, Math.min(2, lang.strip().length()))
                .toLowerCase(Locale.ROOT);
    return new Article(
        mainText(doc),
        title,
        author,
        published,
        canonical,
        HtmlText.meta(doc, "meta[property=og:site_name]"),
        lang);
  }

  /**
   * The article links of a section page, in page order without repeats: links on the page's own
   * site, outside navigation, headers and footers, whose path looks like an article's (a slug of
   * three words or more, a long number, or an {@code .html} page) and not like a tag, category or
   * author page.
   */
  public List<String> articleLinks(byte[] body, String contentType, String baseUrl)
      throws Unreadable {
    return ArticleLinks.of(parse(body, contentType, baseUrl), baseUrl);
  }

  /** Parses an HTML page's bytes (see {@link #extract(byte[], String, String)} for the charset). */
  public static Document parse(byte[] body, String contentType, String baseUrl) throws Unreadable {
    String html;
    try {
      html = TextDecoding.html(body, servedCharset(contentType));
    } catch (TextDecoding.Undecodable e) {
      throw new Unreadable(e.getMessage());
    }
    return Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
  }

  /**
   * The charset named by a Content-Type header, or null when it names none; Latin-1 and ASCII
   * labels mean Windows-1252, as in browsers.
   *
   * @throws Unreadable naming an unknown charset
   */
  public static Charset servedCharset(String contentType) throws Unreadable {
    if (contentType == null) {
      return null;
    }
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        String name =
            p.substring(8).strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii")) {
          name = "windows-1252";
        }
        try {
          return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          throw new Unreadable("the server names an unknown charset '" + name + "'");
        }
      }
    }
    return null;
  }

  private static String absolute(Document doc, String href) {
    if (href == null) {
      return null;
    }
    Element a = doc.createElement("a").attr("href", href);
    a.setBaseUri(doc.location());
    String abs = a.absUrl("href");
    return abs.isEmpty() ? (href.startsWith("http") ? href : null) : abs;
  }

  private static String notUrl(String s) {
    return s == null || s.startsWith("http://") || s.startsWith("https://") ? null : s;
  }

  private static String text(Element e) {
    return e == null ? null : e.text();
  }

  // "By Jane Doe" / "Par Jean Dupont" in an element named byline or author.
  private static String byline(Document doc) {
    Element e = doc.selectFirst(".byline, .author, .auteur, .signature, [class*=byline]");
    if (e == null) {
      return null;
    }
    String t = e.text().strip();
    t = t.replaceFirst("(?i)^(by|par)\\s+", "");
    return t.isEmpty() || t.length() > 200 ? null : t;
  }

  private static JsonNode jsonLd(Document doc) {
    for (Element s : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode n = ExchangeJson.mapper().readTree(s.data());
        JsonNode found = articleNode(n);
        if (found != null) {
          return found;
        }
      } catch (Exception e) {
        // Broken JSON-LD is common; the page's other metadata still counts.
      }
    }
    return null;
  }

  private static JsonNode articleNode(JsonNode n) {
    if (n == null) {
      return null;
    }
    if (n.isArray()) {
      for (JsonNode x : n) {
        JsonNode f = articleNode(x);
        if (f != null) {
          return f;
        }
      }
      return null;
    }
    if (n.has("@graph")) {
      return articleNode(n.get("@graph"));
    }
    String type =
        n.path("@type").isArray() ? n.path("@type").path(0).asText("") : n.path("@type").asText("");
    return type.endsWith("Article") || type.equals("Report") ? n : null;
  }

  private static String ldName(JsonNode author) {
    if (author.isArray()) {
      List<String> names = new ArrayList<>();
      for (JsonNode a : author) {
        String n = ldName(a);
        if (n != null) {
          names.add(n);
        }
      }
      return names.isEmpty() ? null : String.join(", ", names);
    }
    if (author.isTextual()) {
      return notUrl(author.asText());
    }
    String name = author.path("name").asText(null);
    return name == null || name.isBlank() ? null : name.strip();
  }

  /** The main text of a parsed page: see {@link MainText}. */
  static String mainText(Document doc) {
    return MainText.of(doc);
  }
}

package org.harmwatch.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.harmwatch.core.json.ExchangeJson;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

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
  /** Elements that are never article text. */
  private static final String NEVER_TEXT =
      "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button,"
          + " select, input, textarea, figure, figcaption, picture, video, audio, [hidden],"
          + " [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo],"
          + " [role=complementary]";

  // Class or id words of page furniture, English and French; matched as whole words, so 'ad' does
  // not match 'header' or 'lead'.
  private static final Pattern FURNITURE =
      Pattern.compile(
          "(?<![a-z0-9])(ad|ads|adv|advert|advertisement|advertising|sponsor|sponsored|promo|pub"
              + "|publicite|banner|banniere|comment|comments|commentaire|commentaires|reactions"
              + "|disqus|share|sharing|partage|partager|social|reseaux|related|similar|recommended"
              + "|recommandes|lire-aussi|a-lire|voir-aussi|read-more|read-also|more-stories"
              + "|most-read|les-plus-lus|newsletter|subscribe|abonnement|paywall|cookie|cookies"
              + "|consent|breadcrumb|breadcrumbs|fil-ariane|caption|legende|credit|sidebar|widget"
              + "|menu|navbar|nav|footer|masthead|popup|modal|tags|keywords|mots-cles|outbrain"
              + "|taboola|print|toolbar|author-bio|byline|dateline|meta)(?![a-z0-9])");

  private static final Pattern ARTICLE_PATH_WORDS = Pattern.compile("[a-z0-9]+(-[a-z0-9]+){2,}");
  private static final Pattern DIGITS = Pattern.compile("\\d{4,}");
  private static final Set<String> NOT_ARTICLE_SEGMENTS =
      Set.of(
          "tag",
          "tags",
          "category",
          "categorie",
          "categories",
          "rubrique",
          "author",
          "auteur",
          "authors",
          "page",
          "search",
          "recherche",
          "login",
          "connexion",
          "subscribe",
          "abonnement",
          "about",
          "contact",
          "mentions-legales",
          "privacy",
          "feed",
          "rss");

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
    Document doc = parse(body, contentType, baseUrl);
    URI base = uri(baseUrl);
    String site = base == null ? null : siteOf(base.getHost());
    Element root = doc.body() == null ? doc : doc.body();
    Element copy = root.clone();
    copy.select("nav, header, footer, [role=navigation], [role=banner], [role=contentinfo]")
        .remove();
    Set<String> out = new LinkedHashSet<>();
    for (Element a : copy.select("a[href]")) {
      String href = a.absUrl("href");
      URI u = uri(href);
      if (u == null || u.getHost() == null) {
        continue;
      }
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        continue;
      }
      if (site != null && !site.equals(siteOf(u.getHost()))) {
        continue;
      }
      if (!looksLikeArticle(u.getPath())) {
        continue;
      }
      try {
        out.add(
            new URI(u.getScheme(), u.getAuthority(), u.getPath(), u.getQuery(), null).toString());
      } catch (URISyntaxException e) {
        // A link that does not rebuild is not followed.
      }
    }
    return new ArrayList<>(out);
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

  private static boolean looksLikeArticle(String path) {
    if (path == null || path.isEmpty() || path.equals("/")) {
      return false;
    }
    String p = path.toLowerCase(Locale.ROOT);
    for (String seg : p.split("/")) {
      if (NOT_ARTICLE_SEGMENTS.contains(seg)) {
        return false;
      }
    }
    String last = p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    last = last.substring(last.lastIndexOf('/') + 1);
    String stem = last.replaceFirst("\\.(html?|php|aspx?)$", "");
    return ARTICLE_PATH_WORDS.matcher(stem).find()
        || DIGITS.matcher(stem).find()
        || (!stem.equals(last) && stem.length() >= 8);
  }

  // "www.example.org" and "example.org" are one site.
  private static String siteOf(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.startsWith("www.") ? h.substring(4) : h;
  }

  private static URI uri(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return new URI(s.strip());
    } catch (URISyntaxException e) {
      return null;
    }
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

  /**
   * The main text: page furniture removed, then the element whose paragraphs hold the most text
   * (links counted against it) is the article, and within it paragraphs that are mostly links
   * ("read also" lists) are dropped.
   */
  static String mainText(Document doc) {
    Element body = doc.body() == null ? doc : doc.body();
    Element copy = body.clone();
    copy.select(NEVER_TEXT).remove();
    removeFurniture(copy);
    Element best = copy.selectFirst("[itemprop=articleBody]");
    if (best == null || paragraphText(best) < 200) {
      best = bestContainer(copy);
    }
    if (best == null) {
      return HtmlText.text(copy);
    }
    Element article = best.clone();
    for (Element block : article.select("p, li, div, h2, h3, h4, h5, h6")) {
      if (block.parent() == null) {
        continue;
      }
      int len = block.text().length();
      if (len > 0 && linkText(block) * 2 > len) {
        block.remove();
      }
    }
    // The headline sits outside the body in many pages; the text starts with it when it does not.
    Element h1 = body.selectFirst("h1");
    String text = HtmlText.text(article);
    if (h1 != null && !h1.text().isBlank() && !text.contains(h1.text().strip())) {
      text = h1.text().strip() + "\n\n" + text;
    }
    return text;
  }

  private static void removeFurniture(Element root) {
    // A wrapper that holds most of the page's paragraphs is the page, whatever its class says
    // ("content has-ads").
    int total = paragraphText(root);
    List<Element> furniture = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      if (e == root
          || e.normalName().equals("body")
          || e.normalName().equals("article")
          || e.normalName().equals("main")) {
        continue;
      }
      String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).replace('_', '-');
      if (!names.isBlank()
          && FURNITURE.matcher(names).find()
          && paragraphText(e) * 2 < Math.max(1, total)) {
        furniture.add(e);
      }
    }
    for (Element e : furniture) {
      if (e.parent() != null) {
        e.remove();
      }
    }
  }

  // Readability's idea, simply: each paragraph scores for its container (and half for the
  // container's parent); links count against a container.
  private static Element bestContainer(Element root) {
    java.util.Map<Element, Double> scores = new java.util.IdentityHashMap<>();
    for (Element p : root.select("p, pre, blockquote, li")) {
      int len = ownishTextLength(p);
      if (len < 25 || linkText(p) * 2 > p.text().length()) {
        continue;
      }
      double s = 1 + Math.min(3, len / 100.0) + count(p.text(), ',') * 0.5;
      Element parent = p.parent();
      if (parent == null) {
        continue;
      }
      scores.merge(parent, s, Double::sum);
      if (parent.parent() != null) {
        scores.merge(parent.parent(), s / 2, Double::sum);
      }
    }
    Element best = null;
    double bestScore = 0;
    for (var e : scores.entrySet()) {
      Element el = e.getKey();
      int len = el.text().length();
      double density = len == 0 ? 0 : (double) linkText(el) / len;
      double score = e.getValue() * (1 - density);
      if (score > bestScore) {
        bestScore = score;
        best = el;
      }
    }
    return best;
  }

  private static int paragraphText(Element e) {
    int n = 0;
    for (Element p : e.select("p")) {
      n += p.text().length();
    }
    return n;
  }

  private static int ownishTextLength(Element p) {
    int n = 0;
    for (org.jsoup.nodes.Node c : p.childNodes()) {
      if (c instanceof TextNode t) {
        n += t.text().strip().length();
      } else if (c instanceof Element e) {
        n += e.text().length();
      }
    }
    return n;
  }

  private static int linkText(Element e) {
    int n = 0;
    for (Element a : e.select("a")) {
      n += a.text().length();
    }
    return n;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}

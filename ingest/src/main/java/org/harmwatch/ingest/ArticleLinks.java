package org.harmwatch.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The links of a section page that lead to articles. Stateless. */
final class ArticleLinks {
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

  private ArticleLinks() {}

  /**
   * The article links of a section page, in page order without repeats: links on the page's own
   * site, outside navigation, headers and footers, whose path looks like an article's (a slug of
   * three words or more, a long number, or an {@code .html} page) and not like a tag, category or
   * author page.
   */
  static List<String> of(Document doc, String baseUrl) {
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
}

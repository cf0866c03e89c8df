package org.harmwatch.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The main text of a web page: the page without navigation, headers and footers, advertising, share
 * buttons, captions, link lists and comments, then its densest container of paragraphs. The class
 * and id words of page furniture it knows are English and French. Stateless.
 */
final class MainText {
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

  private MainText() {}

  /**
   * The main text: page furniture removed, then the element whose paragraphs hold the most text
   * (links counted against it) is the article, and within it paragraphs that are mostly links
   * ("read also" lists) are dropped.
   */
  static String of(Document doc) {
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

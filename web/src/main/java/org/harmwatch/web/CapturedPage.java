package org.harmwatch.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The page of an archived capture made inert for viewing: the body of the WARC response record,
 * decoded (gzip, deflate) and, when HTML, without what would run or reach out — scripts, frames,
 * plugins, links to style sheets or prefetches, refreshes, event handlers, form targets, and every
 * address that would load something ({@code src}, {@code srcset}, {@code href}, ...). Addresses the
 * reader could follow are kept in {@code title} so that they can still be read. Stateless.
 */
final class CapturedPage {
  /** The largest decoded body shown, in bytes: a capture's body is bounded when fetched anyway. */
  static final int MAX_BODY = 16 * 1024 * 1024;

  /** Elements removed with their content. */
  private static final Set<String> DROPPED =
      Set.of(
          "script",
          "iframe",
          "frame",
          "frameset",
          "object",
          "embed",
          "applet",
          "base",
          "link",
          "portal",
          "template",
          "noscript");

  /** Attributes that name a resource to load or a place to go. */
  private static final Set<String> ADDRESSES =
      Set.of(
          "src",
          "srcset",
          "href",
          "action",
          "formaction",
          "data",
          "poster",
          "background",
          "ping",
          "xlink:href",
          "codebase",
          "cite",
          "longdesc",
          "lowsrc",
          "dynsrc",
          "manifest",
          "imagesrcset");

  /** The viewable body: its media type and bytes. */
  record Body(String mediaType, byte[] bytes) {}

  private CapturedPage() {}

  /**
   * The decoded body of the first response record in {@code warc}, with its media type (lower case,
   * without parameters; {@code application/octet-stream} when the response named none).
   *
   * @throws IllegalArgumentException when {@code warc} holds no readable HTTP response
   */
  static Body body(byte[] warc) {
    try (WarcReader reader = new WarcReader(new ByteArrayInputStream(warc))) {
      Optional<WarcRecord> r;
      while ((r = reader.next()).isPresent()) {
        if (r.get() instanceof WarcResponse res) {
          var http = res.http();
          String type =
              http.headers()
                  .first("Content-Type")
                  .map(t -> t.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
                  .filter(t -> !t.isEmpty())
                  .orElse("application/octet-stream");
          return new Body(type, read(http.bodyDecoded()));
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("the capture's WARC record cannot be read: " + e, e);
    }
    throw new IllegalArgumentException("the capture's WARC record holds no HTTP response");
  }

  private static byte[] read(MessageBody body) throws IOException {
    try (InputStream in = Channels.newInputStream(body)) {
      byte[] bytes = in.readNBytes(MAX_BODY + 1);
      if (bytes.length > MAX_BODY) {
        throw new IOException("its body is over " + MAX_BODY + " bytes");
      }
      return bytes;
    }
  }

  /**
   * {@code html} (bytes in the charset the page declares, else UTF-8) as inert HTML in UTF-8, as
   * described above; relative and absolute addresses alike are removed.
   */
  static String inertHtml(byte[] html) {
    org.jsoup.nodes.Document page;
    try {
      page = Jsoup.parse(new ByteArrayInputStream(html), null, "");
    } catch (IOException e) {
      throw new IllegalStateException("cannot read a page held in memory", e);
    }
    page.select(String.join(",", DROPPED)).remove();
    page.select("meta[http-equiv]").remove();
    for (Element e : page.getAllElements()) {
      List<String> drop = new ArrayList<>();
      String followed = null;
      for (Attribute a : e.attributes()) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        boolean loads =
            name.equals("style") && a.getValue().toLowerCase(Locale.ROOT).contains("url(");
        if (name.startsWith("on") || ADDRESSES.contains(name) || loads) {
          drop.add(a.getKey());
          if (name.equals("href") && e.normalName().equals("a")) {
            followed = a.getValue();
          }
        }
      }
      drop.forEach(e::removeAttr);
      if (followed != null && !e.hasAttr("title")) {
        e.attr("title", followed);
      }
    }
    page.charset(StandardCharsets.UTF_8);
    return page.outerHtml();
  }
}

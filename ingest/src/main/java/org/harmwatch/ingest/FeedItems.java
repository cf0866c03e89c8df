package org.harmwatch.ingest;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.xml.sax.InputSource;

/**
 * The items of an RSS or Atom feed, read with Rome as {@link DocumentReader} reads feeds: each
 * entry's link, title, author, date and summary, for a watcher that fetches the linked articles.
 * Rome refuses DOCTYPE declarations, so external entities (XXE) and entity expansion ("billion
 * laughs") never run. Thread-safe (stateless).
 */
public final class FeedItems {
  /** One entry of a feed; fields other than {@code link} may be null. */
  public record Item(
      String link, String title, String author, LocalDate published, String summary) {}

  /** A feed: its title, language and entries with a link. */
  public record Feed(String title, String language, List<Item> items) {
    public Feed {
      items = List.copyOf(items);
    }
  }

  /** Bytes that are not a readable feed, with the reason. */
  public static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    public Unreadable(String message) {
      super(message);
    }
  }

  private FeedItems() {}

  /**
   * Parses a feed; entries without a link are left out (there is nothing to fetch).
   *
   * @throws Unreadable when the bytes are not an RSS/Atom feed, naming the parser's complaint
   */
  public static Feed parse(byte[] bytes) throws Unreadable {
    SyndFeed feed;
    try {
      feed = new SyndFeedInput().build(new InputSource(new ByteArrayInputStream(bytes)));
    } catch (FeedException | IllegalArgumentException e) {
      throw new Unreadable("not a readable RSS/Atom feed: " + e.getMessage());
    } catch (RuntimeException e) {
      throw new Unreadable(
          "not a readable RSS/Atom feed ("
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage()
              + ")");
    }
    List<Item> items = new ArrayList<>();
    for (SyndEntry e : feed.getEntries()) {
      String link = e.getLink();
      if (link == null || link.isBlank()) {
        link = e.getUri() != null && e.getUri().startsWith("http") ? e.getUri() : null;
      }
      if (link == null) {
        continue;
      }
      Date when = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      String author = e.getAuthor();
      if ((author == null || author.isBlank()) && !e.getAuthors().isEmpty()) {
        SyndPerson p = e.getAuthors().get(0);
        author = p.getName();
      }
      items.add(
          new Item(
              link.strip(),
              blankToNull(e.getTitle()),
              blankToNull(author),
              when == null ? null : when.toInstant().atOffset(ZoneOffset.UTC).toLocalDate(),
              e.getDescription() == null ? null : blankToNull(e.getDescription().getValue())));
    }
    String lang = blankToNull(feed.getLanguage());
    return new Feed(
        blankToNull(feed.getTitle()),
        lang == null
            ? null
            : lang.substring(0, Math.min(2, lang.length())).toLowerCase(Locale.ROOT),
        items);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}

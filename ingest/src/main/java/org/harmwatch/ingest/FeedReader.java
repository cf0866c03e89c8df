package org.harmwatch.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.harmwatch.core.model.Document;
import org.xml.sax.InputSource;

/**
 * The reader of RSS and Atom feeds: one document per entry, named {@code source#n} (from 1), with
 * the entry's full content or else its summary as text and the feed's title as publisher.
 */
final class FeedReader implements FormatReader {
  private final DocumentDefaults defaults;

  FeedReader(DocumentDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public Stream<ReadResult> read(byte[] bytes, String source) {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      feed = input.build(new InputSource(new ByteArrayInputStream(bytes)));
    } catch (FeedException | IllegalArgumentException e) {
      return Stream.of(
          ReadResult.failed(source, "not a readable RSS/Atom feed: " + e.getMessage()));
    }
    List<ReadResult> out = new ArrayList<>();
    int i = 0;
    for (SyndEntry entry : feed.getEntries()) {
      i++;
      String where = source + "#" + i;
      try {
        out.add(entry(feed, entry, where));
      } catch (RuntimeException e) {
        out.add(FormatReader.unexpected(where, e));
      }
    }
    if (out.isEmpty()) {
      out.add(ReadResult.failed(source, "the feed has no entries"));
    }
    return out.stream();
  }

  private ReadResult entry(SyndFeed feed, SyndEntry entry, String where) {
    SyndContent content = entryContent(entry);
    if (content == null) {
      return ReadResult.failed(where, "feed entry has no description or content");
    }
    String value = content.getValue();
    String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
    boolean plain = type.equals("text") || type.equals("text/plain");
    String text = plain ? value.replace("\r\n", "\n").strip() : HtmlText.fragmentText(value);
    if (text.isBlank()) {
      return ReadResult.failed(where, "feed entry has no text");
    }
    Date when =
        entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    String lang = feed.getLanguage();
    return new ReadResult.Read(
        defaults.finish(
            new Document(
                null,
                null,
                entry.getTitle() == null || entry.getTitle().isBlank()
                    ? null
                    : entry.getTitle().strip(),
                entry.getLink(),
                feed.getTitle() == null || feed.getTitle().isBlank()
                    ? null
                    : feed.getTitle().strip(),
                when == null ? null : when.toInstant().atOffset(ZoneOffset.UTC).toLocalDate(),
                lang == null || lang.isBlank()
                    ? null
                    : lang.strip()
                        .substring(0, Math.min(2, lang.strip().length()))
                        .toLowerCase(Locale.ROOT),
                text,
                plain ? "text/plain" : "text/html",
                value.getBytes(StandardCharsets.UTF_8),
                null)));
  }

  // Full content beats the summary; the first non-empty one is the entry's document.
  private static SyndContent entryContent(SyndEntry entry) {
    for (SyndContent c : entry.getContents()) {
      if (c.getValue() != null && !c.getValue().isBlank()) {
        return c;
      }
    }
    SyndContent d = entry.getDescription();
    return d == null || d.getValue() == null || d.getValue().isBlank() ? null : d;
  }
}

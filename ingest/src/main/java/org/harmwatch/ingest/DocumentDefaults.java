package org.harmwatch.ingest;

import java.time.LocalDate;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.text.LanguageGuesser;

/**
 * The values a reader fills in for documents that lack them: a default publication date (may be
 * null) and {@link LanguageGuesser}'s guess of the language.
 */
final class DocumentDefaults {
  private final LocalDate defaultPublished;
  private final LanguageGuesser languages = new LanguageGuesser();

  DocumentDefaults(LocalDate defaultPublished) {
    this.defaultPublished = defaultPublished;
  }

  /**
   * {@code d} with its missing date and language filled in; {@code d} itself if none is missing.
   */
  Document finish(Document d) {
    LocalDate published = d.published() == null ? defaultPublished : d.published();
    String language = d.language() == null ? languages.guess(d.text()) : d.language();
    if (published == d.published() && language == d.language()) {
      return d;
    }
    return new Document(
        d.id(),
        d.sha256(),
        d.title(),
        d.url(),
        d.publisher(),
        published,
        language,
        d.text(),
        d.contentType(),
        d.original(),
        d.capturedAt());
  }
}

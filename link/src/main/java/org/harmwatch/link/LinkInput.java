package org.harmwatch.link;

import java.time.LocalDate;
import java.util.Objects;
import org.harmwatch.core.model.Incident;

/**
 * One extracted incident offered to the {@link Linker}, with its source document. Immutable.
 *
 * @param incident the extracted incident; its {@code id} must be unique within a run
 * @param documentId the source document id
 * @param published the document's publication date, or null if unknown
 * @param fingerprint a story/wire fingerprint for reprint detection (see {@link #fingerprintOf}),
 *     or null
 */
public record LinkInput(
    Incident incident, String documentId, LocalDate published, String fingerprint) {
  public LinkInput {
    Objects.requireNonNull(incident, "incident");
    Objects.requireNonNull(documentId, "documentId");
    if (incident.id() == null) {
      throw new IllegalArgumentException("incident without id in document " + documentId);
    }
  }

  /** The incident id. */
  public String id() {
    return incident.id();
  }

  /**
   * Fingerprint of a text for reprint detection: lower-cased, accents and punctuation removed,
   * first 40 words, hashed. Two reprints of one wire story give the same value.
   */
  public static String fingerprintOf(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String norm = Folding.fold(text).replaceAll("[^a-z0-9]+", " ").trim();
    String[] words = norm.split(" ");
    String head = String.join(" ", java.util.Arrays.copyOf(words, Math.min(40, words.length)));
    return Integer.toHexString(head.hashCode()) + ":" + head.length();
  }
}

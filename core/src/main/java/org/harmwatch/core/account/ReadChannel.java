package org.harmwatch.core.account;

import java.util.Locale;

/** How a user read (part of) a document's text: the channels the access log tells apart. */
public enum ReadChannel {
  /** The document's plain text (the reader). */
  READER,
  /** The original bytes as received. */
  ORIGINAL,
  /** Evidence sentences quoted in incidents (incident pages, lists, the review queue). */
  EVIDENCE,
  /** The snippets of a full-text search of documents. */
  SNIPPET,
  /** A dossier (PDF) quoting the documents of its incidents. */
  DOSSIER,
  /** An export of incidents (CSV, GeoJSON) carrying their quotes. */
  EXPORT;

  /** The lower-case code, e.g. {@code "snippet"}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The channel with this code.
   *
   * @throws IllegalArgumentException naming the value when it is no channel
   */
  public static ReadChannel fromCode(String code) {
    for (ReadChannel c : values()) {
      if (c.code().equals(code)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown read channel '" + code + "'");
  }
}

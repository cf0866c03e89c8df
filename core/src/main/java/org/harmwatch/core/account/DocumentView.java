package org.harmwatch.core.account;

import java.time.Instant;
import java.util.Objects;

/**
 * One read of a document's text, an entry of the access log of sensitive texts: which document,
 * who, when, through which channel and from which address (null when unknown).
 */
public record DocumentView(
    String documentId, String username, Instant at, ReadChannel channel, String address) {
  public DocumentView {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(channel, "channel");
  }

  /** An opening in the reader from an unknown address. */
  public DocumentView(String documentId, String username, Instant at) {
    this(documentId, username, at, ReadChannel.READER, null);
  }
}

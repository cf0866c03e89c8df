package org.harmwatch.core.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A source document: an article, report or note. {@code original} is the document exactly as it was
 * received (HTML, PDF bytes, or the text itself) and is never modified; {@code sha256} is the hex
 * SHA-256 of {@code original} and is the document's identity; {@code text} is the plain text that
 * every evidence offset points into.
 *
 * <p>{@code id} is the caller's id (e.g. from JSON Lines) or, by default, {@code sha256}.
 */
public record Document(
    String id,
    String sha256,
    String title,
    String url,
    String publisher,
    LocalDate published,
    String language,
    String text,
    String contentType,
    byte[] original,
    Instant capturedAt) {

  public Document {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(original, "original");
    if (sha256 == null) {
      sha256 = sha256Hex(original);
    }
    if (id == null || id.isBlank()) {
      id = sha256;
    }
    if (contentType == null) {
      contentType = "text/plain";
    }
  }

  /** A plain-text document whose original is its UTF-8 text. */
  public static Document ofText(String id, String title, LocalDate published, String text) {
    Objects.requireNonNull(text, "text");
    return new Document(
        id,
        null,
        title,
        null,
        null,
        published,
        null,
        text,
        "text/plain",
        text.getBytes(StandardCharsets.UTF_8),
        null);
  }

  /** This document with another capture time. */
  public Document withCapturedAt(Instant when) {
    return new Document(
        id, sha256, title, url, publisher, published, language, text, contentType, original, when);
  }

  /** The lower-case hex SHA-256 of {@code bytes}. */
  public static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  // Records compare arrays by identity; documents are equal when their identity and text are.
  @Override
  public boolean equals(Object o) {
    return o instanceof Document d
        && d.id.equals(id)
        && d.sha256.equals(sha256)
        && d.text.equals(text)
        && Objects.equals(d.published, published)
        && Objects.equals(d.title, title);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, sha256);
  }

  @Override
  public String toString() {
    return "Document[id=" + id + ", sha256=" + sha256 + ", title=" + title + "]";
  }
}

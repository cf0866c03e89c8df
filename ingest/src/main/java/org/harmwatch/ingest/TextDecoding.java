package org.harmwatch.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a text or HTML file into a string without ever failing: a byte-order mark
 * wins, then (for HTML) a declared {@code <meta charset>}, then UTF-8 when the bytes are valid
 * UTF-8, else Windows-1252. Invalid bytes in a declared encoding become U+FFFD. Thread-safe
 * (stateless).
 */
final class TextDecoding {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

  private TextDecoding() {}

  /** The text of a plain-text file. */
  static String text(byte[] bytes) {
    return decode(bytes, null);
  }

  /** The source of an HTML page, honouring its declared charset. */
  static String html(byte[] bytes) {
    return decode(bytes, declaredCharset(bytes));
  }

  /** The charset named by a byte-order mark at the start of {@code head}, or null. */
  static Charset bomCharset(byte[] head) {
    if (head.length >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static String decode(byte[] bytes, Charset declared) {
    Charset bom = bomCharset(bytes);
    if (bom != null) {
      return stripBom(new String(bytes, bom));
    }
    if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
      return new String(bytes, declared);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      // Not UTF-8: a page that says it is keeps its (replaced) bytes, anything else is most
      // likely Latin-1/Windows-1252, the usual legacy encoding of French and English pages.
      return declared != null ? new String(bytes, declared) : new String(bytes, WINDOWS_1252);
    }
  }

  private static Charset declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    // As browsers do (WHATWG Encoding): Latin-1 and ASCII labels mean Windows-1252.
    if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii")) {
      return WINDOWS_1252;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}

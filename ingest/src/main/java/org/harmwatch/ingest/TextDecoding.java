package org.harmwatch.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a text or HTML file into a string, or says why it cannot: a byte-order mark
 * wins, then (for HTML) a declared {@code <meta charset>}, else the bytes must be UTF-8. Bytes that
 * are not valid in that encoding, and NUL bytes (binary data, not text), are refused with their
 * byte offset: a document is never stored as mojibake. Thread-safe (stateless).
 */
final class TextDecoding {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

  /** Bytes that are not text in the encoding they were read in. */
  static final class Undecodable extends Exception {
    private static final long serialVersionUID = 1L;

    Undecodable(String message) {
      super(message);
    }
  }

  private TextDecoding() {}

  /** The text of a plain-text file. */
  static String text(byte[] bytes) throws Undecodable {
    return decode(bytes, null);
  }

  /** The source of an HTML page, honouring its declared charset. */
  static String html(byte[] bytes) throws Undecodable {
    return decode(bytes, declaredCharset(bytes));
  }

  /**
   * The source of an HTML page served with {@code served} as its HTTP charset (may be null): a
   * byte-order mark wins, then the HTTP charset, then a declared {@code <meta charset>}.
   */
  static String html(byte[] bytes, Charset served) throws Undecodable {
    return decode(bytes, served != null ? served : declaredCharset(bytes));
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

  private static String decode(byte[] bytes, Charset declared) throws Undecodable {
    Charset bom = bomCharset(bytes);
    Charset charset = bom != null ? bom : declared != null ? declared : StandardCharsets.UTF_8;
    int start = bom == null ? 0 : bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
    String how =
        bom != null
            ? " (its byte-order mark says " + bom.name() + ")"
            : declared != null ? " (the page declares " + declared.name() + ")" : "";
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out =
        CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, bytes.length + 16L));
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      throw new Undecodable(
          "not valid "
              + charset.name()
              + how
              + " at byte offset "
              + in.position()
              + ": binary data, or text in another encoding (convert it to UTF-8)");
    }
    out.flip();
    String text = out.toString();
    int nul = text.indexOf('\u0000');
    if (nul >= 0) {
      throw new Undecodable(
          "a NUL byte at byte offset "
              + byteOffset(text, nul, charset, start)
              + ": binary data, not text");
    }
    return text;
  }

  // Where the char at index n of text began in the bytes it was decoded from.
  private static long byteOffset(String text, int n, Charset charset, int start) {
    if (charset.equals(StandardCharsets.UTF_16BE) || charset.equals(StandardCharsets.UTF_16LE)) {
      return start + 2L * n;
    }
    return start + text.substring(0, n).getBytes(charset).length;
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
}

package org.harmwatch.reference;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What one pass over a file's bytes tells before it is parsed: its SHA-256, its byte order mark and
 * whether it is valid UTF-8, and if not, where the first bad byte is and which encoding the file
 * most likely is in (UTF-16 without a mark, Windows-1252 or ISO-8859-1), so that the error names
 * it.
 */
public record Encoding(String sha256, long bytes, Charset charset, int bomLength, String problem) {

  /** Whether the file can be read as {@link #charset}. */
  public boolean ok() {
    return problem == null;
  }

  /** Scans {@code in} to its end (does not close it). */
  public static Encoding scan(InputStream in) throws IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    byte[] buf = new byte[1 << 16];
    long total = 0;
    long line = 1;
    int expect = 0; // continuation bytes still expected in a UTF-8 sequence
    int lead = 0;
    long badAt = -1;
    long badLine = -1;
    int badByte = 0;
    boolean c1 = false; // a byte 0x80-0x9F out of place: Windows-1252's punctuation
    long nuls = 0;
    byte[] head = new byte[4];
    int headLen = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      sha.update(buf, 0, n);
      for (int i = 0; i < n; i++) {
        int b = buf[i] & 0xff;
        if (headLen < 4) {
          head[headLen++] = (byte) b;
        }
        if (b == 0) {
          nuls++;
        }
        if (b == '\n') {
          line++;
        }
        if (badAt >= 0) {
          if (b >= 0x80 && b <= 0x9f && expect == 0) {
            c1 = true;
          }
          continue;
        }
        boolean bad;
        if (expect > 0) {
          bad =
              (b & 0xc0) != 0x80
                  || (expect == 2 && lead == 0xe0 && b < 0xa0)
                  || (expect == 3 && lead == 0xf0 && b < 0x90);
          lead = 0;
          expect = bad ? 0 : expect - 1;
        } else if (b < 0x80) {
          bad = false;
        } else if (b >= 0xc2 && b <= 0xdf) {
          expect = 1;
          bad = false;
        } else if (b >= 0xe0 && b <= 0xef) {
          expect = 2;
          lead = b;
          bad = false;
        } else if (b >= 0xf0 && b <= 0xf4) {
          expect = 3;
          lead = b;
          bad = false;
        } else {
          bad = true;
        }
        if (bad) {
          badAt = total + i;
          badLine = line;
          badByte = b;
          if (b >= 0x80 && b <= 0x9f) {
            c1 = true;
          }
        }
      }
      total += n;
    }
    String hex = HexFormat.of().formatHex(sha.digest());
    if (headLen >= 2 && (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff) {
      return new Encoding(hex, total, StandardCharsets.UTF_16BE, 2, null);
    }
    if (headLen >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe) {
      return new Encoding(hex, total, StandardCharsets.UTF_16LE, 2, null);
    }
    int bom =
        headLen >= 3
                && (head[0] & 0xff) == 0xef
                && (head[1] & 0xff) == 0xbb
                && (head[2] & 0xff) == 0xbf
            ? 3
            : 0;
    if (total > 0 && nuls * 10 > total) {
      return new Encoding(
          hex,
          total,
          StandardCharsets.UTF_8,
          bom,
          "the file looks like UTF-16 without a byte order mark (every other byte is zero);"
              + " save it as CSV UTF-8");
    }
    if (badAt < 0 && expect > 0) {
      badAt = total;
      badLine = line;
    }
    if (badAt >= 0) {
      String guess = c1 ? "Windows-1252" : "ISO-8859-1 (Latin-1) or Windows-1252";
      return new Encoding(
          hex,
          total,
          StandardCharsets.UTF_8,
          bom,
          String.format(
              "the file is not UTF-8: byte 0x%02X at offset %,d (line %d) is not valid UTF-8; it"
                  + " looks like %s. Save it as CSV UTF-8, or import it with --encoding %s",
              badByte, badAt, badLine, guess, c1 ? "windows-1252" : "iso-8859-1"));
    }
    return new Encoding(hex, total, StandardCharsets.UTF_8, bom, null);
  }
}

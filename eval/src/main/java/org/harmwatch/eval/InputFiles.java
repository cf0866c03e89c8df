package org.harmwatch.eval;

import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Opens the files that {@code eval} reads: a path, "-" for standard input, or a pipe (process
 * substitution); gzip content is recognised by its magic bytes, whatever the name, and
 * decompressed.
 *
 * <p>Stateless and thread-safe.
 */
public final class InputFiles {
  private static final int GZIP_MAGIC_1 = 0x1f;
  private static final int GZIP_MAGIC_2 = 0x8b;

  private InputFiles() {}

  /**
   * Opens {@code name} ("-" = standard input, which closing the returned stream leaves open),
   * decompressing gzip content. A FileInputStream, because the channel streams of java.nio.file
   * fail with 'Illegal seek' on pipes.
   */
  public static InputStream open(String name) throws IOException {
    InputStream raw =
        name.equals("-")
            ? new FilterInputStream(System.in) {
              @Override
              public void close() {
                // Standard input stays open for the rest of the command.
              }
            }
            : new FileInputStream(name);
    try {
      return gunzipIfNeeded(raw);
    } catch (IOException e) {
      raw.close();
      throw e;
    }
  }

  /** {@code in}, decompressed when it starts with the gzip magic bytes. */
  public static InputStream gunzipIfNeeded(InputStream in) throws IOException {
    BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
    b.mark(2);
    int first = b.read();
    int second = b.read();
    b.reset();
    if (first == GZIP_MAGIC_1 && second == GZIP_MAGIC_2) {
      return new BufferedInputStream(new GZIPInputStream(b, 1 << 16), 1 << 16);
    }
    return b;
  }
}

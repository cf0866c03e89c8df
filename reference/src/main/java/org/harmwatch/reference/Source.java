package org.harmwatch.reference;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file to import that can be read more than once (the importer reads it twice: to check its
 * encoding and fingerprint it, then to parse it), with its name for the dataset's record.
 */
public interface Source {
  /** A new stream of the whole file; the caller closes it. */
  InputStream open() throws IOException;

  /** The file's name (no directories), or null. */
  String name();

  /** A file on disk. */
  static Source of(Path file) {
    return new Source() {
      @Override
      public InputStream open() throws IOException {
        return Files.newInputStream(file);
      }

      @Override
      public String name() {
        return file.getFileName() == null ? null : file.getFileName().toString();
      }
    };
  }

  /** Bytes in memory (an upload). */
  static Source of(byte[] bytes, String name) {
    return new Source() {
      @Override
      public InputStream open() {
        return new ByteArrayInputStream(bytes);
      }

      @Override
      public String name() {
        return name;
      }
    };
  }
}

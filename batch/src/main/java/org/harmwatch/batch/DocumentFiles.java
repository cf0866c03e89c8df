package org.harmwatch.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.harmwatch.ingest.DocumentReader;
import org.harmwatch.ingest.ReadResult;

/**
 * The input files of a batch run on any Hadoop file system, and the reading of one file into {@link
 * Item}s. Every format but WARC goes through {@link DocumentReader#read(Path)}, the reader of
 * {@code harmwatch extract}, so both read a file the same way: local files directly, files of other
 * file systems through a local copy that keeps the name (the format is chosen by extension).
 */
final class DocumentFiles {
  private DocumentFiles() {}

  /**
   * The regular files of {@code inputs} (folders recursively; names starting with '.' or '_' are
   * skipped, as Hadoop and {@link DocumentReader} do), sorted per input; an input that does not
   * exist or cannot be listed becomes a rejection.
   */
  static List<String> expand(Configuration conf, List<String> inputs, List<Reject> rejects) {
    List<String> files = new ArrayList<>();
    for (String input : inputs) {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(input);
      try {
        FileSystem fs = path.getFileSystem(conf);
        if (!fs.exists(path)) {
          rejects.add(new Reject(input, "read", "no such file or directory"));
          continue;
        }
        FileStatus status = fs.getFileStatus(path);
        if (status.isFile()) {
          files.add(status.getPath().toString());
          continue;
        }
        List<String> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
        String root = status.getPath().toUri().getPath();
        while (it.hasNext()) {
          LocatedFileStatus f = it.next();
          String rel = f.getPath().toUri().getPath().substring(root.length());
          if (!hidden(rel)) {
            found.add(f.getPath().toString());
          }
        }
        found.sort(null);
        files.addAll(found);
      } catch (IOException | IllegalArgumentException e) {
        rejects.add(new Reject(input, "read", "cannot list: " + e.getMessage()));
      }
    }
    return files;
  }

  private static boolean hidden(String relative) {
    for (String part : relative.split("/")) {
      if (part.startsWith(".") || part.startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  /** Opens a file's bytes; for streams that Spark hands to a task. */
  interface Opener {
    InputStream open() throws IOException;
  }

  /**
   * The items of one file, lazily (a large JSON Lines file is streamed, never held whole). {@code
   * skipped} is told of WARC records that are not documents.
   */
  static Iterator<Item> read(
      String file, Opener opener, LocalDate published, LongConsumer skipped) {
    DocumentReader reader = new DocumentReader(published);
    String name = file.substring(file.lastIndexOf('/') + 1);
    try {
      if (WarcReader.isWarc(name)) {
        return warc(new WarcReader(reader, opener.open(), file), file, skipped);
      }
      // Hadoop's own parsing, so that names with spaces, '%' or '#' are read as they are.
      URI uri = new org.apache.hadoop.fs.Path(file).toUri();
      if ("file".equals(uri.getScheme()) || uri.getScheme() == null) {
        return items(reader.read(Path.of(uri.getPath())), null, file);
      }
      Path dir = Files.createTempDirectory("harmwatch-batch-");
      Path copy = dir.resolve(name);
      try (InputStream in = opener.open()) {
        Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      }
      return items(reader.read(copy), dir, file);
    } catch (IOException | RuntimeException e) {
      return List.of(Item.rejected(file, "read", "cannot read: " + e)).iterator();
    }
  }

  private static Iterator<Item> warc(WarcReader warc, String file, LongConsumer skipped) {
    return new Iterator<>() {
      private final List<Item> pending = new ArrayList<>();
      private boolean done;

      @Override
      public boolean hasNext() {
        while (pending.isEmpty() && !done) {
          List<ReadResult> r = warc.next();
          if (r == null) {
            done = true;
            skipped.accept(warc.skipped());
          } else {
            r.forEach(x -> pending.add(item(x, file)));
          }
        }
        return !pending.isEmpty();
      }

      @Override
      public Item next() {
        if (!hasNext()) {
          throw new NoSuchElementException(file);
        }
        return pending.remove(0);
      }
    };
  }

  // Iterates a reader's stream and closes it (and deletes a temporary copy) at its end.
  private static Iterator<Item> items(Stream<ReadResult> results, Path tempDir, String file) {
    Iterator<ReadResult> it = results.iterator();
    return new Iterator<>() {
      private boolean closed;

      @Override
      public boolean hasNext() {
        if (closed) {
          return false;
        }
        if (it.hasNext()) {
          return true;
        }
        closed = true;
        results.close();
        if (tempDir != null) {
          try (Stream<Path> files = Files.walk(tempDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
          } catch (IOException | UncheckedIOException e) {
            // A temporary copy left behind costs disk space only; the items were read.
          }
        }
        return false;
      }

      @Override
      public Item next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return item(it.next(), file);
      }
    };
  }

  private static Item item(ReadResult r, String file) {
    if (r instanceof ReadResult.Read read) {
      return Item.of(DocRow.of(read.document(), file));
    }
    ReadResult.Failed f = (ReadResult.Failed) r;
    return Item.rejected(f.rejected().source(), "read", f.rejected().reason());
  }
}

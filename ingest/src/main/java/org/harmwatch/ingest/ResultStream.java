package org.harmwatch.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy stream of read results pulled one at a time from a source, which is closed with the
 * stream. Not thread-safe: one stream, one consumer.
 */
final class ResultStream {
  /** Produces the next result, or null when the source is exhausted. */
  interface Step {
    ReadResult next();
  }

  private ResultStream() {}

  /** The results of {@code step}; closing the stream closes {@code resource}. */
  static Stream<ReadResult> of(Step step, Closeable resource, String source) {
    Iterator<ReadResult> it =
        new Iterator<>() {
          private ReadResult next;
          private boolean done;

          @Override
          public boolean hasNext() {
            if (next == null && !done) {
              next = step.next();
              done = next == null;
            }
            return next != null;
          }

          @Override
          public ReadResult next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            ReadResult r = next;
            next = null;
            return r;
          }
        };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false)
        .onClose(
            () -> {
              try {
                resource.close();
              } catch (IOException e) {
                throw new UncheckedIOException("cannot close " + source, e);
              }
            });
  }
}

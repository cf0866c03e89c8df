package org.harmwatch.core.watch;

/** Polls watched sources now, whatever their schedule. Implementations are thread-safe. */
public interface SourcePoller {
  /**
   * Polls the source {@code id} once and records the outcome in its state.
   *
   * @throws java.util.NoSuchElementException when there is no such source
   */
  PollReport poll(long id);
}

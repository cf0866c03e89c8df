package org.harmwatch.export;

import java.io.IOException;

/**
 * Writes incidents in one export format as they come, without holding them: {@link #begin} once,
 * {@link #write} per incident, {@link #end} once. Not thread-safe.
 */
public interface IncidentWriter {
  /** Starts the output (a header, an opening bracket); {@code total} is how many will follow. */
  void begin(long total) throws IOException;

  /**
   * Why this format cannot hold {@code record} (e.g. "no date": ACLED's rows need one), or null
   * when it can; an export leaves such records out and counts them by reason. By default every
   * record can be written.
   */
  default String refusal(ExportRecord record) {
    return null;
  }

  /** Writes one incident. */
  void write(ExportRecord record) throws IOException;

  /** Ends the output and flushes it; the underlying stream stays open. */
  void end() throws IOException;
}

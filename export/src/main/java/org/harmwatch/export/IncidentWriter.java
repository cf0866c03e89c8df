package org.harmwatch.export;

import java.io.IOException;

/**
 * Writes incidents in one export format as they come, without holding them: {@link #begin} once,
 * {@link #write} per incident, {@link #end} once. Not thread-safe.
 */
public interface IncidentWriter {
  /** Starts the output (a header, an opening bracket); {@code total} is how many will follow. */
  void begin(long total) throws IOException;

  /** Writes one incident. */
  void write(ExportRecord record) throws IOException;

  /** Ends the output and flushes it; the underlying stream stays open. */
  void end() throws IOException;
}

package org.harmwatch.export;

import java.io.IOException;
import java.util.Objects;
import org.harmwatch.core.text.Withheld;
import org.harmwatch.core.text.WithheldMask;

/**
 * An export writer that masks withheld strings (sensitive spans) in every record before the writer
 * it wraps sees it, so that no export format can leak one. Not thread-safe, like the writers.
 */
public final class WithholdingWriter implements IncidentWriter {
  private final IncidentWriter out;
  private final WithheldMask mask;

  public WithholdingWriter(IncidentWriter out, WithheldMask mask) {
    this.out = Objects.requireNonNull(out, "out");
    this.mask = Objects.requireNonNull(mask, "mask");
  }

  /** {@code record} with its texts masked. */
  public ExportRecord masked(ExportRecord record) {
    return mask.isEmpty()
        ? record
        : new ExportRecord(
            Withheld.incident(record.incident(), mask),
            Withheld.corroborated(record.corroborated(), mask),
            record.review());
  }

  @Override
  public void begin(long total) throws IOException {
    out.begin(total);
  }

  @Override
  public String refusal(ExportRecord record) {
    return out.refusal(record);
  }

  @Override
  public void write(ExportRecord record) throws IOException {
    out.write(masked(record));
  }

  @Override
  public void end() throws IOException {
    out.end();
  }
}

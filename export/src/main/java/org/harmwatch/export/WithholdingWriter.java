package org.harmwatch.export;

import java.io.IOException;
import java.util.Objects;
import java.util.Set;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.text.Withheld;
import org.harmwatch.core.text.WithheldMask;

/**
 * An export writer that masks withheld strings (sensitive spans) in every record before the writer
 * it wraps sees it, so that no export format can leak one. Not thread-safe, like the writers.
 */
public final class WithholdingWriter implements IncidentWriter {
  private final IncidentWriter out;
  private final WithheldMask mask;
  private final Set<String> restricted;

  /** Masks {@code mask}'s strings; writes no quote of the {@code restricted} documents. */
  public WithholdingWriter(IncidentWriter out, WithheldMask mask, Set<String> restricted) {
    this.out = Objects.requireNonNull(out, "out");
    this.mask = Objects.requireNonNull(mask, "mask");
    this.restricted = Set.copyOf(restricted);
  }

  /** Masks {@code mask}'s strings. */
  public WithholdingWriter(IncidentWriter out, WithheldMask mask) {
    this(out, mask, Set.of());
  }

  /** {@code record} with its texts masked and the quotes of restricted documents left out. */
  public ExportRecord masked(ExportRecord record) {
    if (mask.isEmpty() && restricted.isEmpty()) {
      return record;
    }
    Incident i = record.incident();
    if (i.document() != null && restricted.contains(i.document().id())) {
      i = Withheld.withoutQuotes(i);
    }
    return new ExportRecord(
        Withheld.incident(i, mask),
        Withheld.corroborated(Withheld.withoutQuotesOf(record.corroborated(), restricted), mask),
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

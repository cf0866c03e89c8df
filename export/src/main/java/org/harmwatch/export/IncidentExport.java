package org.harmwatch.export;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.harmwatch.core.corroboration.Corroborated;
import org.harmwatch.core.corroboration.Corroboration;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.review.ReviewState;
import org.harmwatch.core.review.ReviewStore;
import org.harmwatch.core.store.IncidentQuery;
import org.harmwatch.core.store.IncidentStore;
import org.harmwatch.core.store.Page;

/**
 * Streams the incidents matching a query to an {@link IncidentWriter}, page by page through the
 * store, with each page's corroboration and review states read in one call each: memory stays that
 * of one page whatever the size of the result. Pages are read one after another, not in one
 * transaction: an incident stored or edited while an export runs may be missed or written twice.
 * Thread-safe when the services are.
 */
public final class IncidentExport {
  /** The page size read from the store. */
  public static final int PAGE = 500;

  private final IncidentStore store;
  private final Corroboration corroboration;
  private final ReviewStore reviews;

  /** An export over {@code store}; {@code corroboration} and {@code reviews} may be null (none). */
  public IncidentExport(IncidentStore store, Corroboration corroboration, ReviewStore reviews) {
    this.store = Objects.requireNonNull(store, "store");
    this.corroboration = corroboration;
    this.reviews = reviews;
  }

  /**
   * Writes every incident matching {@code query} (its paging ignored), at most {@code max} of them
   * after skipping {@code offset}, in the order of {@link IncidentStore#search}; an incident the
   * format cannot hold ({@link IncidentWriter#refusal}) is left out and counted, and still counts
   * towards {@code max}. Returns how many were written and left out. A full-text part the store
   * cannot parse throws {@link IllegalArgumentException} before anything is written.
   */
  public ExportSummary run(IncidentQuery query, long offset, long max, IncidentWriter writer)
      throws IOException {
    if (offset < 0 || max < 0) {
      throw new IllegalArgumentException("offset and max must be >= 0: " + offset + ", " + max);
    }
    long written = 0;
    long seen = 0;
    Map<String, Long> leftOut = new LinkedHashMap<>();
    long at = offset;
    Page<Incident> page =
        store.search(query.page(pageSize(max), (int) Math.min(Integer.MAX_VALUE, at)));
    long total = Math.max(0, Math.min(max, page.total() - offset));
    writer.begin(total);
    while (!page.items().isEmpty() && seen < max) {
      List<Incident> items = page.items();
      List<String> ids = items.stream().map(Incident::id).toList();
      Map<String, Corroborated> corroborated =
          corroboration == null ? Map.of() : corroboration.corroboration(ids);
      Map<String, ReviewState> states = reviews == null ? Map.of() : reviews.states(ids);
      for (Incident i : items) {
        if (seen >= max) {
          break;
        }
        seen++;
        ExportRecord r = new ExportRecord(i, corroborated.get(i.id()), states.get(i.id()));
        String refusal = writer.refusal(r);
        if (refusal != null) {
          leftOut.merge(refusal, 1L, Long::sum);
          continue;
        }
        writer.write(r);
        written++;
      }
      at += items.size();
      if (at >= page.total() || seen >= max || at > Integer.MAX_VALUE) {
        break;
      }
      page = store.search(query.page(pageSize(max - seen), (int) at));
    }
    writer.end();
    return new ExportSummary(written, leftOut);
  }

  private static int pageSize(long left) {
    return (int) Math.max(1, Math.min(PAGE, left));
  }
}

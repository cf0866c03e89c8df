package org.harmwatch.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.harmwatch.core.corroboration.Corroboration;
import org.harmwatch.core.reference.CrossCheck;
import org.harmwatch.core.reference.ReferenceDataset;
import org.harmwatch.core.reference.ReferenceEvent;
import org.harmwatch.core.reference.ReferenceStore;
import org.harmwatch.core.review.ReviewStore;
import org.harmwatch.core.store.IncidentQuery;
import org.harmwatch.core.store.IncidentStore;
import org.harmwatch.export.ExportRecord;
import org.harmwatch.export.IncidentExport;
import org.harmwatch.export.IncidentWriter;

/**
 * Runs a cross-check of our incidents against one reference dataset and stores its outcome.
 *
 * <p>Our side is every incident the default search shows (not deleted, not merged into another)
 * within the dataset's coverage: its countries and the days from its first to its last event (an
 * incident elsewhere is not "missing" from a dataset that does not cover it). Figures are the
 * reconciled ones, as the exports write them. Thread-safe when the services are.
 */
public final class CrossCheckService {
  private final IncidentExport incidents;
  private final ReferenceStore store;
  private final CrossChecker checker = new CrossChecker();

  /** A service over our store (with corroboration and review, either may be null). */
  public CrossCheckService(
      IncidentStore ours, Corroboration corroboration, ReviewStore reviews, ReferenceStore store) {
    this.incidents = new IncidentExport(ours, corroboration, reviews);
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * Checks {@code dataset} and replaces its stored outcome.
   *
   * @throws NoSuchElementException when no dataset has that name
   */
  public CrossCheck run(String dataset) {
    long t0 = System.nanoTime();
    ReferenceDataset version =
        store.datasets().stream()
            .filter(d -> d.name().equals(dataset))
            .findFirst()
            .orElseThrow(
                () -> new NoSuchElementException("no reference dataset '" + dataset + "'"));
    List<ReferenceEvent> theirs = new ArrayList<>();
    store.forEachEvent(dataset, theirs::add);
    Set<String> countries = new HashSet<>();
    LocalDate first = null;
    LocalDate last = null;
    for (ReferenceEvent e : theirs) {
      if (e.countryCode() != null) {
        countries.add(e.countryCode());
      }
      first = first == null || e.dateStart().isBefore(first) ? e.dateStart() : first;
      last = last == null || e.dateEnd().isAfter(last) ? e.dateEnd() : last;
    }
    List<CheckedIncident> ours = new ArrayList<>();
    if (first != null) {
      IncidentQuery q =
          new IncidentQuery(
              first,
              last,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              IncidentQuery.MAX_LIMIT,
              0);
      try {
        incidents.run(
            q,
            0,
            Long.MAX_VALUE,
            new IncidentWriter() {
              @Override
              public void begin(long total) {}

              @Override
              public void write(ExportRecord r) {
                CheckedIncident c = CheckedIncident.of(r);
                if (c.countryCode() != null && countries.contains(c.countryCode())) {
                  ours.add(c);
                }
              }

              @Override
              public void end() {}
            });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    CrossChecker.Outcome out = checker.check(ours, theirs);
    CrossCheck check =
        new CrossCheck(
            dataset,
            version.version(),
            store.now(),
            ours.size(),
            theirs.size(),
            out.matches(),
            out.comparisons(),
            (System.nanoTime() - t0) / 1_000_000);
    store.saveCheck(check, out.rows());
    return check;
  }
}

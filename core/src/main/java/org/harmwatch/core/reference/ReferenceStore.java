package org.harmwatch.core.reference;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.harmwatch.core.store.Page;

/**
 * Where reference datasets (ACLED, UCDP GED, ...) and the cross-checks of our incidents against
 * them are kept. Implementations are thread-safe.
 */
public interface ReferenceStore {
  /** The row hashes of the events of {@code dataset}, by event id (empty for a new dataset). */
  Map<String, String> rowHashes(String dataset);

  /** The version of {@code dataset} imported from a file with this SHA-256, if any. */
  Optional<ReferenceDataset> versionOfFile(String dataset, String sha256);

  /**
   * Stores a new version of {@code dataset}: inserts {@code added} (new event ids) and replaces
   * {@code changed} (ids already stored), all in one transaction. Returns the version as stored
   * (its number assigned, {@code events} counted).
   */
  ReferenceDataset addVersion(
      ReferenceDataset version,
      Collection<ReferenceEvent> added,
      Collection<ReferenceEvent> changed);

  /** The latest version of each dataset, by name. */
  List<ReferenceDataset> datasets();

  /** Every version of {@code dataset}, oldest first. */
  List<ReferenceDataset> versions(String dataset);

  /** One event. */
  Optional<ReferenceEvent> event(String dataset, String eventId);

  /** Calls {@code each} with every event of {@code dataset}, in event id order. */
  void forEachEvent(String dataset, Consumer<ReferenceEvent> each);

  /** The events matching {@code query}, by date then id; the total counts every match. */
  Page<ReferenceEvent> search(ReferenceQuery query);

  /** Replaces the outcome of the last cross-check of {@code check.dataset()} with {@code rows}. */
  void saveCheck(CrossCheck check, Collection<CheckRow> rows);

  /** The last cross-check of {@code dataset}, if it was ever checked. */
  Optional<CrossCheck> lastCheck(String dataset);

  /** The rows of the last cross-check of {@code dataset} (all when {@code kind} is null). */
  List<CheckRow> checkRows(String dataset, CheckRow.Kind kind);

  /** The cross-check rows of one incident of ours, by dataset (matches and "ours only"). */
  Map<String, List<CheckRow>> checkRowsOfIncident(String incidentId);

  /** The time now, as the store writes it (for tests: overridable). */
  default Instant now() {
    return Instant.now();
  }
}

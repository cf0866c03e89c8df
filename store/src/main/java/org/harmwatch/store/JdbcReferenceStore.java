package org.harmwatch.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.harmwatch.core.reference.CheckRow;
import org.harmwatch.core.reference.CrossCheck;
import org.harmwatch.core.reference.ReferenceDataset;
import org.harmwatch.core.reference.ReferenceEvent;
import org.harmwatch.core.reference.ReferenceQuery;
import org.harmwatch.core.reference.ReferenceStore;
import org.harmwatch.core.store.Page;

/**
 * {@link ReferenceStore} on the database of a {@link Database} (tables {@code reference_versions},
 * {@code reference_events}, {@code reference_checks} and {@code reference_check_rows}). Imports and
 * cross-checks are serialised within this instance, so that two imports of one dataset never take
 * the same version number. Thread-safe.
 *
 * <p>The work is done by {@link ReferenceVersions} (imports and versions), {@link ReferenceEvents}
 * (event queries) and {@link ReferenceChecks} (cross-check results); this class holds the lock that
 * serialises the writes.
 */
public final class JdbcReferenceStore implements ReferenceStore {
  private final Object writing = new Object();
  private final ReferenceVersions versions;
  private final ReferenceEvents events;
  private final ReferenceChecks checks;

  public JdbcReferenceStore(Database database) {
    DataSource ds = Objects.requireNonNull(database, "database").dataSource();
    this.versions = new ReferenceVersions(ds);
    this.events = new ReferenceEvents(ds);
    this.checks = new ReferenceChecks(ds);
  }

  @Override
  public Map<String, String> rowHashes(String dataset) {
    return versions.rowHashes(dataset);
  }

  @Override
  public Optional<ReferenceDataset> versionOfFile(String dataset, String sha256) {
    return versions.versionOfFile(dataset, sha256);
  }

  @Override
  public ReferenceDataset addVersion(
      ReferenceDataset v, Collection<ReferenceEvent> added, Collection<ReferenceEvent> changed) {
    synchronized (writing) {
      return versions.addVersion(v, added, changed);
    }
  }

  @Override
  public List<ReferenceDataset> datasets() {
    return versions.datasets();
  }

  @Override
  public List<ReferenceDataset> versions(String dataset) {
    return versions.versions(dataset);
  }

  @Override
  public Optional<ReferenceEvent> event(String dataset, String eventId) {
    return events.event(dataset, eventId);
  }

  @Override
  public void forEachEvent(String dataset, Consumer<ReferenceEvent> each) {
    events.forEachEvent(dataset, each);
  }

  @Override
  public Page<ReferenceEvent> search(ReferenceQuery q) {
    return events.search(q);
  }

  @Override
  public void saveCheck(CrossCheck check, Collection<CheckRow> rows) {
    synchronized (writing) {
      checks.saveCheck(check, rows);
    }
  }

  @Override
  public Optional<CrossCheck> lastCheck(String dataset) {
    return checks.lastCheck(dataset);
  }

  @Override
  public List<CheckRow> checkRows(String dataset, CheckRow.Kind kind) {
    return checks.checkRows(dataset, kind);
  }

  @Override
  public Map<String, List<CheckRow>> checkRowsOfIncident(String incidentId) {
    return checks.checkRowsOfIncident(incidentId);
  }

  /** The time now (for {@link ReferenceStore#now}). */
  @Override
  public Instant now() {
    return JdbcIncidentStore.now();
  }
}

package org.harmwatch.store;

import static org.harmwatch.store.CorroborationRows.documentText;
import static org.harmwatch.store.CorroborationRows.read;
import static org.harmwatch.store.CorroborationRows.sourceRow;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.harmwatch.core.corroboration.ReportLinker;
import org.harmwatch.core.corroboration.ReprintKey;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;

/**
 * Loads reports extracted and linked elsewhere (a batch run over an archive) into a store's
 * database: many documents with their incidents in one transaction, written by the same inserts as
 * {@link JdbcIncidentStore#save}, and links already decided recorded as {@link JdbcCorroboration}
 * records its own. Idempotent: a document whose original is stored (same SHA-256) is skipped, and a
 * report already linked is left alone, so loading the same run twice leaves the same rows. The
 * search index is not touched: {@code serve} finds it behind the database at its next start and
 * rebuilds it ({@link TextIndexer}).
 */
public final class BulkReports {
  /** A document and the incidents extracted from it, in extraction order. */
  public record Report(Document document, List<Incident> incidents) {
    public Report {
      Objects.requireNonNull(document, "document");
      incidents = List.copyOf(incidents);
    }
  }

  /**
   * What one {@link #save} did: documents stored, already there (same original), taken down, and
   * refused because another text holds their id.
   */
  public record Saved(int stored, int known, int takenDown, int idTaken) {}

  /**
   * A link decided by a whole-run linker: report {@code reportId} (a store incident id) belongs to
   * the incident of report {@code firstReportId}; a report that is its own first report starts an
   * incident.
   */
  public record Decided(String reportId, String firstReportId, String reason, double score)
      implements java.io.Serializable {
    public boolean first() {
      return reportId.equals(firstReportId);
    }
  }

  /** What one {@link #link} did: reports that started an incident, joined one, or were skipped. */
  public record Linked(int started, int joined, int skipped) {}

  private final Database database;
  private final CorroborationFigures figures;

  /** Loads into {@code database}; {@code linker} reconciles the figures of linked incidents. */
  public BulkReports(Database database, ReportLinker linker) {
    this.database = Objects.requireNonNull(database, "database");
    this.figures = new CorroborationFigures(database.dataSource(), linker);
  }

  /** Stores the documents and their incidents that are new, all in one transaction. */
  public Saved save(List<Report> reports) {
    return TransactionWork.changing(
        database.dataSource(),
        Writes.Table.INCIDENTS,
        "cannot load " + reports.size() + " documents",
        c -> {
          int stored = 0;
          int known = 0;
          int takenDown = 0;
          int idTaken = 0;
          for (Report r : reports) {
            Document d = r.document();
            if (RowExists.in(c, "documents", "sha256 = ?", d.sha256())) {
              known++;
            } else if (JdbcTakedowns.find(c, "sha256", d.sha256()).isPresent()) {
              takenDown++;
            } else if (RowExists.in(c, "documents", "id = ?", d.id())) {
              idTaken++;
            } else {
              IncidentInserts.insertDocument(c, d);
              for (int n = 0; n < r.incidents().size(); n++) {
                IncidentInserts.insertIncident(c, d, n, r.incidents().get(n));
              }
              stored++;
            }
          }
          return new Saved(stored, known, takenDown, idTaken);
        });
  }

  /**
   * Records decided links in one transaction, each as {@link JdbcCorroboration#link} would have
   * recorded it had it chosen the same incident: a first report becomes a source of its own
   * incident; any other report is folded into the incident its first report belongs to (or starts
   * one when that report is not in the database). Give each run's first reports before the others.
   * A report already linked, or not in the database, is skipped.
   */
  public Linked link(List<Decided> links) {
    return TransactionWork.changing(
        database.dataSource(),
        Writes.Table.INCIDENTS,
        "cannot link " + links.size() + " reports",
        c -> {
          int started = 0;
          int joined = 0;
          int skipped = 0;
          Instant now = JdbcIncidentStore.now();
          String user = JdbcIncidentStore.SYSTEM_USER;
          for (Decided l : links) {
            if (sourceRow(c, l.reportId()).isPresent()) {
              skipped++;
              continue;
            }
            List<Incident> found = read(c, List.of(l.reportId()));
            if (found.isEmpty()) {
              skipped++;
              continue;
            }
            Incident x = found.get(0);
            String reprint = ReprintKey.of(documentText(c, x.document().id()));
            Optional<String> into = l.first() ? Optional.empty() : sourceRow(c, l.firstReportId());
            if (into.isEmpty()) {
              SourceLinks.insertSource(c, x, x.id(), reprint, "first report", 1.0, user, now);
              figures.refreshFigures(c, List.of(x.id()));
              started++;
            } else {
              SourceLinks.insertSource(c, x, into.get(), reprint, l.reason(), l.score(), user, now);
              SourceLinks.fold(c, x, into.get(), l.reason(), l.score(), user, now);
              figures.refreshFigures(c, List.of(into.get()));
              joined++;
            }
          }
          return new Linked(started, joined, skipped);
        });
  }
}

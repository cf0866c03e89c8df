package org.harmwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.review.ReviewStatus;
import org.harmwatch.link.Linking;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Loading reports linked elsewhere (a batch run) on an H2 in-memory database. */
class H2BulkReportsIT {
  static final LocalDate DAY = LocalDate.of(2024, 2, 16);

  private Database db;
  private JdbcIncidentStore store;
  private BulkReports bulk;

  @BeforeEach
  void open() {
    db =
        Database.open(
            DatabaseSettings.h2Memory("t" + UUID.randomUUID().toString().replace("-", "")));
    store = new JdbcIncidentStore(db);
    bulk = new BulkReports(db, new Linking());
  }

  @AfterEach
  void close() {
    store.close();
  }

  static Document doc(String id, String text) {
    return Document.ofText(id, id, DAY, text);
  }

  static Incident attack(int killed) {
    return CorroborationContract.attack("Tominian", 13.28, -4.39, Count.exactly(killed, null), DAY);
  }

  @Test
  void storesNewDocumentsOnceAndSkipsKnownOrClashingOnes() {
    Document a = doc("a", "Attackers killed five villagers near Tominian on Friday.");
    Document b = doc("b", "Five villagers were killed near Tominian on Friday, a mayor said.");
    store.save(a, List.of(attack(5)));
    Document otherA = doc("a", "Another text that claims the id of the first one.");

    BulkReports.Saved saved =
        bulk.save(
            List.of(
                new BulkReports.Report(a, List.of(attack(5))),
                new BulkReports.Report(b, List.of(attack(5))),
                new BulkReports.Report(otherA, List.of())));

    assertThat(saved).isEqualTo(new BulkReports.Saved(1, 1, 0, 1));
    assertThat(store.documentCount()).isEqualTo(2);
    String bId = JdbcIncidentStore.incidentId(b.sha256(), 0);
    assertThat(store.incident(bId)).isPresent();
    assertThat(bulk.save(List.of(new BulkReports.Report(b, List.of(attack(5))))))
        .isEqualTo(new BulkReports.Saved(0, 1, 0, 0));
  }

  @Test
  void recordsDecidedLinksOnceAsCorroborationDoes() throws java.sql.SQLException {
    Document a = doc("a", "Attackers killed five villagers near Tominian on Friday.");
    Document b = doc("b", "Five villagers were killed near Tominian on Friday, a mayor said.");
    bulk.save(
        List.of(
            new BulkReports.Report(a, List.of(attack(5))),
            new BulkReports.Report(b, List.of(attack(6)))));
    String ia = JdbcIncidentStore.incidentId(a.sha256(), 0);
    String ib = JdbcIncidentStore.incidentId(b.sha256(), 0);
    List<BulkReports.Decided> links =
        List.of(
            new BulkReports.Decided(ia, ia, "first report", 1.0),
            new BulkReports.Decided(ib, ia, "same day, same place", 0.9),
            new BulkReports.Decided("inc-missing", ia, "no such report", 0.9));

    assertThat(bulk.link(links)).isEqualTo(new BulkReports.Linked(1, 1, 1));
    assertThat(status(ib)).isEqualTo(ReviewStatus.MERGED.code());
    assertThat(store.documentsOfIncident(ia)).containsExactlyInAnyOrder("a", "b");
    assertThat(new JdbcCorroboration(db, new Linking()).mergedInto(ib)).contains(ia);

    assertThat(bulk.link(links)).isEqualTo(new BulkReports.Linked(0, 0, 3));
  }

  private String status(String id) throws java.sql.SQLException {
    try (var c = db.dataSource().getConnection();
        var ps = c.prepareStatement("SELECT review_status FROM incidents WHERE id = ?")) {
      ps.setString(1, id);
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }
}

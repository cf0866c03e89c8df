package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.harmwatch.core.corroboration.Corroborated;
import org.harmwatch.core.corroboration.ReportLinker;
import org.harmwatch.core.corroboration.SourceReport;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.ActorType;
import org.harmwatch.core.model.Casualties;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.DocumentRef;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;
import org.harmwatch.core.model.SubEventType;
import org.harmwatch.link.Linking;
import org.harmwatch.store.Database;
import org.harmwatch.store.H2Files;
import org.harmwatch.store.JdbcCorroboration;
import org.harmwatch.store.JdbcIncidentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM during {@code relink}: the incident in hand is relinked whole, the command says
 * "interrupted after N; rerun to continue", every incident is either relinked whole or untouched,
 * and a rerun ends where an uninterrupted relink would.
 */
class InterruptedRelinkIT {
  private static final int EVENTS = 40;
  private static final Pattern SAID =
      Pattern.compile("interrupted after (\\d+); rerun to continue");

  @TempDir Path tmp;

  @Test
  void sigtermFinishesTheIncidentInHandAndARerunContinues() throws Exception {
    Path unlinked = tmp.resolve("unlinked");
    storeUnlinked(unlinked);
    Set<Set<String>> relinked = new HashSet<>();
    for (int e = 0; e < EVENTS; e++) {
      relinked.add(Set.of("ev" + e + "a", "ev" + e + "b"));
    }
    Long stoppedAt = null;
    Path data = null;
    // The signal must land between the first and the last incident of the relink.
    for (int attempt = 0; attempt < 6 && stoppedAt == null; attempt++) {
      data = copy(unlinked, tmp.resolve("try" + attempt));
      Path log = tmp.resolve("try" + attempt + ".log");
      Process p = relink(data, log);
      long waited = 0;
      while (p.isAlive() && waited < 120_000 && !Files.readString(log).contains("relinking ")) {
        Thread.sleep(10);
        waited += 10;
      }
      Thread.sleep(20L << attempt);
      p.destroy(); // SIGTERM
      assertThat(p.waitFor(150, TimeUnit.SECONDS)).as("the process ends").isTrue();
      String said = Files.readString(log);
      assertThat(said).doesNotContain("Exception");
      Matcher m = SAID.matcher(said);
      if (m.find()) {
        assertThat(p.exitValue()).isEqualTo(130);
        long n = Long.parseLong(m.group(1));
        Set<Set<String>> partial = incidents(data);
        long merged = 0;
        for (Set<String> incident : partial) {
          assertThat(incident.size() == 1 || relinked.contains(incident))
              .as("%s is relinked whole or not at all", incident)
              .isTrue();
          merged += incident.size() > 1 ? 1 : 0;
        }
        assertThat(merged).as("incidents relinked, by N said").isLessThanOrEqualTo(n);
        stoppedAt = n > 0 && n < EVENTS ? n : null;
      } else {
        assertThat(p.exitValue()).as(said).isZero();
        assertThat(incidents(data)).isEqualTo(relinked);
      }
    }
    assertThat(stoppedAt).as("no SIGTERM landed inside the relink").isNotNull();

    Path log = tmp.resolve("rerun.log");
    Process rerun = relink(data, log);
    assertThat(rerun.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(rerun.exitValue()).as(Files.readString(log)).isZero();
    assertThat(incidents(data)).as("as an uninterrupted relink ends").isEqualTo(relinked);
  }

  /** Two reports of each of {@link #EVENTS} attacks, a fortnight apart, stored without linking. */
  private static void storeUnlinked(Path data) {
    try (Database db = Database.open(H2Files.settings(data));
        JdbcIncidentStore store = new JdbcIncidentStore(db)) {
      JdbcCorroboration unlinked = new JdbcCorroboration(db, new NeverLinks());
      LocalDate first = LocalDate.of(2019, 1, 7);
      for (int e = 0; e < EVENTS; e++) {
        LocalDate day = first.plusWeeks(2L * e);
        for (String copy : List.of("a", "b")) {
          String text =
              "Gunmen killed " + (3 + e % 9) + " villagers in Village " + e + " (" + copy + ").";
          Document d =
              Document.ofText("ev" + e + copy, "Attack in a village", day.plusDays(1), text);
          unlinked.link(store.save(d, List.of(attack(e, day, 3 + e % 9, d))).incidents());
        }
      }
    }
  }

  private static Incident attack(int event, LocalDate day, int killed, Document d) {
    // A degree apart: far enough that no two events are taken for one.
    String place = "Village " + event;
    double lat = 11 + event % 8;
    double lon = -9 + event / 8;
    return new Incident(
        null,
        DocumentRef.of(d),
        EventType.VIOLENCE_AGAINST_CIVILIANS,
        SubEventType.ATTACK,
        IncidentDate.day(day, "on " + day),
        new Location(place, "ML", null, null, lat, lon, LocationPrecision.PLACE, null, place),
        List.of(new Actor("Unidentified Armed Group", ActorType.UNKNOWN, "gunmen")),
        List.of(Actor.civilians("villagers")),
        new Casualties(Count.exactly(killed, "" + killed), null, null, null, null, null),
        List.of(),
        List.of(),
        List.of(),
        0.8,
        null);
  }

  private static Path copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
    return to;
  }

  private static Process relink(Path data, Path log) throws IOException {
    return AppProcess.start(log, "relink", "--db", "h2-file", "--data-dir", data.toString());
  }

  /** The incidents, each as the ids of the documents of its reports. */
  private static Set<Set<String>> incidents(Path data) throws SQLException {
    Map<String, Set<String>> documents = new HashMap<>();
    try (Database db = Database.open(H2Files.settings(data));
        Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT x.incident_id, r.document_id FROM incident_sources x"
                    + " JOIN incidents r ON r.id = x.source_id")) {
      while (rs.next()) {
        documents.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
      }
    }
    return new HashSet<>(documents.values());
  }

  /** {@link Linking} that never links a new report to a stored one. */
  private static final class NeverLinks implements ReportLinker {
    private final Linking linking = new Linking();

    @Override
    public Optional<Match> match(Incident report, Incident stored) {
      return Optional.empty();
    }

    @Override
    public Optional<Match> assess(Incident a, Incident b) {
      return linking.assess(a, b);
    }

    @Override
    public Grouping group(List<Incident> reports, List<Decision> decisions) {
      return linking.group(reports, decisions);
    }

    @Override
    public Corroborated reconcile(String incidentId, List<SourceReport> sources) {
      return linking.reconcile(incidentId, sources);
    }
  }
}

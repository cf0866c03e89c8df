package org.harmwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.harmwatch.core.corroboration.Corroborated;
import org.harmwatch.core.corroboration.Corroboration;
import org.harmwatch.core.corroboration.FigureEstimate;
import org.harmwatch.core.corroboration.SplitResult;
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
import org.harmwatch.core.review.Change;
import org.harmwatch.core.review.ChangeKind;
import org.harmwatch.core.review.ReviewStatus;
import org.harmwatch.core.review.ReviewStore;
import org.harmwatch.core.store.IncidentQuery;
import org.harmwatch.core.store.IncidentStore;
import org.harmwatch.link.Linking;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour of the {@link Corroboration}; run against H2 and PostgreSQL. */
abstract class CorroborationContract {
  private JdbcIncidentStore store;
  private JdbcReviewStore review;
  private JdbcCorroboration corroboration;
  private Database db;

  /** A fresh, empty, migrated database; called before each test (and again by some). */
  protected abstract Database openDatabase();

  /** Closes the test's database, if any, and opens a fresh, empty one. */
  @BeforeEach
  void open() {
    if (store != null) {
      store.close();
    }
    db = openDatabase();
    store = new JdbcIncidentStore(db);
    corroboration = new JdbcCorroboration(db, new Linking());
    review = new JdbcReviewStore(db, List.of(corroboration.figureListener()));
  }

  @AfterEach
  void close() {
    store.close();
  }

  protected IncidentStore store() {
    return store;
  }

  protected ReviewStore review() {
    return review;
  }

  protected Corroboration corroboration() {
    return corroboration;
  }

  static final LocalDate DAY = LocalDate.of(2024, 2, 16);

  /** Stores a one-incident document and links it; returns the stored incident id. */
  String ingest(String docId, String text, LocalDate published, Incident incident) {
    Document d = Document.ofText(docId, docId, published, text);
    List<Incident> stored =
        store().save(d, List.of(incident.withDocument(DocumentRef.of(d)))).incidents();
    corroboration().link(stored);
    return stored.get(0).id();
  }

  static Incident strike(
      String place, double lat, double lon, Count killed, String perpetrator, LocalDate day) {
    return new Incident(
        null,
        new DocumentRef("x", null, null),
        EventType.EXPLOSIONS_REMOTE_VIOLENCE,
        SubEventType.AIR_DRONE_STRIKE,
        IncidentDate.day(day, "on " + day),
        new Location(place, "ML", "Ségou", null, lat, lon, LocationPrecision.PLACE, null, place),
        perpetrator == null
            ? List.of()
            : List.of(new Actor(perpetrator, ActorType.STATE_FORCES, perpetrator)),
        List.of(Actor.civilians("civilians")),
        new Casualties(killed, null, null, null, null, null),
        List.of(),
        List.of(),
        List.of(),
        0.8,
        null);
  }

  static Incident attack(String place, double lat, double lon, Count killed, LocalDate day) {
    return new Incident(
        null,
        new DocumentRef("x", null, null),
        EventType.VIOLENCE_AGAINST_CIVILIANS,
        SubEventType.ATTACK,
        IncidentDate.day(day, "on " + day),
        new Location(place, "ML", "Ségou", null, lat, lon, LocationPrecision.PLACE, null, place),
        List.of(new Actor("JNIM", ActorType.REBEL_GROUP, "jihadists")),
        List.of(Actor.civilians("villagers")),
        new Casualties(killed, null, null, null, null, null),
        List.of(),
        List.of(),
        List.of(),
        0.8,
        null);
  }

  @Test
  void reportsOfOneEventBecomeOneIncidentWithEverySourceAndReconciledFigures() {
    String a =
        ingest(
            "wire",
            "BAMAKO (Reuters) - A drone strike killed at least 20 people at a wedding near Segou.",
            DAY.plusDays(1),
            strike("Segou", 13.43, -6.26, Count.atLeast(20, "at least 20"), "Malian army", DAY));
    String b =
        ingest(
            "local",
            "Une frappe de drone a tué 27 personnes lors d'un mariage à Ségou, selon des élus.",
            DAY.plusDays(2),
            strike("Ségou", 13.44, -6.25, Count.exactly(27, "27"), "Malian army", DAY));
    String c =
        ingest(
            "un",
            "The UN mission documented between 25 and 31 civilian deaths in a strike near Segou.",
            DAY.plusDays(9),
            strike("Segou", 13.45, -6.27, new Count(25, 31, "between 25 and 31"), null, DAY));
    // Another attack the same day in the same region, 90 km away and of another kind.
    String decoy =
        ingest(
            "decoy",
            "Jihadists attacked the village of Dioura, killing 12 villagers.",
            DAY.plusDays(1),
            attack("Dioura", 14.18, -5.05, Count.exactly(12, "12"), DAY));

    String survivor = a; // the first report stays the incident; later ones join it
    Corroborated cor = corroboration().corroboration(List.of(a)).get(a);
    assertThat(cor.incidentId()).isEqualTo(survivor);
    assertThat(cor.sources())
        .extracting(s -> s.documentId())
        .containsExactly("local", "un", "wire");
    // At least 20, 27, and 25 to 31: low 20 (the smallest any source allows), best 27 (the lower
    // median of 20, 27, 31), high 31.
    assertThat(cor.killed()).isEqualTo(new FigureEstimate(20, 27, 31));
    assertThat(cor.killedFrom().best()).containsExactly(b);
    assertThat(cor.killedFrom().high()).containsExactly(c);
    assertThat(cor.independentSources()).isEqualTo(3);
    assertThat(cor.firstReported()).isEqualTo(DAY.plusDays(1));
    assertThat(cor.lastReported()).isEqualTo(DAY.plusDays(9));
    assertThat(cor.sources().stream().filter(s -> s.documentId().equals("local")).findFirst())
        .get()
        .satisfies(s -> assertThat(s.reason()).contains("same day").contains("km apart"));

    assertThat(corroboration().corroboration(List.of(b)).get(b).incidentId()).isEqualTo(a);
    assertThat(corroboration().mergedInto(b)).contains(a);
    assertThat(corroboration().mergedInto(a)).isEmpty();
    assertThat(corroboration().corroboration(List.of(decoy)).get(decoy).sources()).hasSize(1);
    assertThat(store().search(IncidentQuery.all(100)).items())
        .extracting(Incident::id)
        .containsExactlyInAnyOrder(a, decoy);
    assertThat(store().documentsOfIncident(a)).containsExactly("local", "un", "wire");
    assertThat(review().status(b)).isEqualTo(ReviewStatus.MERGED);

    List<Change> history = review().history(a);
    assertThat(history)
        .extracting(Change::kind)
        .containsExactly(ChangeKind.CREATED, ChangeKind.LINKED, ChangeKind.LINKED);
    assertThat(history.get(1).reason()).contains(b).contains("local");
    assertThat(review().history(b))
        .extracting(Change::kind)
        .containsExactly(ChangeKind.CREATED, ChangeKind.MERGED);
  }

  @Test
  void listsFiltersAndSummariesUseTheReconciledFigures() {
    String a =
        ingest(
            "first",
            "A drone strike killed 24 people at a market near Segou.",
            DAY.plusDays(1),
            strike("Segou", 13.43, -6.26, Count.exactly(24, "24"), "Malian army", DAY));
    String b =
        ingest(
            "second",
            "Une frappe de drone a tué 56 personnes au marché de Ségou.",
            DAY.plusDays(2),
            strike("Ségou", 13.44, -6.25, Count.exactly(56, "56"), "Malian army", DAY));
    String c =
        ingest(
            "third",
            "Between 50 and 70 people died in the strike on the Segou market, the UN said.",
            DAY.plusDays(3),
            strike("Segou", 13.45, -6.27, new Count(50, 70, "between 50 and 70"), null, DAY));
    ingest(
        "fourth",
        "Sixty people were killed by the drone at the market of Ségou, elders said.",
        DAY.plusDays(4),
        strike("Ségou", 13.43, -6.26, Count.exactly(60, "60"), null, DAY));
    assertThat(corroboration().mergedInto(b)).contains(a);
    assertThat(corroboration().mergedInto(c)).contains(a);

    FigureEstimate reconciled = new FigureEstimate(24, 56, 70);
    assertThat(corroboration().corroboration(List.of(a)).get(a).killed()).isEqualTo(reconciled);
    assertThat(store().killedFigures(List.of(a))).containsEntry(a, reconciled);
    IncidentQuery fifty =
        new IncidentQuery(
            null, null, null, null, null, null, null, null, null, null, 50, null, 100, 0);
    assertThat(store().search(fifty).items()).extracting(Incident::id).containsExactly(a);
    assertThat(store().summaries(fifty, 10).items())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.killedLow()).isEqualTo(24);
              assertThat(s.killedBest()).isEqualTo(56);
              assertThat(s.killedHigh()).isEqualTo(70);
            });
    IncidentQuery sixty =
        new IncidentQuery(
            null, null, null, null, null, null, null, null, null, null, 57, null, 100, 0);
    assertThat(store().search(sixty).items()).isEmpty();

    // An analyst corrects the first report to 65: the stored figures follow.
    review()
        .correct(
            a,
            "casualties.killed",
            "{\"min\": 65, \"max\": 65, \"text\": \"65\"}",
            "amina",
            "the first report was misread");
    assertThat(store().killedFigures(List.of(a))).containsEntry(a, new FigureEstimate(50, 60, 70));
    assertThat(store().search(sixty).items()).extracting(Incident::id).containsExactly(a);

    // Splitting the UN report off gives both incidents their own reconciled figures.
    corroboration().split(a, List.of("third"), "amina", "another strike");
    assertThat(store().killedFigures(List.of(a, c)))
        .containsEntry(a, new FigureEstimate(56, 60, 65))
        .containsEntry(c, new FigureEstimate(50, 70, 70));
  }

  @Test
  void staleFiguresAreReconciledWhenTheStoreOpens() throws Exception {
    String a =
        ingest(
            "first",
            "A drone strike killed 24 people at a market near Segou.",
            DAY.plusDays(1),
            strike("Segou", 13.43, -6.26, Count.exactly(24, "24"), "Malian army", DAY));
    ingest(
        "second",
        "Une frappe de drone a tué 56 personnes au marché de Ségou.",
        DAY.plusDays(2),
        strike("Ségou", 13.44, -6.25, Count.exactly(56, "56"), "Malian army", DAY));
    // As the migration that added the stored figures leaves an incident of several reports.
    try (java.sql.Connection c = db.dataSource().getConnection();
        java.sql.PreparedStatement ps =
            c.prepareStatement(
                "UPDATE incidents SET killed_low = 24, killed_best = 24, killed_high = 24,"
                    + " figures_stale = TRUE WHERE id = ?")) {
      ps.setString(1, a);
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
    assertThat(new JdbcCorroboration(db, new Linking()).refreshStaleFigures()).isZero();
    assertThat(store().killedFigures(List.of(a))).containsEntry(a, new FigureEstimate(24, 24, 56));
  }

  @Test
  void reprintsOfOneWireStoryCountOnce() {
    String text =
        "BAMAKO (AFP) - A drone strike killed at least 20 people at a wedding near Segou on"
            + " Friday, local officials said, in the deadliest strike this year.";
    String a =
        ingest(
            "afp-1",
            text,
            DAY.plusDays(1),
            strike("Segou", 13.43, -6.26, Count.atLeast(20, "at least 20"), null, DAY));
    ingest(
        "afp-2",
        text + " Read more on our site.",
        DAY.plusDays(1),
        strike("Segou", 13.43, -6.26, Count.atLeast(20, "at least 20"), null, DAY));
    ingest(
        "rights",
        "Human Rights Watch said 34 civilians died in the strike on a wedding in Ségou.",
        DAY.plusDays(20),
        strike("Ségou", 13.43, -6.26, Count.exactly(34, "34"), null, DAY));

    Corroborated cor = corroboration().corroboration(List.of(a)).get(a);
    assertThat(cor.sources()).hasSize(3);
    assertThat(cor.independentSources()).isEqualTo(2);
    // Independent figures 20 (the wire story once) and 34: the lower median is 20.
    assertThat(cor.killed()).isEqualTo(new FigureEstimate(20, 20, 34));
  }

  @Test
  void linkingTwiceChangesNothing() {
    String a =
        ingest(
            "one",
            "A drone strike killed 20 people near Segou.",
            DAY,
            strike("Segou", 13.43, -6.26, Count.exactly(20, "20"), null, DAY));
    String b =
        ingest(
            "two",
            "A drone strike killed 22 people near Ségou.",
            DAY,
            strike("Ségou", 13.43, -6.26, Count.exactly(22, "22"), null, DAY));
    corroboration()
        .link(List.of(store().incident(a).orElseThrow(), store().incident(b).orElseThrow()));
    assertThat(corroboration().corroboration(List.of(a)).get(a).sources()).hasSize(2);
    assertThat(review().history(a)).hasSize(2);
    assertThat(review().history(b)).hasSize(2);
  }

  @Test
  void analystsMergeAndSplitAndRelinkNeverUndoesThem() {
    // Two reports of one strike that the linker keeps apart (34 km apart, tolls far apart).
    String a =
        ingest(
            "a",
            "A drone strike killed 40 people at Sokolo.",
            DAY.plusDays(1),
            strike("Sokolo", 14.73, -6.12, Count.exactly(40, "40"), null, DAY));
    String b =
        ingest(
            "b",
            "A strike near Niono killed 3 people.",
            DAY.plusDays(1),
            strike("Niono", 14.45, -6.0, Count.exactly(3, "3"), null, DAY));
    assertThat(corroboration().corroboration(List.of(a)).get(a).sources()).hasSize(1);
    assertThat(corroboration().related(a, 5)).extracting(r -> r.incident().id()).containsExactly(b);

    Incident merged = corroboration().merge(b, a, "ana", "same strike: Niono is the cercle");
    assertThat(merged.id()).isEqualTo(b);
    assertThat(corroboration().mergedInto(a)).contains(b);
    assertThat(corroboration().corroboration(List.of(b)).get(b).sources())
        .extracting(s -> s.documentId())
        .containsExactly("a", "b");
    assertThat(review().history(b).get(review().history(b).size() - 1))
        .satisfies(
            ch -> {
              assertThat(ch.kind()).isEqualTo(ChangeKind.MERGED);
              assertThat(ch.user()).isEqualTo("ana");
              assertThat(ch.reason()).isEqualTo("same strike: Niono is the cercle");
            });
    assertThat(review().history(a)).extracting(Change::kind).contains(ChangeKind.MERGED);

    corroboration().relink("system");
    assertThat(corroboration().mergedInto(a)).contains(b);
    assertThat(corroboration().corroboration(List.of(b)).get(b).sources()).hasSize(2);

    // A third report joins automatically, then the analyst splits it off again.
    String c =
        ingest(
            "c",
            "Drone strike in Sokolo: 38 dead.",
            DAY.plusDays(2),
            strike("Sokolo", 14.73, -6.12, Count.exactly(38, "38"), null, DAY));
    assertThat(corroboration().mergedInto(c)).contains(b);
    SplitResult split = corroboration().split(b, List.of("c"), "ana", "another strike");
    assertThat(split.kept().id()).isEqualTo(b);
    assertThat(split.created().id()).isEqualTo(c);
    assertThat(corroboration().mergedInto(c)).isEmpty();
    assertThat(review().status(c)).isEqualTo(ReviewStatus.NEW);
    assertThat(store().documentsOfIncident(b)).containsExactly("a", "b");
    assertThat(store().documentsOfIncident(c)).containsExactly("c");
    assertThat(review().history(b)).extracting(Change::kind).contains(ChangeKind.SPLIT);
    // Split apart by hand: neither is offered as the other's related incident to merge back.
    assertThat(corroboration().related(b, 5)).extracting(r -> r.incident().id()).doesNotContain(c);
    assertThat(corroboration().related(c, 5)).extracting(r -> r.incident().id()).doesNotContain(b);

    corroboration().relink("system");
    assertThat(corroboration().mergedInto(c)).isEmpty();
    assertThat(corroboration().mergedInto(a)).contains(b);
    assertThat(corroboration().corroboration(List.of(c)).get(c).sources()).hasSize(1);

    assertThatThrownBy(() -> corroboration().split(b, List.of("b"), "ana", "own report"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("itself");
    assertThatThrownBy(() -> corroboration().merge(b, a, "ana", "again"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already one incident");
    assertThatThrownBy(() -> corroboration().merge(b, "nope", "ana", "x"))
        .isInstanceOf(NoSuchElementException.class);
  }

  /** A story told by several reports plus a decoy, as (document id, text, incident). */
  private record Report(String doc, String text, LocalDate published, Incident incident) {}

  private static List<Report> reports() {
    List<Report> r = new ArrayList<>();
    r.add(
        new Report(
            "s1",
            "BAMAKO (AFP) - Drone strike on a wedding near Segou kills 20.",
            DAY.plusDays(1),
            strike("Segou", 13.43, -6.26, Count.atLeast(20, "at least 20"), "Malian army", DAY)));
    r.add(
        new Report(
            "s2",
            "Frappe de drone à Ségou : 27 morts.",
            DAY.plusDays(2),
            strike("Ségou", 13.44, -6.25, Count.exactly(27, "27"), "Malian army", DAY)));
    r.add(
        new Report(
            "s3",
            "UN: 25 to 31 civilians killed in Segou strike.",
            DAY.plusDays(9),
            strike("Segou", 13.45, -6.27, new Count(25, 31, "25 to 31"), null, DAY)));
    r.add(
        new Report(
            "s4",
            "Rights group: strike in Segou killed 34.",
            DAY.plusDays(12),
            strike(
                "Segou", 13.43, -6.26, Count.exactly(34, "34"), "Malian army", DAY.minusDays(1))));
    r.add(
        new Report(
            "d1",
            "Jihadists attacked Dioura, killing 12.",
            DAY.plusDays(1),
            attack("Dioura", 14.18, -5.05, Count.exactly(12, "12"), DAY)));
    r.add(
        new Report(
            "d2",
            "Dioura attack: 14 villagers killed by JNIM.",
            DAY.plusDays(3),
            attack("Dioura", 14.19, -5.06, Count.exactly(14, "14"), DAY)));
    r.add(
        new Report(
            "e1",
            "A drone strike at Macina killed 5 herders.",
            DAY.plusDays(1),
            strike("Macina", 13.96, -5.36, Count.exactly(5, "5"), "Malian army", DAY)));
    return r;
  }

  /** The incidents as sets of document ids, for comparing databases. */
  private Set<Set<String>> clusters() {
    Set<Set<String>> out = new HashSet<>();
    for (Incident i : store().search(IncidentQuery.all(1000)).items()) {
      out.add(new HashSet<>(store().documentsOfIncident(i.id())));
    }
    return out;
  }

  @Test
  void relinkGivesTheSameIncidentsInAnyIngestOrder() throws Exception {
    List<Report> reports = reports();
    Set<Set<String>> first = null;
    Set<String> firstIds = null;
    for (long seed = 1; seed <= 3; seed++) {
      if (seed > 1) {
        open();
      }
      List<Report> order = new ArrayList<>(reports);
      java.util.Collections.shuffle(order, new java.util.Random(seed));
      for (Report r : order) {
        ingest(r.doc(), r.text(), r.published(), r.incident());
      }
      corroboration().relink("system");
      Set<Set<String>> got = clusters();
      Set<String> ids = new HashSet<>();
      store().search(IncidentQuery.all(1000)).items().forEach(i -> ids.add(i.id()));
      if (first == null) {
        first = got;
        firstIds = ids;
      } else {
        assertThat(got).isEqualTo(first);
        assertThat(ids).isEqualTo(firstIds);
      }
    }
    assertThat(first)
        .containsExactlyInAnyOrder(
            Set.of("s1", "s2", "s3", "s4"), Set.of("d1", "d2"), Set.of("e1"));
  }

  @Test
  void aRelinkStoppedBetweenIncidentsLeavesEachWholeOrUntouchedAndARerunFinishes() {
    Set<Set<String>> finished = null;
    for (int stopAt = 0; ; stopAt++) {
      open();
      // Stored without linking (as if linking had been off), so the relink has work to do.
      JdbcCorroboration unlinked = new JdbcCorroboration(db, new NeverLinks());
      for (Report r : reports()) {
        Document d = Document.ofText(r.doc(), r.doc(), r.published(), r.text());
        unlinked.link(
            store().save(d, List.of(r.incident().withDocument(DocumentRef.of(d)))).incidents());
      }
      int stop = stopAt;
      long[] told = new long[2];
      boolean stopped;
      try {
        corroboration()
            .relink(
                "system",
                (done, total) -> {
                  told[0] = done;
                  told[1] = total;
                  if (done == stop) {
                    throw new IllegalStateException("stop");
                  }
                });
        stopped = false;
      } catch (IllegalStateException e) {
        stopped = true;
      }
      Set<Set<String>> partial = clusters();
      corroboration().relink("system");
      Set<Set<String>> complete = clusters();
      if (finished == null) {
        finished = complete;
      }
      assertThat(complete).as("after the rerun, stopped at %d", stopAt).isEqualTo(finished);
      for (Set<String> cluster : partial) {
        assertThat(cluster.size() == 1 || finished.contains(cluster))
            .as("%s is a whole incident or a report not yet relinked", cluster)
            .isTrue();
      }
      if (stopAt == 0) {
        assertThat(partial).as("stopped before the first").allMatch(c -> c.size() == 1);
      }
      if (!stopped) {
        assertThat(partial).isEqualTo(finished);
        assertThat(told[1]).isEqualTo(finished.size());
        break;
      }
      assertThat(told[0]).isEqualTo(stopAt);
    }
    assertThat(finished)
        .containsExactlyInAnyOrder(
            Set.of("s1", "s2", "s3", "s4"), Set.of("d1", "d2"), Set.of("e1"));
  }

  /** {@link Linking} that never links a new report to a stored one. */
  private static final class NeverLinks implements org.harmwatch.core.corroboration.ReportLinker {
    private final Linking linking = new Linking();

    @Override
    public java.util.Optional<Match> match(Incident report, Incident stored) {
      return java.util.Optional.empty();
    }

    @Override
    public java.util.Optional<Match> assess(Incident a, Incident b) {
      return linking.assess(a, b);
    }

    @Override
    public Grouping group(List<Incident> reports, List<Decision> decisions) {
      return linking.group(reports, decisions);
    }

    @Override
    public Corroborated reconcile(
        String incidentId, List<org.harmwatch.core.corroboration.SourceReport> sources) {
      return linking.reconcile(incidentId, sources);
    }
  }
}

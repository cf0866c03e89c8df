package org.harmwatch.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.ActorType;
import org.harmwatch.core.model.Casualties;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.DatePrecision;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;
import org.harmwatch.core.model.SubEventType;
import org.junit.jupiter.api.Test;

class LinkerTest {
  static final Actor JNIM =
      new Actor("Jama'at Nasr al-Islam wal Muslimin", ActorType.REBEL_GROUP, "JNIM");
  static final Actor FAMA = new Actor("Military Forces of Mali", ActorType.STATE_FORCES, "FAMa");

  static LinkInput in(
      String id,
      String doc,
      LocalDate start,
      LocalDate end,
      DatePrecision dp,
      double lat,
      double lon,
      String place,
      SubEventType sub,
      Actor perp,
      Count killed,
      String fp) {
    IncidentDate d = start == null ? null : new IncidentDate(start, end, dp, "date of " + id);
    Location loc =
        new Location(
            place, "ML", "Mopti", "Bandiagara", lat, lon, LocationPrecision.PLACE, null, place);
    Incident i =
        new Incident(
            id,
            null,
            sub.eventType(),
            sub,
            d,
            loc,
            perp == null ? List.of() : List.of(perp),
            List.of(),
            new Casualties(killed, null, null, null, null, null),
            List.of(),
            List.of(),
            List.of(),
            0.9,
            null);
    return new LinkInput(i, doc, start == null ? LocalDate.of(2024, 3, 12) : end.plusDays(1), fp);
  }

  static final LocalDate D = LocalDate.of(2024, 3, 10);

  /** Five outlets report one massacre at Ogossagou; a different attack 60 km away the same day. */
  static List<LinkInput> fixture() {
    SubEventType att = SubEventType.ATTACK;
    return List.of(
        in(
            "a1",
            "afp",
            D,
            D,
            DatePrecision.DAY,
            14.30,
            -3.60,
            "Ogossagou",
            att,
            JNIM,
            Count.atLeast(30, "at least 30"),
            "wire1"),
        in(
            "a2",
            "site1",
            D,
            D,
            DatePrecision.DAY,
            14.30,
            -3.60,
            "Ogossagou",
            att,
            JNIM,
            Count.atLeast(30, "at least 30"),
            "wire1"),
        in(
            "a3",
            "site2",
            D.minusDays(1),
            D,
            DatePrecision.DAY,
            14.32,
            -3.62,
            "Ogossagou-Peul",
            att,
            JNIM,
            new Count(40, 40, "some 40"),
            null),
        in(
            "a4",
            "hrw",
            D,
            D.plusDays(6),
            DatePrecision.WEEK,
            14.29,
            -3.58,
            "Ogosagou",
            att,
            null,
            new Count(28, 35, "between 28 and 35"),
            null),
        in(
            "a5",
            "un",
            D,
            D,
            DatePrecision.DAY,
            14.30,
            -3.61,
            "Ogossagou",
            att,
            JNIM,
            new Count(null, null, "dozens"),
            null),
        in(
            "b1",
            "site3",
            D,
            D,
            DatePrecision.DAY,
            14.80,
            -3.30,
            "Sobane",
            att,
            JNIM,
            Count.exactly(3, "three"),
            null),
        in(
            "c1",
            "site4",
            D,
            D,
            DatePrecision.DAY,
            14.31,
            -3.60,
            "Ogossagou",
            SubEventType.ABDUCTION_FORCED_DISAPPEARANCE,
            JNIM,
            null,
            null));
  }

  static List<List<String>> ids(LinkResult r) {
    List<List<String>> out = new ArrayList<>();
    for (Cluster c : r.clusters()) {
      out.add(c.members().stream().map(LinkInput::id).toList());
    }
    return out;
  }

  @Test
  void groupsTheFiveReportsAndKeepsHardNegativesApart() {
    LinkResult r = new Linker().link(fixture());
    assertThat(ids(r))
        .containsExactly(List.of("a1", "a2", "a3", "a4", "a5"), List.of("b1"), List.of("c1"));
    Link l = r.clusters().get(0).links().get(0);
    assertThat(l.reason()).contains("same day", "km apart", "both attack", "both name");
  }

  @Test
  void sameResultInAnyInputOrder() {
    LinkResult expected = new Linker().link(fixture());
    Random rnd = new Random(42);
    for (int k = 0; k < 50; k++) {
      List<LinkInput> shuffled = new ArrayList<>(fixture());
      Collections.shuffle(shuffled, rnd);
      assertThat(new Linker().link(shuffled)).isEqualTo(expected);
    }
  }

  @Test
  void manualDecisionsAreHonoured() {
    LinkResult r =
        new Linker()
            .link(
                fixture(),
                List.of(
                    ManualDecision.mustLink("b1", "c1"), ManualDecision.cannotLink("a1", "a3")));
    assertThat(ids(r)).contains(List.of("b1", "c1"));
    for (Cluster c : r.clusters()) {
      List<String> m = c.members().stream().map(LinkInput::id).toList();
      assertThat(m.contains("a1") && m.contains("a3")).isFalse();
    }
  }

  /** Some reports made blurry: week or month dates, region precision without coordinates. */
  static List<LinkInput> mixed(int n, long seed) {
    Random r = new Random(seed);
    List<LinkInput> out = new ArrayList<>();
    for (LinkInput in : LinkerBench.generate(n, seed)) {
      Incident i = in.incident();
      int kind = r.nextInt(10);
      if (kind == 0) {
        LocalDate s = i.date().start();
        i =
            new Incident(
                i.id(),
                null,
                i.eventType(),
                i.subEventType(),
                new IncidentDate(s.minusDays(3), s.plusDays(3), DatePrecision.WEEK, "last week"),
                i.location(),
                i.perpetrators(),
                i.targets(),
                i.casualties(),
                List.of(),
                List.of(),
                List.of(),
                0.8,
                null);
      } else if (kind == 1) {
        Location l = i.location();
        i =
            new Incident(
                i.id(),
                null,
                i.eventType(),
                i.subEventType(),
                i.date(),
                new Location(
                    "centre",
                    l.countryCode(),
                    "A1",
                    null,
                    null,
                    null,
                    LocationPrecision.REGION,
                    null,
                    "centre"),
                i.perpetrators(),
                i.targets(),
                i.casualties(),
                List.of(),
                List.of(),
                List.of(),
                0.8,
                null);
      } else if (kind == 2) {
        i =
            new Incident(
                i.id(),
                null,
                i.eventType(),
                i.subEventType(),
                null,
                i.location(),
                i.perpetrators(),
                i.targets(),
                i.casualties(),
                List.of(),
                List.of(),
                List.of(),
                0.8,
                null);
      }
      out.add(new LinkInput(i, in.documentId(), in.published(), null));
    }
    return out;
  }

  @Test
  void blockingFindsEveryPairThatAllPairsScoringLinks() {
    // Dense enough that many pairs are near in time and space: 1,500 reports over 5 years.
    List<LinkInput> items = mixed(1500, 11);
    Linker linker = new Linker();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      for (int j = i + 1; j < items.size(); j++) {
        linker.match(items.get(i), items.get(j)).ifPresent(l -> expected.add(l.a() + "|" + l.b()));
      }
    }
    List<String> got = new ArrayList<>();
    for (Cluster c : linker.link(items).clusters()) {
      for (Link l : c.links()) {
        got.add(l.a() + "|" + l.b());
      }
    }
    Collections.sort(expected);
    Collections.sort(got);
    assertThat(expected).hasSizeGreaterThan(500);
    assertThat(got).isEqualTo(expected);
  }

  static LinkInput withLocation(LinkInput in, Location loc, String evidence, String doc) {
    Incident i = in.incident();
    return new LinkInput(
        new Incident(
            i.id(),
            i.document(),
            i.eventType(),
            i.subEventType(),
            i.date(),
            loc,
            i.perpetrators(),
            i.targets(),
            i.casualties(),
            i.weapons(),
            i.reportedBy(),
            evidence == null
                ? List.of()
                : List.of(
                    new org.harmwatch.core.model.Evidence(
                        0, evidence.length(), evidence, List.of())),
            i.confidence(),
            i.provenance()),
        doc,
        in.published(),
        in.fingerprint());
  }

  @Test
  void twoIncidentsOfOneDocumentAreNeverLinked() {
    LinkInput a =
        in(
            "x1",
            "doc",
            D,
            D,
            DatePrecision.DAY,
            14.3,
            -3.6,
            "Ogossagou",
            SubEventType.ATTACK,
            JNIM,
            Count.exactly(30, "30"),
            null);
    LinkInput b =
        in(
            "x2",
            "doc",
            D,
            D,
            DatePrecision.DAY,
            14.3,
            -3.6,
            "Ogossagou",
            SubEventType.ATTACK,
            JNIM,
            Count.exactly(30, "30"),
            null);
    assertThat(new Linker().assess(a, b)).isEmpty();
  }

  @Test
  void anUnknownArmedGroupNeitherConfirmsNorContradictsANamedPerpetrator() {
    Actor gunmen = new Actor("Unidentified Armed Group", ActorType.UNKNOWN, "gunmen");
    LinkInput a =
        in(
            "g1",
            "d1",
            D,
            D,
            DatePrecision.DAY,
            14.3,
            -3.6,
            "Ogossagou",
            SubEventType.ATTACK,
            JNIM,
            Count.exactly(30, "30"),
            null);
    LinkInput b =
        in(
            "g2",
            "d2",
            D,
            D,
            DatePrecision.DAY,
            14.3,
            -3.6,
            "Ogossagou",
            SubEventType.ATTACK,
            gunmen,
            Count.exactly(32, "32"),
            null);
    LinkInput c =
        in(
            "g3",
            "d3",
            D,
            D,
            DatePrecision.DAY,
            14.3,
            -3.6,
            "Ogossagou",
            SubEventType.ATTACK,
            FAMA,
            Count.exactly(32, "32"),
            null);
    assertThat(new Linker().assess(a, b).orElseThrow().reason())
        .doesNotContain("perpetrators")
        .doesNotContain("both name");
    assertThat(new Linker().assess(a, c).orElseThrow().reason()).contains("different perpetrators");
    assertThat(new Linker().assess(a, b).orElseThrow().score())
        .isGreaterThan(new Linker().assess(a, c).orElseThrow().score());
  }

  @Test
  void aReportWithoutAResolvedPlaceLinksWhenItsSentencesNameTheOtherReportsPlace() {
    LinkInput located =
        in(
            "n1",
            "wire",
            D,
            D,
            DatePrecision.DAY,
            14.25,
            -5.99,
            "Niono",
            SubEventType.AIR_DRONE_STRIKE,
            FAMA,
            Count.atLeast(18, "at least 18"),
            null);
    LinkInput base =
        in(
            "n2",
            "local",
            D,
            D,
            DatePrecision.DAY,
            0,
            0,
            "x",
            SubEventType.AIR_DRONE_STRIKE,
            null,
            Count.exactly(23, "23"),
            null);
    LinkInput naming =
        withLocation(
            base, null, "Une frappe de drone a touché le marché de Niono dimanche.", "local");
    LinkInput silent = withLocation(base, null, "Une frappe de drone a fait 23 morts.", "local");
    Linker linker = new Linker();
    assertThat(linker.match(located, naming))
        .get()
        .satisfies(l -> assertThat(l.reason()).contains("Niono named by both"));
    assertThat(linker.match(located, silent)).isEmpty();
  }

  @Test
  void anUndatedReportCountsAsTellingOfTheWeekBeforeItsPublication() {
    LinkInput dated =
        in(
            "u1",
            "d1",
            D,
            D,
            DatePrecision.DAY,
            14.3,
            -3.6,
            "Ogossagou",
            SubEventType.ATTACK,
            JNIM,
            Count.exactly(30, "30"),
            null);
    Incident i = dated.incident();
    Incident undated =
        new Incident(
            "u2",
            null,
            i.eventType(),
            i.subEventType(),
            null,
            i.location(),
            i.perpetrators(),
            List.of(),
            i.casualties(),
            List.of(),
            List.of(),
            List.of(),
            0.8,
            null);
    LinkInput soon = new LinkInput(undated, "d2", D.plusDays(2), null);
    LinkInput late = new LinkInput(undated, "d3", D.plusDays(40), null);
    assertThat(Linker.reportedAfter(dated, soon)).isEqualTo(2);
    assertThat(Linker.reportedAfter(dated, late)).isEqualTo(-1);
    assertThat(new Linker().match(dated, soon))
        .get()
        .satisfies(l -> assertThat(l.reason()).contains("reported 2 day(s) after"));
  }
}

package org.harmwatch.link;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.ActorType;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.DatePrecision;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;
import org.harmwatch.core.model.SubEventType;

/**
 * Decides which extracted incidents describe the same real event and groups them into clusters.
 *
 * <p>Thread-safe: immutable configuration; every {@link #link} call uses only local state.
 *
 * <p><b>Blocking.</b> Pairs are scored only within time and space blocks ({@link Blocks}):
 * incidents with a place and a day date by 0.5° grid cell (with the 8 neighbouring cells) and start
 * day; the others by country and week. Each pair is scored at most once, so the cost grows linearly
 * with N at a given density of incidents. Scoring runs in parallel chunks whose results are joined
 * and sorted, so the outcome is the same on any number of threads.
 *
 * <p><b>Scoring.</b> Additive evidence with vetoes: a different country, two named places more than
 * 50 km apart, date ranges more than the tolerance apart, incompatible event types (e.g. armed
 * clash vs abduction) and analyst cannot-links are vetoes. Positive evidence: date overlap,
 * distance or shared admin area, event type, a shared perpetrator, close killed figures, a shared
 * wire fingerprint. A pair is linked when the score reaches {@link #DEFAULT_THRESHOLD}; with a null
 * date or only region/country precision the threshold is raised, so weak evidence needs more
 * agreement.
 *
 * <p><b>Clustering choice.</b> Union-find over accepted pairs processed in a canonical order (score
 * descending, then ids), with must-links applied first and a union refused when it would join two
 * incidents an analyst cannot-linked. Pair acceptance does not depend on input order, and the union
 * order is a total order on pair content, so the result is identical for any permutation of the
 * input. Union-find (rather than best-match to representatives) keeps transitive chains of reprints
 * together; the cannot-link guard and the geographic veto limit chaining across distinct events.
 */
public final class Linker {
  /** Score at which a pair is linked. */
  public static final double DEFAULT_THRESHOLD = 0.55;

  private final double threshold;

  /** Creates a linker with {@link #DEFAULT_THRESHOLD}. */
  public Linker() {
    this(DEFAULT_THRESHOLD);
  }

  /** Creates a linker with the given threshold in (0,1]. */
  public Linker(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold outside (0,1]: " + threshold);
    }
    this.threshold = threshold;
  }

  /** Links incidents, honouring the analysts' decisions. Ids must be unique. */
  public LinkResult link(Collection<LinkInput> inputs, Collection<ManualDecision> decisions) {
    List<LinkInput> items = new ArrayList<>(inputs);
    items.sort(Comparator.comparing(LinkInput::id));
    int n = items.size();
    Map<String, Integer> index = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      if (index.put(items.get(i).id(), i) != null) {
        throw new IllegalArgumentException("duplicate incident id: " + items.get(i).id());
      }
    }
    Map<Long, ManualDecision.Kind> manual = new HashMap<>();
    for (ManualDecision d : decisions) {
      Integer a = index.get(d.a());
      Integer b = index.get(d.b());
      if (a == null || b == null) {
        continue; // decisions about incidents outside this run do not constrain it
      }
      manual.put(pairKey(a, b), d.kind());
    }

    Blocks blocks = new Blocks(items);
    int chunks = Math.max(1, Math.min(256, n / 2048));
    List<List<Link>> found = new ArrayList<>(chunks);
    long[] comparedPerChunk = new long[chunks];
    for (int k = 0; k < chunks; k++) {
      found.add(null);
    }
    // Chunks are scored in parallel; their results are joined in chunk order and then sorted, so
    // the outcome does not depend on scheduling.
    java.util.stream.IntStream.range(0, chunks)
        .parallel()
        .forEach(
            k -> {
              List<Link> out = new ArrayList<>();
              long[] compared = new long[1];
              int from = (int) ((long) n * k / chunks);
              int to = (int) ((long) n * (k + 1) / chunks);
              for (int i = from; i < to; i++) {
                final int fi = i;
                blocks.candidates(
                    i,
                    j -> {
                      compared[0]++;
                      int a = Math.min(fi, j);
                      int b = Math.max(fi, j);
                      if (manual.containsKey(pairKey(a, b))) {
                        return; // analysts' decisions are applied separately
                      }
                      Link l = score(items.get(a), items.get(b));
                      if (l != null && l.score() >= requiredScore(items.get(a), items.get(b))) {
                        out.add(l);
                      }
                    });
              }
              found.set(k, out);
              comparedPerChunk[k] = compared[0];
            });
    List<Link> accepted = new ArrayList<>();
    long compared = 0;
    for (int k = 0; k < chunks; k++) {
      accepted.addAll(found.get(k));
      compared += comparedPerChunk[k];
    }
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    List<long[]> cannot = new ArrayList<>();
    List<Link> manualLinks = new ArrayList<>();
    manual.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            en -> {
              int a = (int) (en.getKey() >>> 32);
              int b = (int) (long) en.getKey();
              if (en.getValue() == ManualDecision.Kind.MUST_LINK) {
                union(parent, a, b);
                manualLinks.add(
                    new Link(items.get(a).id(), items.get(b).id(), 1.0, "analyst: must-link"));
              } else {
                cannot.add(new long[] {a, b});
              }
            });
    for (long[] c : cannot) {
      if (find(parent, (int) c[0]) == find(parent, (int) c[1])) {
        throw new IllegalArgumentException(
            "cannot-link contradicts must-links: "
                + items.get((int) c[0]).id()
                + " / "
                + items.get((int) c[1]).id());
      }
    }
    accepted.sort(
        Comparator.comparingDouble(Link::score)
            .reversed()
            .thenComparing(Link::a)
            .thenComparing(Link::b));
    List<Link> kept = new ArrayList<>(manualLinks);
    for (Link l : accepted) {
      int ra = find(parent, index.get(l.a()));
      int rb = find(parent, index.get(l.b()));
      if (ra == rb) {
        kept.add(l);
        continue;
      }
      boolean forbidden = false;
      for (long[] c : cannot) {
        int ca = find(parent, (int) c[0]);
        int cb = find(parent, (int) c[1]);
        if ((ca == ra && cb == rb) || (ca == rb && cb == ra)) {
          forbidden = true;
          break;
        }
      }
      if (!forbidden) {
        parent[ra] = rb;
        kept.add(l);
      }
    }

    Map<Integer, List<Integer>> members = new HashMap<>();
    for (int i = 0; i < n; i++) {
      members.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    Map<Integer, List<Link>> linksByRoot = new HashMap<>();
    for (Link l : kept) {
      linksByRoot.computeIfAbsent(find(parent, index.get(l.a())), k -> new ArrayList<>()).add(l);
    }
    List<Cluster> clusters = new ArrayList<>(members.size());
    for (Map.Entry<Integer, List<Integer>> en : members.entrySet()) {
      List<LinkInput> ms = new ArrayList<>();
      for (int i : en.getValue()) {
        ms.add(items.get(i));
      }
      List<Link> ls = new ArrayList<>(linksByRoot.getOrDefault(en.getKey(), List.of()));
      ls.sort(Comparator.comparing(Link::a).thenComparing(Link::b));
      clusters.add(new Cluster(ms.get(0).id(), ms, ls));
    }
    clusters.sort(Comparator.comparing(Cluster::id));
    return new LinkResult(clusters, compared);
  }

  /** Links without analyst decisions. */
  public LinkResult link(Collection<LinkInput> inputs) {
    return link(inputs, List.of());
  }

  /**
   * The link between two incidents when they describe the same event by this linker's rules (the
   * same scoring and threshold as {@link #link}), empty otherwise. The link's ids are in sorted
   * order.
   */
  public java.util.Optional<Link> match(LinkInput x, LinkInput y) {
    LinkInput a = x.id().compareTo(y.id()) <= 0 ? x : y;
    LinkInput b = a == x ? y : x;
    Link l = score(a, b);
    if (l == null || l.score() < requiredScore(a, b)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(l);
  }

  /**
   * The scored comparison of two incidents whether or not it reaches the threshold, empty when a
   * veto makes them certainly different events (e.g. places 80 km apart). For showing analysts near
   * candidates.
   */
  public java.util.Optional<Link> assess(LinkInput x, LinkInput y) {
    LinkInput a = x.id().compareTo(y.id()) <= 0 ? x : y;
    LinkInput b = a == x ? y : x;
    return java.util.Optional.ofNullable(score(a, b));
  }

  private double requiredScore(LinkInput a, LinkInput b) {
    double t = threshold;
    if ((a.incident().date() == null || b.incident().date() == null) && reportedAfter(a, b) < 0) {
      t += 0.15;
    }
    if ((coarse(a.incident().location()) || coarse(b.incident().location()))
        && namedPlace(a, b) == null) {
      t += 0.1;
    }
    // Scores are rounded to 3 decimals; so is the bar, lest 0.55 + 0.15 miss a score of 0.7.
    return Math.min(1.0, Math.round(t * 1000) / 1000.0);
  }

  /**
   * The name of one report's place (a resolved town or village) when the other report's evidence
   * sentences or place phrase name it too (accents and case ignored, whole words), else null. It
   * recovers place agreement when the other report's place was not resolved or only to a region.
   */
  static String namedPlace(LinkInput x, LinkInput y) {
    String n = placeNamedIn(x.incident().location(), y.incident());
    return n != null ? n : placeNamedIn(y.incident().location(), x.incident());
  }

  private static String placeNamedIn(Location l, Incident other) {
    if (l == null || l.precision() != LocationPrecision.PLACE || l.name() == null) {
      return null;
    }
    String name = words(l.name());
    if (name.length() < 4) {
      return null;
    }
    Location ol = other.location();
    if (ol != null && ol.text() != null && words(ol.text()).contains(name)) {
      return l.name();
    }
    for (org.harmwatch.core.model.Evidence e : other.evidence()) {
      if (e.text() != null && words(e.text()).contains(name)) {
        return l.name();
      }
    }
    // Headlines usually name the place ("Hombori: twenty civilians killed ...").
    if (other.document() != null
        && other.document().title() != null
        && words(other.document().title()).contains(name)) {
      return l.name();
    }
    return null;
  }

  /**
   * Days from the dated report's event to the undated report's publication, when exactly one of the
   * two has no event date and the other's event ended within the week before that publication (news
   * reports what just happened); else -1.
   */
  static long reportedAfter(LinkInput x, LinkInput y) {
    boolean xd = x.incident().date() != null;
    boolean yd = y.incident().date() != null;
    if (xd == yd) {
      return -1;
    }
    LinkInput dated = xd ? x : y;
    LinkInput undated = xd ? y : x;
    if (undated.published() == null) {
      return -1;
    }
    IncidentDate d = dated.incident().date();
    long days = ChronoUnit.DAYS.between(d.end(), undated.published());
    boolean fits = !d.start().isAfter(undated.published()) && days <= 7;
    return fits ? Math.max(0, days) : -1;
  }

  // Accent- and case-folded words, each surrounded by single spaces.
  private static String words(String s) {
    return " "
        + java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", " ")
            .trim()
        + " ";
  }

  private static boolean coarse(Location l) {
    return l == null
        || l.precision() == LocationPrecision.REGION
        || l.precision() == LocationPrecision.COUNTRY;
  }

  /** Scores a pair; null means a veto (certainly different events). */
  Link score(LinkInput x, LinkInput y) {
    Incident a = x.incident();
    Incident b = y.incident();
    if (x.documentId().equals(y.documentId())) {
      // The extractor already folds one event told twice in a document into one incident.
      return null;
    }
    double s = 0;
    List<String> why = new ArrayList<>();

    if (a.date() != null && b.date() != null) {
      long gap = gapDays(a.date().start(), a.date().end(), b.date().start(), b.date().end());
      long tol = tolerance(a.date().precision()) + tolerance(b.date().precision());
      if (gap > tol) {
        return null;
      }
      boolean bothDay =
          a.date().precision() == DatePrecision.DAY && b.date().precision() == DatePrecision.DAY;
      if (gap == 0 && bothDay && a.date().start().equals(b.date().start())) {
        s += 0.3;
        why.add("same day");
      } else if (gap == 0) {
        s += bothDay ? 0.25 : 0.15;
        why.add("overlapping dates");
      } else {
        s += 0.1;
        why.add(gap + " day(s) apart");
      }
    }

    long after = reportedAfter(x, y);
    if (after >= 0) {
      s += 0.1;
      why.add("reported " + after + " day(s) after");
    }

    Location la = a.location();
    Location lb = b.location();
    if (la != null && lb != null) {
      if (la.countryCode() != null
          && lb.countryCode() != null
          && !la.countryCode().equals(lb.countryCode())) {
        return null;
      }
      if (la.hasCoordinates()
          && lb.hasCoordinates()
          && la.precision() == LocationPrecision.PLACE
          && lb.precision() == LocationPrecision.PLACE) {
        double km = la.kmTo(lb);
        if (km > 50) {
          return null;
        } else if (km <= 25) {
          s += km <= 5 ? 0.3 : 0.22;
          why.add(Math.round(km) + " km apart");
        } else {
          s += 0.05;
          why.add(Math.round(km) + " km apart");
        }
      } else if (same(la.admin2(), lb.admin2())) {
        s += namedPlace(x, y) != null ? 0.2 : 0.15;
        why.add("same admin2 " + la.admin2());
      } else if (same(la.admin1(), lb.admin1())) {
        String named = namedPlace(x, y);
        s += named != null ? 0.2 : 0.08;
        why.add(named != null ? named + " named by both" : "same admin1 " + la.admin1());
      } else if (la.admin1() != null && lb.admin1() != null) {
        return null;
      }
    } else {
      // One report's place was not resolved; its sentences may still name the other's place.
      String named = namedPlace(x, y);
      if (named != null) {
        s += 0.2;
        why.add(named + " named by both");
      }
    }

    EventType ea = a.eventType();
    EventType eb = b.eventType();
    if (a.subEventType() != b.subEventType()
        && (abductionLike(a.subEventType()) || abductionLike(b.subEventType()))) {
      return null;
    }
    if (a.subEventType() != null && a.subEventType() == b.subEventType()) {
      s += 0.15;
      why.add("both " + a.subEventType().code());
    } else if (ea != null && ea == eb) {
      s += 0.1;
      why.add("both " + ea.name().toLowerCase(Locale.ROOT));
    } else if (ea != null && eb != null) {
      if (!compatible(a.subEventType(), b.subEventType(), ea, eb)) {
        return null;
      }
      s += 0.05;
      why.add("compatible event types");
    }

    List<Actor> actorsA = named(a.perpetrators());
    List<Actor> actorsB = named(b.perpetrators());
    String shared = sharedPerpetrator(actorsA, actorsB);
    if (shared != null) {
      s += 0.15;
      why.add("both name " + shared);
    } else if (!actorsA.isEmpty() && !actorsB.isEmpty()) {
      // Both name who did it, and no name agrees: strong evidence of two events.
      s -= 0.2;
      why.add("different perpetrators");
    }

    Count ka = a.casualties().killed();
    Count kb = b.casualties().killed();
    Integer pa = point(ka);
    Integer pb = point(kb);
    if (pa != null && pb != null) {
      double r = Math.min(pa, pb) / (double) Math.max(1, Math.max(pa, pb));
      if (r >= 0.6) {
        s += 0.1;
        why.add("similar tolls (" + pa + "/" + pb + " killed)");
      } else if (r < 0.3 && Math.max(pa, pb) >= 5) {
        s -= 0.1;
        why.add("different tolls (" + pa + "/" + pb + " killed)");
      }
    }

    if (x.fingerprint() != null && x.fingerprint().equals(y.fingerprint())) {
      s += 0.3;
      why.add("same wire story");
    }
    double score = Math.max(0, Math.min(1, s));
    score = Math.round(score * 1000) / 1000.0;
    return new Link(x.id(), y.id(), score, String.join(", ", why));
  }

  private static boolean compatible(SubEventType sa, SubEventType sb, EventType ea, EventType eb) {
    // One strike is often coded as remote violence by one outlet and as an attack on civilians by
    // another; a clash and an abduction, however, are different events.
    boolean remoteVsCivilian =
        (ea == EventType.EXPLOSIONS_REMOTE_VIOLENCE && eb == EventType.VIOLENCE_AGAINST_CIVILIANS)
            || (eb == EventType.EXPLOSIONS_REMOTE_VIOLENCE
                && ea == EventType.VIOLENCE_AGAINST_CIVILIANS);
    if (remoteVsCivilian) {
      return sa != SubEventType.ABDUCTION_FORCED_DISAPPEARANCE
          && sb != SubEventType.ABDUCTION_FORCED_DISAPPEARANCE
          && sa != SubEventType.SEXUAL_VIOLENCE
          && sb != SubEventType.SEXUAL_VIOLENCE;
    }
    boolean battleVsAttack =
        (ea == EventType.BATTLES && eb == EventType.VIOLENCE_AGAINST_CIVILIANS)
            || (eb == EventType.BATTLES && ea == EventType.VIOLENCE_AGAINST_CIVILIANS);
    return battleVsAttack && (sa == SubEventType.ATTACK || sb == SubEventType.ATTACK);
  }

  private static boolean abductionLike(SubEventType t) {
    return t == SubEventType.ABDUCTION_FORCED_DISAPPEARANCE || t == SubEventType.SEXUAL_VIOLENCE;
  }

  // The perpetrators a report names; "gunmen", "unidentified armed group" and other unknown
  // actors name nobody, so they neither confirm nor contradict another report's perpetrator.
  private static List<Actor> named(List<Actor> actors) {
    List<Actor> out = new ArrayList<>(actors.size());
    for (Actor a : actors) {
      if (a.type() != ActorType.UNKNOWN && !a.name().startsWith("Unidentified")) {
        out.add(a);
      }
    }
    return out;
  }

  private static String sharedPerpetrator(List<Actor> a, List<Actor> b) {
    String best = null;
    for (Actor x : a) {
      for (Actor y : b) {
        if (x.name().equalsIgnoreCase(y.name()) && (best == null || x.name().compareTo(best) < 0)) {
          best = x.name();
        }
      }
    }
    return best;
  }

  /** A point value for a count: the max when given, else the min; null when neither. */
  static Integer point(Count c) {
    if (c == null) {
      return null;
    }
    return c.max() != null ? c.max() : c.min();
  }

  private static boolean same(String a, String b) {
    return a != null && b != null && norm(a).equals(norm(b));
  }

  static String norm(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]", "");
  }

  private static long tolerance(DatePrecision p) {
    return switch (p) {
      case DAY -> 1;
      case WEEK -> 3;
      default -> 7;
    };
  }

  private static long gapDays(LocalDate s1, LocalDate e1, LocalDate s2, LocalDate e2) {
    if (e1.isBefore(s2)) {
      return ChronoUnit.DAYS.between(e1, s2);
    }
    if (e2.isBefore(s1)) {
      return ChronoUnit.DAYS.between(e2, s1);
    }
    return 0;
  }

  private static long pairKey(int a, int b) {
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    return ((long) lo << 32) | (hi & 0xffffffffL);
  }

  private static int find(int[] p, int i) {
    while (p[i] != i) {
      p[i] = p[p[i]];
      i = p[i];
    }
    return i;
  }

  private static void union(int[] p, int a, int b) {
    int ra = find(p, a);
    int rb = find(p, b);
    if (ra != rb) {
      p[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}

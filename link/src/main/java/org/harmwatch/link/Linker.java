package org.harmwatch.link;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;

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
      manual.put(PairClustering.key(a, b), d.kind());
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
                      if (manual.containsKey(PairClustering.key(a, b))) {
                        return; // analysts' decisions are applied separately
                      }
                      Link l = PairScorer.score(items.get(a), items.get(b));
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
    List<Cluster> clusters = PairClustering.clusters(items, index, manual, accepted);
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
    Link l = PairScorer.score(a, b);
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
    return java.util.Optional.ofNullable(PairScorer.score(a, b));
  }

  private double requiredScore(LinkInput a, LinkInput b) {
    double t = threshold;
    if ((a.incident().date() == null || b.incident().date() == null) && reportedAfter(a, b) < 0) {
      t += 0.15;
    }
    if ((coarse(a.incident().location()) || coarse(b.incident().location()))
        && PairScorer.namedPlace(a, b) == null) {
      t += 0.1;
    }
    // Scores are rounded to 3 decimals; so is the bar, lest 0.55 + 0.15 miss a score of 0.7.
    return Math.min(1.0, Math.round(t * 1000) / 1000.0);
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

  private static boolean coarse(Location l) {
    return l == null
        || l.precision() == LocationPrecision.REGION
        || l.precision() == LocationPrecision.COUNTRY;
  }
}

package org.harmwatch.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.harmwatch.core.model.DatePrecision;
import org.harmwatch.core.model.SubEventType;
import org.junit.jupiter.api.Test;

class PairClusteringTest {
  private static final LocalDate D = LocalDate.of(2024, 3, 10);

  private static List<LinkInput> items(String... ids) {
    List<LinkInput> out = new ArrayList<>();
    for (String id : ids) {
      out.add(
          LinkerTest.in(
              id,
              "doc-" + id,
              D,
              D,
              DatePrecision.DAY,
              14.0,
              -3.0,
              "Village",
              SubEventType.ATTACK,
              null,
              null,
              null));
    }
    return out;
  }

  private static Map<String, Integer> index(List<LinkInput> items) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      index.put(items.get(i).id(), i);
    }
    return index;
  }

  private static List<List<String>> members(List<Cluster> clusters) {
    return clusters.stream().map(c -> c.members().stream().map(LinkInput::id).toList()).toList();
  }

  @Test
  void acceptedPairsChainIntoOneClusterAndLoneItemsStayAlone() {
    List<LinkInput> items = items("a", "b", "c", "d");
    List<Link> accepted =
        new ArrayList<>(List.of(new Link("a", "b", 0.7, "x"), new Link("b", "c", 0.6, "y")));

    List<Cluster> clusters =
        PairClustering.clusters(items, index(items), new HashMap<>(), accepted);

    assertThat(members(clusters)).containsExactly(List.of("a", "b", "c"), List.of("d"));
    assertThat(clusters.get(0).links()).extracting(Link::a).containsExactly("a", "b");
  }

  @Test
  void aCannotLinkRefusesTheUnionThatWouldJoinItsPairEvenThroughAChain() {
    List<LinkInput> items = items("a", "b", "c");
    Map<Long, ManualDecision.Kind> manual = new HashMap<>();
    manual.put(PairClustering.key(0, 2), ManualDecision.Kind.CANNOT_LINK);
    // The stronger pair wins; the weaker one would chain a to c and is refused.
    List<Link> accepted =
        new ArrayList<>(List.of(new Link("b", "c", 0.6, "y"), new Link("a", "b", 0.9, "x")));

    List<Cluster> clusters = PairClustering.clusters(items, index(items), manual, accepted);

    assertThat(members(clusters)).containsExactly(List.of("a", "b"), List.of("c"));
  }

  @Test
  void aMustLinkJoinsWithoutAScoredPairAndIsShownAsTheAnalystsLink() {
    List<LinkInput> items = items("a", "b");
    Map<Long, ManualDecision.Kind> manual = new HashMap<>();
    manual.put(PairClustering.key(1, 0), ManualDecision.Kind.MUST_LINK);

    List<Cluster> clusters =
        PairClustering.clusters(items, index(items), manual, new ArrayList<>());

    assertThat(members(clusters)).containsExactly(List.of("a", "b"));
    assertThat(clusters.get(0).links())
        .extracting(Link::reason)
        .containsExactly("analyst: must-link");
  }

  @Test
  void aCannotLinkBetweenIncidentsThatMustLinksJoinIsRefusedNamingBoth() {
    List<LinkInput> items = items("a", "b", "c");
    Map<Long, ManualDecision.Kind> manual = new HashMap<>();
    manual.put(PairClustering.key(0, 1), ManualDecision.Kind.MUST_LINK);
    manual.put(PairClustering.key(1, 2), ManualDecision.Kind.MUST_LINK);
    manual.put(PairClustering.key(0, 2), ManualDecision.Kind.CANNOT_LINK);

    assertThatThrownBy(
            () -> PairClustering.clusters(items, index(items), manual, new ArrayList<>()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a / c");
  }
}

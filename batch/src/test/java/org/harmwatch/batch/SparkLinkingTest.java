package org.harmwatch.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.harmwatch.link.Blocking;
import org.harmwatch.link.Cluster;
import org.harmwatch.link.Link;
import org.harmwatch.link.LinkInput;
import org.harmwatch.link.LinkResult;
import org.harmwatch.link.Linker;
import org.junit.jupiter.api.Test;

/**
 * Spark linking against {@link Linker#link} on synthetic reports that take every blocking path:
 * sharp ones, region-and-week ones, undated ones and ones without a place.
 */
class SparkLinkingTest {
  @Test
  void givesTheLinkersLinksAndClusters() {
    List<IncidentRow> rows = BatchBench.synthetic(4000, 11);
    LinkResult expected = new Linker().link(rows.stream().map(IncidentRow::linkInput).toList());

    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(LocalSpark.get().sparkContext());
    SparkLinking.Linked linked = SparkLinking.link(jsc.parallelize(rows, 4), 4);

    Set<Link> links = new HashSet<>();
    linked.links().collect().forEach(l -> links.add(new Link(l.a(), l.b(), l.score(), l.reason())));
    Set<Link> expectedLinks = new HashSet<>();
    Map<String, String> expectedCluster = new HashMap<>();
    for (Cluster c : expected.clusters()) {
      expectedLinks.addAll(c.links());
      if (c.members().size() > 1) {
        for (LinkInput m : c.members()) {
          expectedCluster.put(m.id(), c.id());
        }
      }
    }
    assertThat(expectedLinks).hasSizeGreaterThan(2000);
    assertThat(links).isEqualTo(expectedLinks);
    assertThat(linked.clusterOf().collectAsMap()).isEqualTo(expectedCluster);
    // Label propagation (for more links than the driver takes) gives the same components.
    assertThat(SparkLinking.components(linked.links(), 4).collectAsMap())
        .isEqualTo(expectedCluster);
  }

  @Test
  void offersThePairsTheLinkersBlockingOffers() {
    // Dense enough that every kind of pair (sharp-sharp, blurry-sharp, undated, placeless) meets.
    List<SparkLinking.Placed> ps =
        BatchBench.synthetic(700, 5).stream().map(SparkLinking.Placed::of).toList();
    List<LinkInput> in = ps.stream().map(p -> p.row().linkInput()).toList();
    int offered = 0;
    for (int i = 0; i < ps.size(); i++) {
      for (int j = i + 1; j < ps.size(); j++) {
        boolean expected = Blocking.offered(in.get(i), in.get(j));
        assertThat(SparkLinking.offered(ps.get(i), ps.get(j)))
            .as("%s and %s", ps.get(i), ps.get(j))
            .isEqualTo(expected);
        offered += expected ? 1 : 0;
      }
    }
    assertThat(offered).isGreaterThan(1000);
  }
}

package org.harmwatch.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
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
  }
}

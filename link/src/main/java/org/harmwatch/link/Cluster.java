package org.harmwatch.link;

import java.util.List;

/**
 * A group of incidents judged to describe one real event. Immutable. Members are sorted by id; the
 * cluster id is the smallest member id.
 */
public record Cluster(String id, List<LinkInput> members, List<Link> links) {
  public Cluster {
    members = List.copyOf(members);
    links = List.copyOf(links);
  }
}

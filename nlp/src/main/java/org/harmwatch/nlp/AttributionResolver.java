package org.harmwatch.nlp;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The attribution slot resolver: who reports the incident (reported_by), from its own sentences,
 * the groups that claim it, the source lines beside it, the organisation a report's paragraph
 * names, or the previous incident's reporters for "another strike" in the same paragraph, else the
 * state source the document names first (a retold army statement).
 */
final class AttributionResolver {
  private final RoleResolver roles;
  private final CodingPolicy policy;

  AttributionResolver(RoleResolver roles, CodingPolicy policy) {
    this.roles = roles;
    this.policy = policy;
  }

  /** Who reports {@code d}, an incident in {@code country}, in the order first named. */
  List<String> resolve(IncidentDraft d, String country, EvidenceMarks marks) {
    Set<String> reporters = new LinkedHashSet<>();
    for (SentenceFacts f : d.facts) {
      if (!f.sources().isEmpty()) {
        policy.addSources(f.sources(), country, reporters);
        marks.mark(f, "reported_by");
      }
    }
    for (SentenceFacts f : d.facts) {
      // "JNIM claimed the abduction of 48 passengers near Boni": the claim tells the facts, unless
      // the sentence names who else does ("... 17 were killed, the governor said").
      if (f.sources().isEmpty() && (!f.casualties().isEmpty() || !f.locations().isEmpty())) {
        List<String> claimants = roles.claimants(f.sentence().text(), country);
        if (!claimants.isEmpty()) {
          reporters.addAll(claimants);
          marks.mark(f, "reported_by");
        }
      }
    }
    for (SentenceFacts f : d.claimFacts) {
      List<String> claimants = roles.claimants(f.sentence().text(), country);
      if (!claimants.isEmpty()) {
        reporters.addAll(claimants);
        marks.markAround(f, "reported_by");
      }
    }
    for (SentenceFacts f : d.sourceFacts) {
      int sizeBefore = reporters.size();
      policy.addSources(f.sources(), country, reporters);
      if (reporters.size() != sizeBefore) {
        marks.markAround(f, "reported_by");
      }
    }
    if (reporters.isEmpty() && d.paragraphSource != null) {
      reporters.add(d.paragraphSource);
    }
    if (reporters.isEmpty()
        && d.previous != null
        && d.previous.built != null
        && (d.another || d.previous.paragraph == d.paragraph)) {
      reporters.addAll(d.previous.built.reportedBy());
    }
    if (reporters.isEmpty() && d.documentSource != null) {
      policy.addSources(List.of(d.documentSource), country, reporters);
    }
    return List.copyOf(reporters);
  }
}

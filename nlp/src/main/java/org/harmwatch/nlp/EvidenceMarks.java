package org.harmwatch.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.harmwatch.core.model.Evidence;
import org.harmwatch.nlp.text.Sentence;

/**
 * Which fields of an incident each of its sentences supports, as the slot resolvers fill them;
 * becomes the incident's evidence. Local to building one incident.
 */
final class EvidenceMarks {
  private final Map<SentenceFacts, Set<String>> fields = new LinkedHashMap<>();

  /** Marks for the sentences that tell the incident, each supporting no field yet. */
  EvidenceMarks(List<SentenceFacts> told) {
    for (SentenceFacts f : told) {
      fields.put(f, new LinkedHashSet<>());
    }
  }

  /** {@code f}, one of the sentences that tell the incident, supports {@code field}. */
  void mark(SentenceFacts f, String field) {
    fields.get(f).add(field);
  }

  /** {@code f}, maybe a sentence around the incident (a label, a claim), supports {@code field}. */
  void markAround(SentenceFacts f, String field) {
    fields.computeIfAbsent(f, k -> new LinkedHashSet<>()).add(field);
  }

  /** {@code f} becomes evidence, supporting no field yet. */
  void open(SentenceFacts f) {
    fields.put(f, new LinkedHashSet<>());
  }

  /** The evidence, in document order. */
  List<Evidence> evidence() {
    List<Evidence> evidence = new ArrayList<>();
    for (Map.Entry<SentenceFacts, Set<String>> e : fields.entrySet()) {
      Sentence s = e.getKey().sentence();
      evidence.add(new Evidence(s.start(), s.end(), s.text(), List.copyOf(e.getValue())));
    }
    evidence.sort(Comparator.comparingInt(Evidence::start));
    return evidence;
  }
}

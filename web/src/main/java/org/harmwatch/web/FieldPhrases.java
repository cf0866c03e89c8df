package org.harmwatch.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.Casualties;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.Evidence;
import org.harmwatch.core.model.Incident;

/**
 * Word-level evidence of an incident: for each field that a piece of evidence supports, the words
 * of the extractor's phrase for that field ({@code casualties.killed.text}, {@code date.text},
 * {@code location.text}, the actors' {@code text}) found inside that piece, else the whole piece.
 * Stateless.
 */
final class FieldPhrases {
  private FieldPhrases() {}

  /**
   * One field's evidence: offsets into the document text and the words; {@code words} is false when
   * the field's phrase was not found in the sentence and the whole sentence stands for it.
   */
  record FieldSpan(String field, int start, int end, String text, boolean words) {}

  /** The word-level spans of every field of {@code i}'s evidence, in document order. */
  static List<FieldSpan> of(Incident i) {
    Map<String, List<String>> phrases = phrases(i);
    List<FieldSpan> out = new ArrayList<>();
    for (Evidence e : i.evidence()) {
      for (String field : e.fields()) {
        FieldSpan best = null;
        for (String phrase : phrases.getOrDefault(field, List.of())) {
          int at = indexIgnoringCase(e.text(), phrase);
          if (at >= 0 && (best == null || at < best.start() - e.start())) {
            best =
                new FieldSpan(
                    field,
                    e.start() + at,
                    e.start() + at + phrase.length(),
                    e.text().substring(at, at + phrase.length()),
                    true);
          }
        }
        out.add(best != null ? best : new FieldSpan(field, e.start(), e.end(), e.text(), false));
      }
    }
    out.sort(java.util.Comparator.comparingInt(FieldSpan::start));
    return out;
  }

  private static Map<String, List<String>> phrases(Incident i) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    if (i.date() != null) {
      add(m, "date", i.date().text());
    }
    if (i.location() != null) {
      add(m, "location", i.location().text());
    }
    for (Actor a : i.perpetrators()) {
      add(m, "perpetrators", a.text());
    }
    for (Actor a : i.targets()) {
      add(m, "targets", a.text());
    }
    Casualties c = i.casualties();
    count(m, "casualties.killed", c.killed());
    count(m, "casualties.injured", c.injured());
    count(m, "casualties.detained", c.detained());
    count(m, "casualties.missing", c.missing());
    count(m, "casualties.civilians_killed", c.civiliansKilled());
    return m;
  }

  private static void count(Map<String, List<String>> m, String field, Count c) {
    if (c != null) {
      add(m, field, c.text());
    }
  }

  private static void add(Map<String, List<String>> m, String field, String phrase) {
    if (phrase != null && !phrase.isBlank()) {
      m.computeIfAbsent(field, k -> new ArrayList<>()).add(phrase.strip());
    }
  }

  // Same length in both cases for the texts this meets (Latin scripts), so offsets carry over.
  private static int indexIgnoringCase(String text, String phrase) {
    String t = text.toLowerCase(Locale.ROOT);
    String p = phrase.toLowerCase(Locale.ROOT);
    return t.length() == text.length() && p.length() == phrase.length()
        ? t.indexOf(p)
        : text.indexOf(phrase);
  }
}

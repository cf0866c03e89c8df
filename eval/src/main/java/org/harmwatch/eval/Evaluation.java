package org.harmwatch.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.pipeline.Extractor;

/**
 * One run of {@code eval}: the gold, and the documents fed to it one at a time. Only documents the
 * gold names are extracted (a corpus is often far larger than its gold); each one's text fills the
 * gold's offset-only evidence and its language serves {@link Grouping#LANGUAGE}. A document whose
 * extraction fails counts as predicting nothing. Then {@link #report()} scores the whole gold and
 * {@link #report(Grouping)} each group.
 *
 * <p>Not thread-safe: feed documents from one thread.
 */
public final class Evaluation {
  private final List<GoldDocument> gold;
  private final Set<String> goldIds = new LinkedHashSet<>();
  private final Map<String, List<Incident>> predicted = new HashMap<>();
  private final Map<String, String> texts = new HashMap<>();
  private final Map<String, String> languages = new HashMap<>();
  private final List<String> failed = new ArrayList<>();
  private final List<String> duplicates = new ArrayList<>();
  private int skipped;
  private List<GoldDocument> filled;

  /** A run over {@code gold}; throws when two gold lines name the same document. */
  public Evaluation(List<GoldDocument> gold) {
    this.gold = List.copyOf(gold);
    for (GoldDocument g : gold) {
      if (!goldIds.add(g.docId())) {
        throw new GoldFormatException(g.where() + "document " + g.docId() + " appears twice");
      }
    }
  }

  /** Whether the gold names document {@code id}. */
  public boolean wants(String id) {
    return goldIds.contains(id);
  }

  /**
   * Extracts the incidents of {@code document} when the gold names it and it was not seen before;
   * returns whether it did. An extraction failure is recorded (the document predicts nothing) and
   * rethrown for the caller to report.
   */
  public boolean add(Document document, Extractor extractor) {
    if (!accept(document)) {
      return false;
    }
    try {
      predicted.put(document.id(), List.copyOf(extractor.extract(document)));
    } catch (RuntimeException e) {
      failed.add(document.id());
      throw e;
    }
    return true;
  }

  /** Records {@code incidents} as the prediction for {@code document}, as {@link #add} does. */
  public boolean add(Document document, List<Incident> incidents) {
    if (!accept(document)) {
      return false;
    }
    predicted.put(document.id(), List.copyOf(incidents));
    return true;
  }

  private boolean accept(Document document) {
    if (!wants(document.id())) {
      skipped++;
      return false;
    }
    if (texts.containsKey(document.id())) {
      duplicates.add(document.id());
      return false;
    }
    filled = null;
    texts.put(document.id(), document.text());
    languages.put(document.id(), document.language());
    return true;
  }

  /** Documents read that the gold does not name (not extracted). */
  public int skipped() {
    return skipped;
  }

  /** Ids of documents whose extraction failed. */
  public List<String> failed() {
    return List.copyOf(failed);
  }

  /** Ids of gold documents read more than once (only the first was used). */
  public List<String> duplicates() {
    return List.copyOf(duplicates);
  }

  /** Ids of gold documents never read: they are scored as predicting nothing. */
  public List<String> absent() {
    return goldIds.stream().filter(id -> !texts.containsKey(id)).toList();
  }

  /** The predictions so far, by document id. */
  public Map<String, List<Incident>> predicted() {
    return Map.copyOf(predicted);
  }

  /** The language of each document read, by id. */
  public Map<String, String> languages() {
    return new HashMap<>(languages);
  }

  /**
   * The gold with offset-only evidence filled from the documents read; throws {@link
   * GoldFormatException} naming {@code file:line} when offsets fall outside their document.
   */
  public List<GoldDocument> gold() {
    if (filled == null) {
      filled = GoldEvidence.fill(gold, texts);
    }
    return filled;
  }

  /** Every problem of the gold's evidence against the documents read ({@link GoldEvidence}). */
  public List<String> checkGold() {
    return GoldEvidence.check(gold, texts);
  }

  /** Scores the whole gold. */
  public EvalReport report() {
    return Scorer.score(gold(), predicted);
  }

  /** Scores each group of documents, the groups with the most gold incidents first. */
  public Map<String, EvalReport> report(Grouping by) {
    Map<String, List<GoldDocument>> groups = new HashMap<>();
    for (GoldDocument g : gold()) {
      groups.computeIfAbsent(by.key(g, languages.get(g.docId())), k -> new ArrayList<>()).add(g);
    }
    Map<String, EvalReport> reports = new HashMap<>();
    groups.forEach((k, docs) -> reports.put(k, Scorer.score(docs, predicted)));
    Map<String, EvalReport> ordered = new LinkedHashMap<>();
    reports.entrySet().stream()
        .sorted(
            Comparator.comparing((Map.Entry<String, EvalReport> e) -> -e.getValue().goldIncidents())
                .thenComparing(Map.Entry::getKey))
        .forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return ordered;
  }
}

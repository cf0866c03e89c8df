package org.harmwatch.reference;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.harmwatch.core.reference.CheckRow;
import org.harmwatch.export.CsvOutput;

/**
 * The report of a cross-check: per country and month, how many incidents of ours and events of
 * theirs there are, how many matched, how many of ours are missing from the dataset and how many of
 * theirs have no report of ours, and in how many matches the figures disagree; with the rows behind
 * it. Immutable.
 */
public record CheckReport(List<Line> lines, List<CheckRow> rows) {
  /** The counts of one country and month. */
  public record Line(
      String country,
      String month,
      long ours,
      long theirs,
      long matched,
      long oursOnly,
      long theirsOnly,
      long figuresDisagree) {}

  /** The columns of {@link #writeSummary}. */
  public static final List<String> SUMMARY_COLUMNS =
      List.of(
          "country",
          "month",
          "ours",
          "theirs",
          "matched",
          "ours_missing_from_dataset",
          "theirs_without_our_report",
          "figures_disagree");

  /** The columns of {@link #writeRows}. */
  public static final List<String> ROW_COLUMNS =
      List.of(
          "kind",
          "country",
          "month",
          "incident_id",
          "event_id",
          "score",
          "reasons",
          "our_low",
          "our_best",
          "our_high",
          "their_fatalities",
          "figures_disagree");

  public CheckReport {
    lines = List.copyOf(lines);
    rows = List.copyOf(rows);
  }

  /** The report of {@code rows}, lines by country then month. */
  public static CheckReport of(List<CheckRow> rows) {
    Map<String, long[]> counts = new TreeMap<>();
    for (CheckRow r : rows) {
      String key = (r.country() == null ? "" : r.country()) + "\t" + r.month();
      long[] c = counts.computeIfAbsent(key, k -> new long[6]);
      switch (r.kind()) {
        case MATCH -> {
          c[0]++;
          c[2]++;
          if (r.figuresDisagree()) {
            c[5]++;
          }
        }
        case OURS_ONLY -> {
          c[0]++;
          c[3]++;
        }
        case THEIRS_ONLY -> {
          c[1]++;
          c[4]++;
        }
      }
    }
    // An event matched by an incident of ours counts on their side too.
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (CheckRow r : rows) {
      if (r.kind() == CheckRow.Kind.MATCH && seen.add(r.eventId())) {
        counts.get((r.country() == null ? "" : r.country()) + "\t" + r.month())[1]++;
      }
    }
    List<Line> lines = new ArrayList<>();
    counts.forEach(
        (k, c) -> {
          String[] p = k.split("\t", 2);
          lines.add(
              new Line(p[0].isEmpty() ? null : p[0], p[1], c[0], c[1], c[2], c[3], c[4], c[5]));
        });
    return new CheckReport(lines, rows);
  }

  /** The matches whose figures disagree (our best is not their fatalities). */
  public List<CheckRow> disagreements() {
    return rows.stream().filter(CheckRow::figuresDisagree).toList();
  }

  /** Writes the per-country, per-month summary as CSV. */
  public void writeSummary(Writer w) throws IOException {
    CsvOutput csv = new CsvOutput(w);
    csv.header(SUMMARY_COLUMNS);
    for (Line l : lines) {
      csv.text(l.country()).text(l.month());
      csv.number(l.ours()).number(l.theirs()).number(l.matched());
      csv.number(l.oursOnly()).number(l.theirsOnly()).number(l.figuresDisagree());
      csv.endRow();
    }
    csv.flush();
  }

  /** Writes every row (match, ours only, theirs only) as CSV. */
  public void writeRows(Writer w) throws IOException {
    CsvOutput csv = new CsvOutput(w);
    csv.header(ROW_COLUMNS);
    for (CheckRow r : rows) {
      csv.text(r.kind().code()).text(r.country()).text(r.month());
      csv.text(r.incidentId()).text(r.eventId());
      csv.number(r.kind() == CheckRow.Kind.MATCH ? r.score() : null);
      csv.text(r.reasons());
      csv.number(r.ourLow()).number(r.ourBest()).number(r.ourHigh()).number(r.theirFatalities());
      csv.text(r.figuresDisagree() ? "yes" : null);
      csv.endRow();
    }
    csv.flush();
  }
}

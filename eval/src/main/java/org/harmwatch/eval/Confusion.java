package org.harmwatch.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.harmwatch.core.json.ExchangeJson;

/**
 * A confusion matrix of one categorical field over matched incident pairs: how often gold label
 * {@code g} was predicted as {@code p}, with "none" for an absent value; and each label's
 * precision, recall and F1 over the matrix (as Tribuo's label evaluations report them). Labels are
 * listed in the order given at construction, then any others alphabetically, then "none".
 *
 * <p>Mutable while the scorer fills it, then read-only; not thread-safe.
 */
public final class Confusion {
  /** The label of an absent value. */
  public static final String NONE = "none";

  private final String field;
  private final List<String> order;
  private final Map<String, Map<String, Integer>> counts = new TreeMap<>();

  /** An empty matrix of {@code field} whose labels are listed in {@code order} first. */
  public Confusion(String field, List<String> order) {
    this.field = Objects.requireNonNull(field, "field");
    this.order = List.copyOf(order);
  }

  /** Counts one matched pair; null labels are "none". */
  public void add(String gold, String predicted) {
    counts
        .computeIfAbsent(gold == null ? NONE : gold, k -> new TreeMap<>())
        .merge(predicted == null ? NONE : predicted, 1, Integer::sum);
  }

  /** The field this matrix is of. */
  public String field() {
    return field;
  }

  /** How many pairs have gold {@code gold} and prediction {@code predicted}. */
  public int count(String gold, String predicted) {
    return counts.getOrDefault(gold, Map.of()).getOrDefault(predicted, 0);
  }

  /** Every label seen on either side, in display order. */
  public List<String> labels() {
    List<String> seen = new ArrayList<>();
    counts.forEach(
        (g, row) -> {
          seen.add(g);
          seen.addAll(row.keySet());
        });
    List<String> out = new ArrayList<>();
    for (String l : order) {
      if (seen.contains(l) && !out.contains(l)) {
        out.add(l);
      }
    }
    seen.stream()
        .filter(l -> !out.contains(l) && !l.equals(NONE))
        .distinct()
        .sorted()
        .forEach(out::add);
    if (seen.contains(NONE)) {
      out.add(NONE);
    }
    return Collections.unmodifiableList(out);
  }

  /** The pairs whose gold is {@code label}. */
  public int goldTotal(String label) {
    return counts.getOrDefault(label, Map.of()).values().stream().mapToInt(i -> i).sum();
  }

  /** The pairs predicted as {@code label}. */
  public int predictedTotal(String label) {
    return counts.values().stream().mapToInt(row -> row.getOrDefault(label, 0)).sum();
  }

  /** Correct over predicted as {@code label}; NaN when never predicted. */
  public double precision(String label) {
    int d = predictedTotal(label);
    return d == 0 ? Double.NaN : (double) count(label, label) / d;
  }

  /** Correct over gold {@code label}; NaN when the gold never has it. */
  public double recall(String label) {
    int d = goldTotal(label);
    return d == 0 ? Double.NaN : (double) count(label, label) / d;
  }

  /** The matrix as text: rows gold, columns predicted (numbered), then P, R, F1 per label. */
  public String toText() {
    List<String> labels = labels();
    StringBuilder b = new StringBuilder();
    b.append(field)
        .append(" confusion on matched pairs (rows gold, columns predicted)")
        .append(System.lineSeparator());
    int width = 6;
    for (String l : labels) {
      for (String m : labels) {
        width = Math.max(width, String.valueOf(count(l, m)).length() + 1);
      }
    }
    int labelWidth = labels.stream().mapToInt(String::length).max().orElse(4) + 5;
    b.append(" ".repeat(labelWidth));
    for (int i = 0; i < labels.size(); i++) {
      b.append(String.format(Locale.ROOT, "%" + width + "s", "(" + (i + 1) + ")"));
    }
    b.append(String.format(Locale.ROOT, "   %6s %6s %6s%n", "P", "R", "F1"));
    for (int i = 0; i < labels.size(); i++) {
      String g = labels.get(i);
      b.append(String.format(Locale.ROOT, "%-" + labelWidth + "s", "(" + (i + 1) + ") " + g));
      for (String p : labels) {
        int c = count(g, p);
        b.append(String.format(Locale.ROOT, "%" + width + "s", c == 0 ? "." : c));
      }
      double pr = precision(g);
      double re = recall(g);
      b.append(
          String.format(
              Locale.ROOT,
              "   %6s %6s %6s%n",
              EvalReport.fmt(pr),
              EvalReport.fmt(re),
              EvalReport.fmt(f1(pr, re))));
    }
    return b.toString();
  }

  /** The matrix as JSON: its labels, {@code counts[gold][predicted]} and each label's P, R, F1. */
  public ObjectNode toJson() {
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    var labels = o.putArray("labels");
    labels().forEach(labels::add);
    ObjectNode c = o.putObject("counts");
    Map<String, Map<String, Integer>> ordered = new LinkedHashMap<>();
    for (String g : labels()) {
      if (counts.containsKey(g)) {
        ordered.put(g, counts.get(g));
      }
    }
    ordered.forEach(
        (g, row) -> {
          ObjectNode r = c.putObject(g);
          row.forEach(r::put);
        });
    ObjectNode per = o.putObject("per_label");
    for (String l : labels()) {
      ObjectNode x = per.putObject(l);
      EvalReport.putFigure(x, "precision", precision(l));
      EvalReport.putFigure(x, "recall", recall(l));
      EvalReport.putFigure(x, "f1", f1(precision(l), recall(l)));
      x.put("gold", goldTotal(l));
      x.put("predicted", predictedTotal(l));
    }
    return o;
  }

  private static double f1(double p, double r) {
    return Double.isNaN(p) || Double.isNaN(r) ? Double.NaN : EvalReport.f1(p, r);
  }
}

package org.harmwatch.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.harmwatch.core.json.ExchangeJson;

/**
 * The result of {@link Scorer#score}: incident counts and the precision, recall and F1 of incident
 * matching; for each {@link Field}, its {@link FieldCounts} (accuracy over gold incidents,
 * precision, recall, F1, wrong, missing and spurious values); confusion matrices of event and
 * sub-event types on matched pairs; and every miss.
 *
 * <p>Immutable once built (the confusion matrices are not changed after scoring) and thread-safe.
 */
public record EvalReport(
    int documents,
    int goldIncidents,
    int predictedIncidents,
    int matchedIncidents,
    Map<Field, FieldCounts> fields,
    Confusion eventTypes,
    Confusion subEventTypes,
    List<Miss> misses) {

  /** Copies the map (absent fields count zero) and list. */
  public EvalReport {
    EnumMap<Field, FieldCounts> copy = new EnumMap<>(Field.class);
    for (Field f : Field.values()) {
      copy.put(f, fields == null ? FieldCounts.ZERO : fields.getOrDefault(f, FieldCounts.ZERO));
    }
    fields = Collections.unmodifiableMap(copy);
    eventTypes = eventTypes == null ? new Confusion("event_type", List.of()) : eventTypes;
    subEventTypes =
        subEventTypes == null ? new Confusion("sub_event_type", List.of()) : subEventTypes;
    misses = misses == null ? List.of() : List.copyOf(misses);
  }

  /** Matched over predicted incidents; 1 when nothing was predicted. */
  public double precision() {
    return predictedIncidents == 0 ? 1.0 : (double) matchedIncidents / predictedIncidents;
  }

  /** Matched over gold incidents; 1 when the gold has none. */
  public double recall() {
    return goldIncidents == 0 ? 1.0 : (double) matchedIncidents / goldIncidents;
  }

  /** The harmonic mean of precision and recall; 0 when both are 0. */
  public double f1() {
    return f1(precision(), recall());
  }

  /** The counts of {@code field}. */
  public FieldCounts field(Field field) {
    return fields.get(field);
  }

  /**
   * The share of scored gold incidents with {@code field} right (all gold incidents, or for a
   * gold-only field those where the gold gives a value); NaN when none is scored.
   */
  public double accuracy(Field field) {
    return fields.get(field).accuracy();
  }

  /** The misses of one kind ("unmatched_gold", "spurious" or a field code). */
  public List<Miss> misses(String kind) {
    return misses.stream().filter(m -> m.kind().equals(kind)).toList();
  }

  /**
   * The figures that floors can hold, by name: {@code incident_precision}, {@code incident_recall},
   * {@code incident_f1} and each field's accuracy under its code.
   */
  public Map<String, Double> figures() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("incident_precision", precision());
    m.put("incident_recall", recall());
    m.put("incident_f1", f1());
    for (Field f : Field.values()) {
      m.put(f.code(), accuracy(f));
    }
    return Collections.unmodifiableMap(m);
  }

  /** An aligned table of the figures, without the miss list. */
  public String toText() {
    return toText(false);
  }

  /**
   * The figures as text: incidents, then one row per field (headline fields first) with accuracy
   * over gold, P, R, F1 of values and the right/wrong/missing/spurious counts; every miss when
   * {@code withMisses}.
   */
  public String toText(boolean withMisses) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "documents %d  gold %d  predicted %d  matched %d%n",
            documents,
            goldIncidents,
            predictedIncidents,
            matchedIncidents));
    b.append(
        String.format(
            Locale.ROOT,
            "%-16s %6.3f%n%-16s %6.3f%n%-16s %6.3f%n%n",
            "precision",
            precision(),
            "recall",
            recall(),
            "f1",
            f1()));
    String head = "%-17s %8s %13s %6s %6s %6s %6s %7s %8s%n";
    b.append(
        String.format(
            Locale.ROOT,
            head,
            "field",
            "accuracy",
            "right/scored",
            "P",
            "R",
            "F1",
            "wrong",
            "missing",
            "spurious"));
    boolean extras = false;
    for (Field f : Field.values()) {
      if (!f.headline() && !extras) {
        extras = true;
        b.append("also scored:").append(System.lineSeparator());
      }
      FieldCounts c = fields.get(f);
      b.append(
          String.format(
              Locale.ROOT,
              head,
              f.code() + (f.goldOnly() ? "*" : ""),
              fmt(c.accuracy()),
              c.right() + "/" + c.scored(),
              fmt(c.precision()),
              fmt(c.recall()),
              fmt(c.f1()),
              c.wrong(),
              c.missing(),
              c.spurious()));
    }
    b.append(
        "* scored only where the gold gives a value; accuracy = right in share of scored gold"
            + " incidents (an unmatched gold incident is never right); P, R, F1 over values.");
    b.append(System.lineSeparator());
    if (withMisses) {
      b.append(missesText());
    }
    return b.toString();
  }

  /** Every miss, one a line, after a blank line and a heading; "" when there is none. */
  public String missesText() {
    StringBuilder b = new StringBuilder();
    if (!misses.isEmpty()) {
      b.append(String.format(Locale.ROOT, "%nmisses (%d)%n", misses.size()));
      for (Miss m : misses) {
        b.append(
            String.format(
                Locale.ROOT,
                "%-20s %-16s g%-3s p%-3s gold=%s  predicted=%s%n",
                m.docId(),
                m.kind(),
                m.goldIndex() < 0 ? "-" : m.goldIndex(),
                m.predictedIndex() < 0 ? "-" : m.predictedIndex(),
                m.gold(),
                m.predicted()));
      }
    }
    return b.toString();
  }

  /** The event-type and sub-event-type confusion matrices as text. */
  public String confusionText() {
    return eventTypes.toText() + System.lineSeparator() + subEventTypes.toText();
  }

  /**
   * One row per group (e.g. country) with its documents, incidents, incident P/R/F1 and the
   * accuracy of each headline field; groups in the map's order.
   */
  public static String groupTable(String by, Map<String, EvalReport> groups) {
    StringBuilder b = new StringBuilder();
    List<Field> heads = Field.headlines();
    int width =
        Math.max(
            Math.max(by.length(), 8),
            groups.keySet().stream().mapToInt(String::length).max().orElse(0));
    b.append(
        String.format(
            Locale.ROOT,
            "%-" + width + "s %5s %5s %5s %6s %6s %6s",
            by,
            "docs",
            "gold",
            "pred",
            "P",
            "R",
            "F1"));
    for (Field f : heads) {
      b.append(String.format(Locale.ROOT, " %7s", abbreviation(f)));
    }
    b.append(System.lineSeparator());
    groups.forEach(
        (key, r) -> {
          b.append(
              String.format(
                  Locale.ROOT,
                  "%-" + width + "s %5d %5d %5d %6s %6s %6s",
                  key,
                  r.documents(),
                  r.goldIncidents(),
                  r.predictedIncidents(),
                  fmt(r.precision()),
                  fmt(r.recall()),
                  fmt(r.f1())));
          for (Field f : heads) {
            b.append(String.format(Locale.ROOT, " %7s", fmt(r.accuracy(f))));
          }
          b.append(System.lineSeparator());
        });
    b.append("field accuracy over gold incidents; - = nothing scored. Columns: ");
    b.append(String.join(", ", heads.stream().map(f -> abbreviation(f) + " " + f.code()).toList()));
    b.append(System.lineSeparator());
    return b.toString();
  }

  private static String abbreviation(Field f) {
    return switch (f) {
      case EVENT_TYPE -> "event";
      case SUB_EVENT_TYPE -> "sub";
      case COUNTRY -> "country";
      case COORDINATES -> "coord";
      case CHILDREN_KILLED -> "child";
      case PERPETRATORS -> "perp";
      case REPORTED_BY -> "rep_by";
      case CIVILIANS_KILLED -> "civ";
      default -> f.code().length() > 7 ? f.code().substring(0, 7) : f.code();
    };
  }

  /** The report as a JSON tree, with every miss. */
  public ObjectNode toJson() {
    return toJson(true);
  }

  /**
   * The report as a JSON tree: incident figures, each field's counts and figures (NaN as null), the
   * confusion matrices and, when {@code withMisses}, every miss.
   */
  public ObjectNode toJson(boolean withMisses) {
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("documents", documents);
    o.put("gold_incidents", goldIncidents);
    o.put("predicted_incidents", predictedIncidents);
    o.put("matched_incidents", matchedIncidents);
    o.put("precision", precision());
    o.put("recall", recall());
    o.put("f1", f1());
    ObjectNode fo = o.putObject("fields");
    for (Field f : Field.values()) {
      FieldCounts c = fields.get(f);
      ObjectNode x = fo.putObject(f.code());
      x.put("headline", f.headline());
      x.put("gold_only", f.goldOnly());
      x.put("scored", c.scored());
      x.put("correct", c.right());
      putFigure(x, "accuracy", c.accuracy());
      putFigure(x, "precision", c.precision());
      putFigure(x, "recall", c.recall());
      putFigure(x, "f1", c.f1());
      x.put("right_values", c.rightValues());
      x.put("wrong", c.wrong());
      x.put("missing", c.missing());
      x.put("spurious", c.spurious());
    }
    ObjectNode conf = o.putObject("confusion");
    conf.set("event_type", eventTypes.toJson());
    conf.set("sub_event_type", subEventTypes.toJson());
    if (withMisses) {
      ArrayNode a = o.putArray("misses");
      for (Miss m : misses) {
        ObjectNode mo = a.addObject();
        mo.put("doc", m.docId());
        mo.put("kind", m.kind());
        mo.put("gold_index", m.goldIndex());
        mo.put("predicted_index", m.predictedIndex());
        mo.put("gold", m.gold());
        mo.put("predicted", m.predicted());
      }
    }
    return o;
  }

  static double f1(double p, double r) {
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /** A figure with three decimals, "-" for NaN. */
  static String fmt(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
  }

  /** Puts a figure, null when NaN (JSON has no NaN). */
  static void putFigure(ObjectNode o, String name, double v) {
    if (Double.isNaN(v)) {
      o.putNull(name);
    } else {
      o.put(name, v);
    }
  }
}

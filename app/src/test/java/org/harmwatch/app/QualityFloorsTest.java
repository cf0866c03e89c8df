package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.harmwatch.core.pipeline.Extractor;
import org.harmwatch.eval.EvalReport;
import org.harmwatch.eval.Evaluation;
import org.harmwatch.eval.Field;
import org.harmwatch.eval.GoldReader;
import org.harmwatch.eval.InputFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The quality floors of extraction: runs the real extractor, as {@code ./harmwatch eval} does, on
 * every committed gold set and fails when its incident F1 or a headline field falls below the floor
 * recorded in {@code eval/gold/floors.properties}. The sets: each written development set ({@code
 * eval/gold/dev-X-gold.jsonl} with {@code dev-X-docs.jsonl}); the seed article ({@code
 * ../shared/eval/seed-*.jsonl}); each real-report gold file {@code eval/gold/real/NAME.jsonl}
 * scored against {@code ../shared/corpora/real-news.jsonl.gz}, except the held-out files ({@code
 * *heldout*}), which are scored once by hand and never by every build. {@code ../shared} is
 * resolved from the repository root, or given by {@code -Dharmwatch.shared=DIR}; without it the
 * seed and real sets are skipped with the reason.
 *
 * <p>Every set must have a floor for incident_f1 and for each headline field it scores; the failure
 * message lists the lines to add. Whatever happens, the measured figures are printed.
 */
class QualityFloorsTest {
  private static final Path REPO = repositoryRoot();
  private static final Path GOLD = REPO.resolve("eval/gold");
  private static final Path FLOORS = GOLD.resolve("floors.properties");
  private static final String HELD_OUT = "heldout";
  private static Components components;

  private record GoldSet(String name, Path gold, Path docs, boolean shared) {}

  @TestFactory
  Stream<DynamicTest> everyGoldSetStaysAboveItsFloors() {
    Properties floors = floors();
    return goldSets().stream()
        .map(set -> DynamicTest.dynamicTest(set.name(), () -> check(set, floors)));
  }

  @Test
  void everyFloorNamesAGoldSetAndAFigure() {
    Set<String> sets = new TreeSet<>();
    goldSets().forEach(s -> sets.add(s.name()));
    sets.add("seed");
    Set<String> figures = new EvalReport(0, 0, 0, 0, null, null, null, null).figures().keySet();
    List<String> bad = new ArrayList<>();
    for (String key : floors().stringPropertyNames()) {
      int dot = key.lastIndexOf('.');
      String set = dot < 0 ? key : key.substring(0, dot);
      String figure = dot < 0 ? "" : key.substring(dot + 1);
      String value = floors().getProperty(key).trim();
      if (!sets.contains(set) || !figures.contains(figure) || !isFraction(value)) {
        bad.add(key + " = " + value);
      }
    }
    assertThat(bad)
        .as(
            "floors in %s must be SET.FIGURE = a number in [0, 1], SET one of %s, FIGURE one of %s",
            FLOORS, sets, figures)
        .isEmpty();
  }

  @AfterAll
  static void close() {
    if (components != null) {
      components.close();
    }
  }

  private static void check(GoldSet set, Properties floors) throws IOException {
    if (set.shared()) {
      Assumptions.assumeTrue(
          Files.exists(set.gold()) && Files.exists(set.docs()),
          () ->
              set.name()
                  + " skipped: "
                  + (Files.exists(set.gold()) ? set.docs() : set.gold())
                  + " is absent (the shared folder; -Dharmwatch.shared=DIR names another)");
    }
    EvalReport report = evaluate(set);
    Map<String, Double> figures = report.figures();
    List<String> required = new ArrayList<>();
    required.add("incident_f1");
    Field.headlines().forEach(f -> required.add(f.code()));
    StringBuilder measured = new StringBuilder();
    List<String> below = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String figure : required) {
      double value = figures.get(figure);
      if (Double.isNaN(value)) {
        continue; // the set scores nothing of this field (no gold value)
      }
      String key = set.name() + "." + figure;
      measured.append(String.format(Locale.ROOT, "  %s = %.3f%n", key, value));
      String floor = floors.getProperty(key);
      if (floor == null) {
        missing.add(String.format(Locale.ROOT, "%s = %.2f", key, suggestedFloor(value)));
      } else if (!(value >= Double.parseDouble(floor.trim()))) {
        below.add(String.format(Locale.ROOT, "%s = %.3f, below its floor %s", key, value, floor));
      }
    }
    System.out.printf(
        Locale.ROOT,
        "quality floors: %s measured (%d documents, %d gold incidents):%n%s",
        set.name(),
        report.documents(),
        report.goldIncidents(),
        measured);
    assertThat(below)
        .as(
            "%s fell below its floors in %s (a quality regression; the figures above are today's)",
            set.name(), FLOORS)
        .isEmpty();
    assertThat(missing)
        .as("%s has no floor for these figures; add these lines to %s", set.name(), FLOORS)
        .isEmpty();
  }

  // As ./harmwatch eval does it: only the gold's documents are extracted; a failed extraction
  // predicts nothing.
  private static EvalReport evaluate(GoldSet set) throws IOException {
    Evaluation run = new Evaluation(GoldReader.read(set.gold()));
    Extractor extractor = extractor();
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    Inputs.forEach(
        InputFiles.open(set.docs().toString()),
        set.docs().toString(),
        err,
        d -> run.add(d, extractor));
    return run.report();
  }

  private static synchronized Extractor extractor() {
    if (components == null) {
      components = new Components();
    }
    return components.extractor();
  }

  private static List<GoldSet> goldSets() {
    List<GoldSet> sets = new ArrayList<>();
    for (Path gold : list(GOLD, "dev-", "-gold.jsonl")) {
      String name = gold.getFileName().toString().replace("-gold.jsonl", "");
      sets.add(new GoldSet(name, gold, GOLD.resolve(name + "-docs.jsonl"), false));
    }
    Path shared = sharedFolder();
    sets.add(
        new GoldSet(
            "seed",
            shared.resolve("eval/seed-gold.jsonl"),
            shared.resolve("eval/seed-docs.jsonl"),
            true));
    for (Path gold : list(GOLD.resolve("real"), "", ".jsonl")) {
      if (gold.getFileName().toString().contains(HELD_OUT)) {
        continue; // scored once, by hand (eval/gold/real/README.md), never by every build
      }
      String name = "real/" + gold.getFileName().toString().replaceAll("(-gold)?\\.jsonl$", "");
      sets.add(new GoldSet(name, gold, shared.resolve("corpora/real-news.jsonl.gz"), true));
    }
    return sets;
  }

  private static List<Path> list(Path dir, String prefix, String suffix) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(
              p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix) && n.endsWith(suffix);
              })
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Properties floors() {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(FLOORS, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the floors " + FLOORS, e);
    }
    return p;
  }

  // A little under today's figure, so that a real regression fails and noise does not.
  private static double suggestedFloor(double value) {
    return Math.max(0, Math.floor((value - 0.01) * 100) / 100);
  }

  private static boolean isFraction(String s) {
    try {
      double v = Double.parseDouble(s);
      return v >= 0 && v <= 1;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static Path sharedFolder() {
    String dir = System.getProperty("harmwatch.shared");
    return dir != null && !dir.isBlank()
        ? Path.of(dir).toAbsolutePath()
        : REPO.resolve("../shared").normalize();
  }

  // Tests run in the module's folder (app/); the repository root holds eval/gold.
  private static Path repositoryRoot() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("eval/gold"))) {
        return p;
      }
    }
    throw new IllegalStateException("no eval/gold above " + here);
  }
}

package org.harmwatch.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.geo.GazetteerPlaceResolver;
import org.harmwatch.nlp.RuleBasedExtractor;
import org.harmwatch.nlp.actors.ActorDictionary;

/**
 * A command-line benchmark of extraction time against text length: builds documents of the given
 * sizes (default 10 KB, 100 KB and 1 MB) from varied short report paragraphs and prints, per size,
 * the CPU-seconds of the extracting thread, the microseconds per KB (flat when extraction is
 * linear) and the heap in use. Run with {@code java -cp benchmarks/target/benchmarks.jar
 * org.harmwatch.benchmarks.LengthBench [sizes in KB...]}. Not a test; single-threaded. The server
 * refuses documents over {@code HARMWATCH_MAX_DOCUMENT_CHARS} (1,000,000 by default), so sizes over
 * 1 MB only show how the cost grows.
 */
public final class LengthBench {
  private static final String[] PLACES = {
    "Djibo", "Kaya", "Fada N'Gourma", "Bankass", "Mopti", "Goma", "Beni", "Bunia", "Maiduguri",
    "Gao", "Tillaberi", "Diffa", "Kidal", "Bama", "Butembo", "Ouahigouya", "Dori", "Menaka"
  };
  private static final String[] MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };
  private static final String[] MOIS = {
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre"
  };
  private static final String[] TEMPLATES = {
    "On %2$d %3$s %6$d, gunmen on motorbikes attacked a market in %1$s and killed %4$d civilians,"
        + " local officials said. Residents reported that %5$d shops were burned.",
    "Armed men raided a village about %5$d km from %1$s on %2$d %3$s %6$d. At least %4$d people"
        + " were killed and several others were abducted, according to a community leader.",
    "Soldiers clashed with militants near %1$s on %2$d %3$s %6$d. A hospital source said %4$d"
        + " wounded people were admitted overnight.",
    "The regional governor visited %1$s on %2$d %3$s %6$d to meet displaced families; about"
        + " %5$d households have arrived since the start of the year.",
    "A roadside bomb struck a minibus on the road out of %1$s on %2$d %3$s %6$d, killing %4$d"
        + " passengers, witnesses told reporters.",
    "Le %2$d %7$s %6$d, des hommes armés ont attaqué le village de %1$s et tué %4$d civils,"
        + " selon des sources locales."
  };

  private LengthBench() {}

  /** Prints one line per size to standard output. */
  public static void main(String[] args) {
    List<Integer> sizesKb = new ArrayList<>();
    for (String a : args) {
      sizesKb.add(Integer.parseInt(a));
    }
    if (sizesKb.isEmpty()) {
      sizesKb.addAll(List.of(10, 100, 1000));
    }
    RuleBasedExtractor extractor =
        new RuleBasedExtractor(GazetteerPlaceResolver.loadDefault(), ActorDictionary.load());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    // Warm-up on a small document so the first row does not carry the JIT.
    for (int i = 0; i < 5; i++) {
      extractor.extract(document(10 * 1024, i));
    }
    System.out.printf("%10s %8s %10s %10s %12s%n", "size", "incid.", "cpu s", "µs/KB", "heap MB");
    for (int kb : sizesKb) {
      Document doc = document(kb * 1024, kb);
      long t0 = threads.getCurrentThreadCpuTime();
      List<Incident> incidents = extractor.extract(doc);
      long cpu = threads.getCurrentThreadCpuTime() - t0;
      Runtime rt = Runtime.getRuntime();
      long heap = (rt.totalMemory() - rt.freeMemory()) >> 20;
      System.out.printf(
          "%8d KB %8d %10.2f %10.1f %12d%n",
          doc.text().length() / 1024,
          incidents.size(),
          cpu / 1e9,
          cpu / 1e3 / (doc.text().length() / 1024.0),
          heap);
    }
  }

  // Paragraphs of the templates with places, dates and figures varied by a simple counter, so the
  // document is not one sentence repeated.
  static Document document(int chars, int seed) {
    StringBuilder text = new StringBuilder(chars + 512);
    int i = seed;
    while (text.length() < chars) {
      // Place, day, month and year taken as digits of a mixed-radix counter: no combination
      // repeats within 10 MB, so the incidents grow with the text as they would in real reports.
      String place = PLACES[i % PLACES.length];
      int day = 1 + (i / PLACES.length) % 28;
      int m = (i / (PLACES.length * 28)) % MONTHS.length;
      int year = 2015 + (i / (PLACES.length * 28 * MONTHS.length)) % 10;
      int dead = 2 + (i * 13) % 40;
      int other = 3 + (i * 17) % 90;
      text.append(
          String.format(
              TEMPLATES[i % TEMPLATES.length], place, day, MONTHS[m], dead, other, year, MOIS[m]));
      text.append((i % 3 == 2) ? "\n\n" : " ");
      i++;
    }
    return Document.ofText("length-" + chars, null, LocalDate.of(2025, 12, 31), text.toString());
  }
}

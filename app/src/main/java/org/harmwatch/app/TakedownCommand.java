package org.harmwatch.app;

import java.io.PrintWriter;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import org.harmwatch.core.store.Takedown;
import org.harmwatch.core.store.Takedowns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code harmwatch admin takedown DOC_ID --reason TEXT}: takes a document down (its text, original
 * and the quotes of its incidents are purged; a tombstone remains), as the API's takedown does.
 */
@Command(
    name = "takedown",
    mixinStandardHelpOptions = true,
    description =
        "Take document DOC_ID down: purge its text and original (database and search index) and"
            + " the evidence quoted from it; a tombstone (SHA-256, capture time, reason, who, when)"
            + " remains, incidents whose only source it was are deleted, and the same original is"
            + " refused if ingested again.")
final class TakedownCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DatabaseOptions database;

  @Parameters(paramLabel = "DOC_ID", description = "The id of the document to take down.")
  String documentId;

  @Option(
      names = "--reason",
      required = true,
      description = "Why it is taken down (kept in the tombstone and the incidents' history).")
  String reason;

  @Option(
      names = "--by",
      description = "Who takes it down, for the record (default: cli:<your login name>).")
  String by;

  @Override
  public Integer call() {
    String who = by == null || by.isBlank() ? "cli:" + System.getProperty("user.name") : by;
    try (Components components = new Components()) {
      Takedowns takedowns = components.takedowns(database.choice());
      Takedowns.Result result;
      try {
        result = takedowns.takeDown(documentId, reason, who);
      } catch (NoSuchElementException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println("Taken down: " + result.takedown().describe());
      out.println(
          "Quotes purged from "
              + result.purgedIncidents().size()
              + " incident(s); deleted (no other source): "
              + (result.deletedIncidents().isEmpty()
                  ? "none"
                  : String.join(", ", result.deletedIncidents())));
      out.flush();
      return 0;
    }
  }

  /** {@code harmwatch admin takedowns}: lists the tombstones, newest first. */
  @Command(
      name = "takedowns",
      mixinStandardHelpOptions = true,
      description = "List the documents taken down, newest first (tab-separated).")
  static final class ListAll implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin DatabaseOptions database;

    @Override
    public Integer call() {
      try (Components components = new Components()) {
        PrintWriter out = spec.commandLine().getOut();
        out.println("taken_at\tdocument_id\tsha256\tcaptured_at\ttaken_by\treason");
        for (Takedown t : components.takedowns(database.choice()).all()) {
          out.println(
              String.join(
                  "\t",
                  t.takenAt().toString(),
                  t.documentId(),
                  t.sha256(),
                  t.capturedAt() == null ? "" : t.capturedAt().toString(),
                  t.takenBy(),
                  t.reason().replaceAll("[\\t\\r\\n]+", " ")));
        }
        out.flush();
        return 0;
      }
    }
  }
}

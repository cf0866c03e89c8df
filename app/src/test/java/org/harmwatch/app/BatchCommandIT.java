package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.harmwatch.core.json.ExchangeJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code harmwatch batch} starts the batch module's job in its own JVM on local[1], with the {@code
 * --focus} setting.
 */
class BatchCommandIT {
  @TempDir Path tmp;

  @Test
  void runsTheSparkJobInAJvmOfItsOwn() throws Exception {
    Path in = tmp.resolve("in.jsonl");
    Files.writeString(
        in,
        "{\"id\":\"d1\",\"published\":\"2024-05-02\",\"text\":\"Gunmen killed 4 civilians in Djibo"
            + " on Tuesday, residents said.\"}\n{broken\n"
            // "Boni" has namesakes in several countries: only the focus places it.
            + "{\"id\":\"d2\",\"published\":\"2024-05-08\",\"text\":\"Gunmen killed 5 civilians in"
            + " Boni on Monday, a local official said.\"}\n");
    Path out = tmp.resolve("out");
    StringWriter err = new StringWriter();
    var cl = Main.commandLine();
    cl.setErr(new PrintWriter(err, true));
    int exit =
        cl.execute(
            "batch",
            "--focus",
            "BF",
            in.toString(),
            "--out",
            out.toString(),
            "--master",
            "local[1]",
            "--partitions",
            "2");
    assertThat(exit).as(err.toString()).isZero();
    JsonNode summary = ExchangeJson.parse(Files.readString(out.resolve("summary.json")));
    assertThat(summary.get("documents").asInt()).isEqualTo(2);
    assertThat(summary.get("incidents").asInt()).isEqualTo(2);
    assertThat(summary.get("rejected").asInt()).isEqualTo(1);
    List<String> countries = new ArrayList<>();
    try (Stream<Path> parts = Files.list(out.resolve("jsonl/sources"))) {
      for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        for (String line : Files.readAllLines(p)) {
          JsonNode s = ExchangeJson.parse(line);
          countries.add(
              s.get("document_id").asText()
                  + " "
                  + s.get("extracted").path("location").path("country_code").asText("-"));
        }
      }
    }
    assertThat(countries).containsExactlyInAnyOrder("d1 BF", "d2 BF");
  }
}

package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.harmwatch.core.json.ExchangeJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code harmwatch batch} starts the batch module's job in its own JVM on local[1]. */
class BatchCommandIT {
  @TempDir Path tmp;

  @Test
  void runsTheSparkJobInAJvmOfItsOwn() throws Exception {
    Path in = tmp.resolve("in.jsonl");
    Files.writeString(
        in,
        "{\"id\":\"d1\",\"published\":\"2024-05-02\",\"text\":\"Gunmen killed 4 civilians in Djibo"
            + " on Tuesday, residents said.\"}\n{broken\n");
    Path out = tmp.resolve("out");
    StringWriter err = new StringWriter();
    var cl = Main.commandLine();
    cl.setErr(new PrintWriter(err, true));
    int exit =
        cl.execute(
            "batch",
            in.toString(),
            "--out",
            out.toString(),
            "--master",
            "local[1]",
            "--partitions",
            "2");
    assertThat(exit).as(err.toString()).isZero();
    JsonNode summary = ExchangeJson.parse(Files.readString(out.resolve("summary.json")));
    assertThat(summary.get("documents").asInt()).isEqualTo(1);
    assertThat(summary.get("incidents").asInt()).isEqualTo(1);
    assertThat(summary.get("rejected").asInt()).isEqualTo(1);
  }
}

package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class MainTest {
  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return new Run(cl.execute(args), out.toString(), err.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"extract", "ingest", "serve", "demo", "eval", "bench", "batch"})
  void everyCommandHasHelp(String command) {
    Run r = run(command, "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("Usage: harmwatch " + command);
  }

  @Test
  void batchNamesAMissingOutputFolder() {
    Run r = run("batch", "in.jsonl");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--out");
  }

  @Test
  void productionRefusesToServeWithoutPostgres() {
    Run r = run("serve", "--profile", "prod", "--port", "0");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--profile prod").contains("PostgreSQL");
  }

  @Test
  void aBadPortIsNamed() {
    Run r = run("serve", "--db", "h2-mem", "--port", "70000");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--port").contains("70000");
  }

  @Test
  void aBadFocusCountryIsNamed() {
    Run r = run("extract", "--focus", "ML,XX", "missing.txt");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("unknown country code 'XX'");
  }

  @Test
  void theFocusSettingReachesTheComponents() {
    try {
      Run r = run("extract", "--focus", "ml,bf", "--help");
      assertThat(r.exit()).isZero();
      assertThat(Components.focus().codes()).containsExactly("ML", "BF");
    } finally {
      Components.focus(null);
    }
  }
}

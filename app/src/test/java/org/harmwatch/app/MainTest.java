package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harmwatch.app.CliRun.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {

  @ParameterizedTest
  @ValueSource(strings = {"extract", "ingest", "serve", "demo", "eval", "bench", "batch"})
  void everyCommandHasHelp(String command) {
    CliRun r = run(command, "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("Usage: harmwatch " + command);
  }

  @Test
  void batchNamesAMissingOutputFolder() {
    CliRun r = run("batch", "in.jsonl");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--out");
  }

  @Test
  void productionRefusesToServeWithoutPostgres() {
    CliRun r = run("serve", "--profile", "prod", "--port", "0");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--profile prod").contains("PostgreSQL");
  }

  @Test
  void aBadPortIsNamed() {
    CliRun r = run("serve", "--db", "h2-mem", "--port", "70000");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--port").contains("70000");
  }

  @Test
  void aBadFocusCountryIsNamed() {
    CliRun r = run("extract", "--focus", "ML,XX", "missing.txt");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("unknown country code 'XX'");
  }

  @Test
  void theFocusSettingReachesTheComponents() {
    try {
      CliRun r = run("extract", "--focus", "ml,bf", "--help");
      assertThat(r.exit()).isZero();
      assertThat(Components.focus().codes()).containsExactly("ML", "BF");
    } finally {
      Components.focus(null);
    }
  }
}

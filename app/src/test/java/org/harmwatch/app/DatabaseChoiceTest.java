package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseChoiceTest {

  @Test
  void defaultsToAnH2FileUnderTheDataDirectory() {
    DatabaseChoice c = DatabaseChoice.of(null, null, null, null, Path.of("data"), null);
    assertThat(c.kind()).isEqualTo(DatabaseChoice.Kind.H2_FILE);
    assertThat(c.describe()).startsWith("H2 file database in ").endsWith("data");
  }

  @Test
  void productionRefusesTheEmbeddedDatabase() {
    assertThatThrownBy(() -> DatabaseChoice.of("h2-file", null, null, null, null, "prod"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("prod")
        .hasMessageContaining("PostgreSQL");
  }

  @Test
  void productionAcceptsAnExplicitPostgresDatabase() {
    DatabaseChoice c =
        DatabaseChoice.of("postgres", "jdbc:postgresql://db:5432/hw", "hw", "s3cret", null, "prod");
    assertThat(c.production()).isTrue();
    assertThat(c.kind()).isEqualTo(DatabaseChoice.Kind.POSTGRES);
  }

  @Test
  void postgresNeedsAUrl() {
    assertThatThrownBy(() -> DatabaseChoice.of("postgres", " ", null, null, null, "dev"))
        .hasMessageContaining("HARMWATCH_DB_URL");
  }

  @Test
  void badValuesAreNamed() {
    assertThatThrownBy(() -> DatabaseChoice.of("mysql", null, null, null, null, "dev"))
        .hasMessageContaining("--db")
        .hasMessageContaining("mysql");
    assertThatThrownBy(() -> DatabaseChoice.of("h2-file", null, null, null, null, "staging"))
        .hasMessageContaining("--profile")
        .hasMessageContaining("staging");
    assertThatThrownBy(
            () -> DatabaseChoice.of("postgres", "jdbc:mysql://x/y", null, null, null, "dev"))
        .hasMessageContaining("jdbc:mysql://x/y");
  }

  @Test
  void thePasswordNeverAppearsInDescriptions() {
    DatabaseChoice c =
        DatabaseChoice.of(
            "postgres",
            "jdbc:postgresql://db:5432/hw?password=hunter2",
            "hw",
            "s3cret",
            null,
            "dev");
    assertThat(c.describe()).doesNotContain("hunter2").doesNotContain("s3cret");
    assertThat(c.toString()).doesNotContain("hunter2").doesNotContain("s3cret");
  }
}

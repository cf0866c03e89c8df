package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseChoiceTest {

  @TempDir Path dir;

  @Test
  void defaultsToTheEmbeddedPostgresUnderTheDataDirectory() {
    DatabaseChoice c = DatabaseChoice.of(null, null, null, null, dir, null);
    assertThat(c.kind()).isEqualTo(DatabaseChoice.Kind.PG_EMBEDDED);
    assertThat(c.describe()).startsWith("embedded PostgreSQL in ").endsWith("pg");
    assertThat(c.indexDir()).isEqualTo(dir.resolve("index-pg"));
  }

  @Test
  void aDataDirectoryHoldingOnlyAnH2DatabaseKeepsUsingIt() throws IOException {
    Files.createFile(dir.resolve("harmwatch.mv.db"));
    DatabaseChoice c = DatabaseChoice.of(null, null, null, null, dir, null);
    assertThat(c.kind()).isEqualTo(DatabaseChoice.Kind.H2_FILE);
    assertThat(c.describe()).startsWith("H2 file database in ");
    assertThat(c.indexDir()).isEqualTo(dir.resolve("index"));
    // Once it also holds an embedded PostgreSQL database (e.g. imported into), that one wins.
    Files.createDirectories(dir.resolve("pg"));
    Files.createFile(dir.resolve("pg").resolve("PG_VERSION"));
    assertThat(DatabaseChoice.of(null, null, null, null, dir, null).kind())
        .isEqualTo(DatabaseChoice.Kind.PG_EMBEDDED);
    assertThat(DatabaseChoice.of("h2-file", null, null, null, dir, null).kind())
        .isEqualTo(DatabaseChoice.Kind.H2_FILE);
  }

  @Test
  void productionRefusesTheEmbeddedPostgresToo() {
    assertThatThrownBy(() -> DatabaseChoice.of(null, null, null, null, dir, "prod"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("pg-embedded");
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

  @Test
  void aDatabaseFileKeyIsForAnH2FileOnlyAndRefusedForPostgresNamingTheVariable() {
    assertThat(
            DatabaseChoice.of("h2-file", null, null, null, dir, null).h2FileKey("k3y-of-length-13"))
        .isEqualTo("k3y-of-length-13");
    assertThat(DatabaseChoice.of("h2-file", null, null, null, dir, null).h2FileKey(null)).isNull();
    assertThat(DatabaseChoice.of(null, null, null, null, dir, null).h2FileKey("")).isNull();
    for (String kind : new String[] {"pg-embedded", "h2-mem"}) {
      assertThatThrownBy(
              () ->
                  DatabaseChoice.of(kind, null, null, null, dir, null)
                      .h2FileKey("k3y-of-length-13"))
          .as(kind)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("HARMWATCH_DB_FILE_KEY")
          .hasMessageContaining("encrypted file system");
    }
  }
}

package org.harmwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import org.harmwatch.core.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database's folder, file and password are its owner's only. */
class H2FilesIT {
  @TempDir Path tmp;

  private static String mode(Path p) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  @Test
  void aNewDatabaseGetsAPrivateFolderFileAndAGeneratedPassword() throws Exception {
    Path dir = tmp.resolve("data");
    DatabaseSettings s = H2Files.settings(dir);
    assertThat(s.password()).hasSizeGreaterThanOrEqualTo(24);
    try (Database db = Database.open(s)) {
      new JdbcIncidentStore(db)
          .save(Document.ofText("d1", "t", LocalDate.of(2024, 1, 1), "x"), java.util.List.of());
    }
    assertThat(mode(dir)).isEqualTo("rwx------");
    assertThat(mode(dir.resolve("harmwatch.mv.db"))).isEqualTo("rw-------");
    assertThat(mode(dir.resolve(H2Files.PASSWORD_FILE))).isEqualTo("rw-------");
    assertThat(Files.readString(dir.resolve(H2Files.PASSWORD_FILE)).trim()).isEqualTo(s.password());
    assertThat(H2Files.settings(dir).password()).isEqualTo(s.password());
    assertThatThrownBy(() -> connect(dir, "")).isInstanceOf(SQLException.class);
    try (Database db = Database.open(H2Files.settings(dir))) {
      assertThat(new JdbcIncidentStore(db).document("d1")).isPresent();
    }
  }

  @Test
  void aDatabaseMadeWithTheEmptyPasswordKeepsWorkingAndGetsOne() throws Exception {
    Path dir = tmp.resolve("old");
    Files.createDirectories(dir);
    try (Database db = Database.open(DatabaseSettings.h2File(dir))) {
      new JdbcIncidentStore(db)
          .save(Document.ofText("old", "t", LocalDate.of(2024, 1, 1), "y"), java.util.List.of());
    }
    DatabaseSettings s = H2Files.settings(dir);
    assertThat(s.password()).isNotEmpty();
    try (Database db = Database.open(s)) {
      assertThat(new JdbcIncidentStore(db).document("old")).isPresent();
    }
    assertThatThrownBy(() -> connect(dir, "")).isInstanceOf(SQLException.class);
    assertThat(mode(dir)).isEqualTo("rwx------");
    assertThat(mode(dir.resolve("harmwatch.mv.db"))).isEqualTo("rw-------");
    assertThat(H2Files.settings(dir).password()).isEqualTo(s.password());
  }

  @Test
  void aPasswordFileLeftEmptyByAKilledRunIsMadeAgain() throws Exception {
    Path dir = tmp.resolve("killed");
    Files.createDirectories(dir);
    Files.createFile(dir.resolve(H2Files.PASSWORD_FILE + ".new"));
    DatabaseSettings s = H2Files.settings(dir);
    assertThat(s.password()).isNotEmpty();
    try (Database db = Database.open(s)) {
      assertThat(new JdbcIncidentStore(db).documentCount()).isZero();
    }
    assertThat(H2Files.settings(dir).password()).isEqualTo(s.password());
  }

  private static void connect(Path dir, String password) throws SQLException {
    try (Connection c =
        DriverManager.getConnection(DatabaseSettings.h2File(dir).url(), "sa", password)) {
      c.isValid(1);
    }
  }

  private static final String SECRET_TEXT = "Zephyrine Okonkwo-Baptiste witnessed the raid";

  private static boolean fileHolds(Path dir, String text) throws Exception {
    byte[] file = Files.readAllBytes(dir.resolve("harmwatch.mv.db"));
    return new String(file, java.nio.charset.StandardCharsets.ISO_8859_1).contains(text);
  }

  @Test
  void withAFileKeyTheDatabaseFileIsEncryptedAndOpensOnlyWithTheKey() throws Exception {
    Path plainDir = tmp.resolve("plain");
    try (Database db = Database.open(H2Files.settings(plainDir))) {
      new JdbcIncidentStore(db)
          .save(
              Document.ofText("p1", "t", LocalDate.of(2024, 1, 1), SECRET_TEXT),
              java.util.List.of());
    }
    // The check below means something: a plain file shows the text.
    assertThat(fileHolds(plainDir, SECRET_TEXT)).isTrue();
    assertThat(H2Files.encrypted(plainDir.resolve("harmwatch.mv.db"))).isFalse();

    Path dir = tmp.resolve("secret");
    String key = "correct-horse-battery-staple";
    try (Database db = Database.open(H2Files.settings(dir, key))) {
      new JdbcIncidentStore(db)
          .save(
              Document.ofText("s1", "t", LocalDate.of(2024, 1, 1), SECRET_TEXT),
              java.util.List.of());
    }
    assertThat(fileHolds(dir, SECRET_TEXT)).isFalse();
    assertThat(fileHolds(dir, "witnessed")).isFalse();
    assertThat(H2Files.encrypted(dir.resolve("harmwatch.mv.db"))).isTrue();
    assertThat(mode(dir.resolve("harmwatch.mv.db"))).isEqualTo("rw-------");
    assertThat(Files.readString(dir.resolve(H2Files.PASSWORD_FILE))).doesNotContain(key);

    assertThatThrownBy(() -> H2Files.settings(dir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is encrypted")
        .hasMessageContaining(H2Files.FILE_KEY_VARIABLE);
    assertThatThrownBy(() -> Database.open(H2Files.settings(dir, "another-key-of-length")).close())
        .isInstanceOf(RuntimeException.class);
    try (Database db = Database.open(H2Files.settings(dir, key))) {
      assertThat(new JdbcIncidentStore(db).document("s1").orElseThrow().text())
          .isEqualTo(SECRET_TEXT);
    }
  }

  @Test
  void aFileKeyForAPlainDatabaseOrAnUnusableKeyIsRefusedNamingWhy() throws Exception {
    Path dir = tmp.resolve("plain2");
    try (Database db = Database.open(H2Files.settings(dir))) {
      new JdbcIncidentStore(db)
          .save(Document.ofText("p2", "t", LocalDate.of(2024, 1, 1), "x"), java.util.List.of());
    }
    assertThatThrownBy(() -> H2Files.settings(dir, "a-long-enough-key"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is not encrypted");
    assertThatThrownBy(() -> H2Files.settings(tmp.resolve("new1"), "short"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 12 characters");
    assertThatThrownBy(() -> H2Files.settings(tmp.resolve("new2"), "has a space in it"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("without spaces");
  }
}

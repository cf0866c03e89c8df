package org.harmwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {
  @Test
  void refusesOtherDatabasesByName() {
    assertThatThrownBy(() -> new DatabaseSettings("jdbc:mysql://db/hw", "u", "p", 4))
        .hasMessageContaining("jdbc:mysql://db/hw");
    assertThatThrownBy(() -> DatabaseSettings.postgres("jdbc:h2:mem:x", "u", "p"))
        .hasMessageContaining("jdbc:h2:mem:x");
    assertThatThrownBy(() -> DatabaseSettings.h2Memory("bad name;"))
        .hasMessageContaining("bad name;");
  }

  @Test
  void neverShowsThePassword() {
    DatabaseSettings s =
        DatabaseSettings.postgres("jdbc:postgresql://db:5432/hw?password=hunter2", "hw", "s3cret");
    assertThat(s.describe()).doesNotContain("hunter2").doesNotContain("s3cret");
    assertThat(s.toString()).doesNotContain("hunter2").doesNotContain("s3cret");
  }

  @Test
  void theFileDatabaseLivesUnderTheDataDirectory() {
    DatabaseSettings s = DatabaseSettings.h2File(Path.of("/tmp/hw-data"));
    assertThat(s.url()).startsWith("jdbc:h2:file:/tmp/hw-data/harmwatch;");
    assertThat(s.describe()).isEqualTo("H2 file database /tmp/hw-data/harmwatch.mv.db");
  }

  @Test
  void theFileDatabaseIsSharedWithLaterProcessesOverTheLoopbackOnly() throws Exception {
    // An export while serve runs reaches the database through H2's mixed mode.
    assertThat(DatabaseSettings.h2File(Path.of("/tmp/hw-data")).url())
        .contains(";AUTO_SERVER=TRUE");
    Class.forName(Database.class.getName());
    assertThat(System.getProperty("h2.bindAddress")).isEqualTo("127.0.0.1");
  }
}

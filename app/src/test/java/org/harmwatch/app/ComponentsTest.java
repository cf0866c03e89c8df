package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wiring's life cycle: serve's shutdown hook and the command both close it. */
class ComponentsTest {
  @TempDir Path dir;

  @Test
  void closingTwiceClosesOnceAndTheDatabaseOpensAgainAfter() {
    DatabaseChoice choice = DatabaseChoice.of("h2-file", null, null, null, dir, "dev");
    Components components = new Components();
    assertThat(components.store(choice).documentCount()).isZero();
    components.close();
    assertThatCode(components::close).doesNotThrowAnyException();
    try (Components again = new Components()) {
      assertThat(again.store(choice).documentCount()).isZero();
    }
  }
}

package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.harmwatch.core.store.IncidentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The storage side of the wiring: each part opened once, a reading command sharing the store. */
class StoragePartsTest {
  @TempDir Path dir;

  @Test
  void eachPartOpensOnceAndAReaderGetsTheOpenStore() {
    DatabaseChoice choice = DatabaseChoice.of("h2-file", null, null, null, dir, "dev");
    try (StorageParts parts = new StorageParts()) {
      IncidentStore store = parts.store(choice);
      assertThat(parts.store(choice)).isSameAs(store);
      assertThat(parts.readingStore(choice, true)).isSameAs(store);
      assertThat(parts.database(choice)).isSameAs(parts.database(choice));
      assertThat(parts.textIndexer(choice)).isSameAs(parts.textIndexer(choice));
      assertThat(store.documentCount()).isZero();
    }
  }
}

package org.harmwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.harmwatch.core.review.Change;
import org.harmwatch.core.review.ChangeKind;
import org.junit.jupiter.api.Test;

class HistoryLogIT {
  @Test
  void changesComeBackInOrderWithTheirValuesAndNulls() throws SQLException {
    try (Database db =
            Database.open(
                DatabaseSettings.h2Memory("h" + UUID.randomUUID().toString().replace("-", "")));
        Connection c = db.dataSource().getConnection()) {
      Instant t = Instant.parse("2026-11-20T10:15:30Z");
      HistoryLog.record(
          c,
          new Change(
              0,
              "inc-1",
              t,
              "amina",
              ChangeKind.EDITED,
              "casualties.killed",
              "{\"min\":12,\"max\":12}",
              "{\"min\":13,\"max\":15}",
              "HRW report gives 13 to 15"));
      HistoryLog.record(
          c,
          new Change(
              0, "inc-1", t.plusSeconds(60), "system", ChangeKind.MERGED, null, null, null, null));
      HistoryLog.record(
          c,
          new Change(
              0,
              "inc-2",
              t,
              "amina",
              ChangeKind.GRADED,
              "grade",
              null,
              "\"fair\"",
              "one local source"));

      List<Change> history = HistoryLog.list(c, "inc-1");

      assertThat(history)
          .extracting(Change::kind)
          .containsExactly(ChangeKind.EDITED, ChangeKind.MERGED);
      assertThat(history.get(0).seq()).isLessThan(history.get(1).seq());
      assertThat(history.get(0))
          .extracting(
              Change::at,
              Change::user,
              Change::field,
              Change::oldValue,
              Change::newValue,
              Change::reason)
          .containsExactly(
              t,
              "amina",
              "casualties.killed",
              "{\"min\":12,\"max\":12}",
              "{\"min\":13,\"max\":15}",
              "HRW report gives 13 to 15");
      assertThat(history.get(1).field()).isNull();
      assertThat(history.get(1).reason()).isNull();
    }
  }
}

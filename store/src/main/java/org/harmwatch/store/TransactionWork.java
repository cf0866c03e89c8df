package org.harmwatch.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Work done on one database connection, in one transaction or in auto-commit mode. */
@FunctionalInterface
interface TransactionWork<T> {
  T run(Connection c) throws SQLException;

  /**
   * Runs {@code work} in one transaction on a connection of {@code ds}: commits and returns its
   * result, or rolls back and rethrows; a database failure becomes a {@link StoreException} with
   * {@code failure} as its message.
   */
  static <T> T inOne(DataSource ds, String failure, TransactionWork<T> work) {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException(failure, e);
    }
  }

  /**
   * As {@link #inOne}, for work that writes {@code table}: the write is counted for the caches of
   * that table ({@link Writes}) once the transaction has ended, committed or not (a rolled-back
   * write only makes a cache read again).
   */
  static <T> T changing(
      DataSource ds, Writes.Table table, String failure, TransactionWork<T> work) {
    try {
      return inOne(ds, failure, work);
    } finally {
      Writes.of(ds).wrote(table);
    }
  }

  /**
   * Runs {@code work} on a connection of {@code ds} in auto-commit mode (each statement its own
   * transaction); a database failure becomes a {@link StoreException} with {@code failure} as its
   * message.
   */
  static <T> T onConnection(DataSource ds, String failure, TransactionWork<T> work) {
    try (Connection c = ds.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException(failure, e);
    }
  }
}

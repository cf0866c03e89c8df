package org.harmwatch.core.store;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * A whole database written to a stream and read back into another database, possibly of another
 * kind: every table the schema has (documents with their original bytes, incidents, history, review
 * state, users, reading logs, and tables added later), except login secrets (sessions, API tokens),
 * which are never written. Implementations are thread-safe.
 */
public interface DatabaseArchive {
  /**
   * Told as rows are written or read: {@code done} of {@code total}. During an import it may stop
   * the import by throwing: the transaction is rolled back (nothing is imported) and the exception
   * rethrown.
   */
  interface Progress {
    /** {@code done} rows of {@code total} are through. */
    void rows(long done, long total);
  }

  /** Writes every table to {@code out} from one consistent snapshot; returns rows by table. */
  Map<String, Long> exportTo(OutputStream out, Progress progress);

  /**
   * Reads an archive from {@code in} into this database in one transaction and checks the row
   * counts; returns rows by table. Refuses a database that already holds rows unless {@code
   * intoNonEmpty}.
   *
   * @throws IllegalArgumentException naming what is wrong with the archive or the target
   */
  Map<String, Long> importFrom(InputStream in, boolean intoNonEmpty, Progress progress);
}

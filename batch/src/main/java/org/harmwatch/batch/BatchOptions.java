package org.harmwatch.batch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.harmwatch.store.DatabaseSettings;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options of a batch run, shared by {@code harmwatch batch} and {@link BatchMain}. Plain fields
 * (picocli fills them); {@link #validate} fails fast and names the bad value.
 */
public final class BatchOptions {
  /** The Spark master used when none is given: every core of this machine. */
  public static final String DEFAULT_MASTER = "local[*]";

  @Parameters(
      paramLabel = "IN",
      arity = "1..*",
      description =
          "Input files or folders (recursive): .jsonl/.ndjson/.json, .txt, .html/.htm, .pdf,"
              + " .rss/.atom/.xml, .warc/.warc.gz; local paths or any Hadoop file system URI"
              + " (hdfs://, s3a:// with its connector on the classpath).")
  public List<String> inputs = new ArrayList<>();

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description =
          "Output folder (local or Hadoop URI); must not exist or be empty. Gets parquet/ and"
              + " jsonl/ with documents, incidents, sources, links and rejects, and summary.json.")
  public String out;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "Spark master: local[*] (default when not run by spark-submit), local[N],"
              + " spark://host:7077, yarn, k8s://...")
  public String master;

  @Option(
      names = "--published",
      paramLabel = "YYYY-MM-DD",
      description = "Publication date for documents that have none; anchors relative dates.")
  public LocalDate published;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      defaultValue = "0",
      description = "Extraction partitions (default 0: four per core of the cluster, at least 2).")
  public int partitions;

  @Option(
      names = "--load-jdbc",
      paramLabel = "JDBC_URL",
      description =
          "Also load the result into the PostgreSQL database of a serve deployment"
              + " (jdbc:postgresql://host:5432/db), through its own schema; documents already"
              + " stored (same SHA-256) are skipped, so loading twice changes nothing. Password:"
              + " env HARMWATCH_DB_PASSWORD.")
  public String loadJdbc;

  @Option(
      names = "--load-user",
      paramLabel = "USER",
      defaultValue = "${env:HARMWATCH_DB_USER}",
      description = "Database user for --load-jdbc. Env HARMWATCH_DB_USER.")
  public String loadUser;

  /**
   * The focus countries of place resolution ("ML,BF,NE"; null for none), as {@code extract
   * --focus}: set by {@code harmwatch batch --focus} and by {@link BatchMain}'s own option.
   */
  public String focus;

  /** The database {@code --load-jdbc} names, with the password from HARMWATCH_DB_PASSWORD. */
  public DatabaseSettings loadSettings() {
    return loadJdbc == null
        ? null
        : DatabaseSettings.postgres(loadJdbc, loadUser, System.getenv("HARMWATCH_DB_PASSWORD"));
  }

  /** Checks the values; throws {@link IllegalArgumentException} naming the first bad one. */
  public BatchOptions validate() {
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("batch needs at least one input file or folder");
    }
    for (String in : inputs) {
      if (in == null || in.isBlank()) {
        throw new IllegalArgumentException("blank input path");
      }
    }
    if (out == null || out.isBlank()) {
      throw new IllegalArgumentException("--out must name a folder");
    }
    if (partitions < 0) {
      throw new IllegalArgumentException("--partitions must be 0 or more, was " + partitions);
    }
    if (master != null && master.isBlank()) {
      throw new IllegalArgumentException("--master is blank");
    }
    if (loadJdbc != null && !loadJdbc.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "--load-jdbc must start with jdbc:postgresql:, was '"
              + DatabaseSettings.redact(loadJdbc)
              + "'");
    }
    Extraction.focus(focus);
    return this;
  }
}

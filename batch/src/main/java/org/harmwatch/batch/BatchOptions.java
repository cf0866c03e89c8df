package org.harmwatch.batch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
    return this;
  }
}

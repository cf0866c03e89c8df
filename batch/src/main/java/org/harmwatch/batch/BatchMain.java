package org.harmwatch.batch;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The main class of the batch job, for {@code spark-submit --class org.harmwatch.batch.BatchMain
 * batch/target/harmwatch-batch-spark.jar IN... --out DIR} and for {@code harmwatch batch}, which
 * runs it in a JVM of its own on this module's classpath. Without {@code --master} and outside
 * spark-submit it runs on {@code local[*]}.
 */
@Command(
    name = "harmwatch-batch",
    mixinStandardHelpOptions = true,
    description = "Extract and link incidents from archives with Apache Spark.")
public final class BatchMain implements Callable<Integer> {
  @Mixin BatchOptions options = new BatchOptions();

  @CommandLine.Option(
      names = "--focus",
      paramLabel = "CODES",
      defaultValue = "${env:HARMWATCH_FOCUS}",
      description =
          "Countries a place name without country is looked for first, e.g. ML,BF,NE"
              + " (env HARMWATCH_FOCUS; default: none), as for harmwatch extract.")
  String focus;

  /** Runs the job and exits with 0, or 2 for bad options, 1 for a failure. */
  public static void main(String[] args) {
    CommandLine cl = new CommandLine(new BatchMain());
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          commandLine.getErr().println("harmwatch batch: " + ex.getMessage());
          return ex instanceof IllegalArgumentException ? 2 : 1;
        });
    System.exit(cl.execute(args));
  }

  @Override
  public Integer call() {
    options.focus = focus;
    options.validate();
    SparkConf conf = new SparkConf().setAppName("harmwatch batch");
    if (options.master != null) {
      conf.setMaster(options.master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster(BatchOptions.DEFAULT_MASTER);
    }
    if (conf.get("spark.master").startsWith("local")) {
      // One machine: nothing needs to reach the driver from outside, so it listens on loopback
      // only, and without the web UI unless asked for.
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
      conf.setIfMissing("spark.ui.enabled", "false");
    }
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    try {
      BatchSummary summary = BatchJob.run(spark, options);
      PrintWriter out = new PrintWriter(System.out, true);
      out.println("harmwatch batch: " + summary);
      out.println("output: " + options.out);
      if (summary.loaded() != null) {
        out.println(BatchLoad.NEXT);
      }
      return 0;
    } finally {
      spark.stop();
    }
  }
}

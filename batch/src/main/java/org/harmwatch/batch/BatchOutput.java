package org.harmwatch.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The batch job's output folder: checked to be new or empty before the job, then each table written
 * as Parquet and as JSON Lines part files, and the summary file.
 */
final class BatchOutput {
  private BatchOutput() {}

  static void write(
      SparkSession spark,
      Path out,
      String name,
      StructType schema,
      JavaRDD<Row> rows,
      JavaRDD<String> lines) {
    spark
        .createDataFrame(rows, schema)
        .write()
        .parquet(new Path(new Path(out, "parquet"), name).toString());
    Path jsonl = new Path(new Path(out, "jsonl"), name);
    spark.createDataset(lines.rdd(), Encoders.STRING()).write().text(jsonl.toString());
    // Part files named *.jsonl and no _SUCCESS marker: the folder is then an input that
    // `harmwatch ingest` and `extract` read as JSON Lines.
    try {
      FileSystem fs = jsonl.getFileSystem(spark.sparkContext().hadoopConfiguration());
      for (org.apache.hadoop.fs.FileStatus f : fs.listStatus(jsonl)) {
        String n = f.getPath().getName();
        if (n.equals("_SUCCESS")) {
          fs.delete(f.getPath(), false);
        } else if (n.startsWith("part-") && n.endsWith(".txt")) {
          fs.rename(f.getPath(), new Path(jsonl, n.substring(0, n.length() - 4) + ".jsonl"));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot name the part files of " + jsonl + ": " + e, e);
    }
  }

  // The output folder must be new or empty: a job never mixes its files with an older run's.
  static void checkOut(Configuration conf, Path out) {
    try {
      FileSystem fs = out.getFileSystem(conf);
      if (fs.exists(out) && (fs.getFileStatus(out).isFile() || fs.listStatus(out).length > 0)) {
        throw new IllegalArgumentException(
            "--out " + out + " exists and is not an empty folder; choose a new one");
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("--out " + out + " cannot be checked: " + e, e);
    }
  }

  static void writeText(Configuration conf, Path path, String text) {
    try (OutputStream o = path.getFileSystem(conf).create(path, true)) {
      o.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot write " + path + ": " + e, e);
    }
  }
}

package org.harmwatch.batch;

import org.apache.spark.sql.SparkSession;

/** The Spark session of the tests: local[2], driver on 127.0.0.1, no UI, small shuffles. */
final class LocalSpark {
  private static SparkSession spark;

  private LocalSpark() {}

  static synchronized SparkSession get() {
    if (spark == null) {
      spark =
          SparkSession.builder()
              .appName("harmwatch batch tests")
              .master("local[2]")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "4")
              .config("spark.default.parallelism", "4")
              .getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(spark::stop));
    }
    return spark;
  }
}

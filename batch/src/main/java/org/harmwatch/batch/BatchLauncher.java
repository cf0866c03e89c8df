package org.harmwatch.batch;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts {@link BatchMain} in a JVM of its own on the batch module's classpath ({@code
 * harmwatch-batch.jar} and {@code lib/*} in {@code batch/target}), so that the app's jar never
 * carries Spark (about 280 MB of libraries) and {@code harmwatch} commands other than {@code batch}
 * start as fast as before. Refers to no Spark class.
 */
public final class BatchLauncher {
  /** The JDK internals Spark needs opened on Java 17 (the flags spark-submit's launcher adds). */
  public static final List<String> JAVA_OPENS =
      List.of(
          "--add-opens=java.base/java.lang=ALL-UNNAMED",
          "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
          "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
          "--add-opens=java.base/java.io=ALL-UNNAMED",
          "--add-opens=java.base/java.net=ALL-UNNAMED",
          "--add-opens=java.base/java.nio=ALL-UNNAMED",
          "--add-opens=java.base/java.util=ALL-UNNAMED",
          "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
          "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
          "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
          "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
          "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
          "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
          "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
          "-Djdk.reflect.useDirectMethodHandle=false",
          "-Dio.netty.tryReflectionSetAccessible=true");

  private BatchLauncher() {}

  /**
   * The {@code batch/target} folder of a source tree, found from the app jar's location ({@code
   * app/target/harmwatch.jar}) or the {@code harmwatch.batch.home} system property.
   */
  public static Path batchTarget(Path appJar) {
    String home = System.getProperty("harmwatch.batch.home");
    if (home != null && !home.isBlank()) {
      return Path.of(home);
    }
    Path root = appJar.toAbsolutePath().getParent();
    for (int i = 0; i < 3 && root != null; i++) {
      Path candidate = root.resolve("batch").resolve("target");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
      root = root.getParent();
    }
    return appJar.toAbsolutePath().getParent().resolve("../../batch/target").normalize();
  }

  /**
   * The command that runs the job; fails naming what is missing when the classpath is not built.
   */
  public static List<String> command(Path batchTarget, BatchOptions o, List<String> javaOptions) {
    Path jar = batchTarget.resolve("harmwatch-batch.jar");
    Path lib = batchTarget.resolve("lib");
    if (!Files.isRegularFile(jar) || !Files.isDirectory(lib)) {
      throw new IllegalStateException(
          "the batch job is not built ("
              + jar
              + " and "
              + lib
              + "/ are missing): run 'mvn -pl batch -am package -DskipTests'");
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(JAVA_OPENS);
    cmd.addAll(javaOptions);
    cmd.add("-cp");
    cmd.add(jar + File.pathSeparator + lib + File.separator + "*");
    cmd.add(BatchMain.class.getName());
    cmd.addAll(o.inputs);
    cmd.add("--out");
    cmd.add(o.out);
    if (o.master != null) {
      cmd.add("--master");
      cmd.add(o.master);
    }
    if (o.published != null) {
      cmd.add("--published");
      cmd.add(o.published.toString());
    }
    if (o.focus != null && !o.focus.isBlank()) {
      cmd.add("--focus");
      cmd.add(o.focus);
    }
    if (o.loadJdbc != null) {
      // The password reaches the child through the inherited HARMWATCH_DB_PASSWORD, never argv.
      cmd.add("--load-jdbc");
      cmd.add(o.loadJdbc);
    }
    if (o.loadUser != null) {
      cmd.add("--load-user");
      cmd.add(o.loadUser);
    }
    if (o.partitions > 0) {
      cmd.add("--partitions");
      cmd.add(Integer.toString(o.partitions));
    }
    return cmd;
  }

  /** Runs {@code command} with this process's standard streams; returns its exit code. */
  public static int run(List<String> command) throws IOException, InterruptedException {
    return new ProcessBuilder(command).inheritIO().start().waitFor();
  }
}

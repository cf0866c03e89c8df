package org.harmwatch.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs PostgreSQL's {@code initdb} and {@code pg_ctl} for {@link EmbeddedPostgres}. PostgreSQL
 * refuses to run as root; as root on Linux the programs run in a user namespace of their own
 * ({@code unshare -U}, as the zonky test library does), where they are not root.
 */
final class PgControl {
  private static final Logger LOG = LoggerFactory.getLogger(PgControl.class);
  private static final int START_SECONDS = 300;
  private static final int STOP_SECONDS = 120;

  private final Path bin;
  private final Path scratchParent;
  private final List<String> prefix;

  PgControl(Path bin, Path scratchParent) {
    this.bin = bin;
    this.scratchParent = scratchParent;
    this.prefix = asRootOnLinux() ? List.of("unshare", "-U") : List.of();
  }

  /**
   * Makes a new cluster in {@code cluster}: UTF-8, ICU's root locale (so that {@code LOWER} folds
   * accented letters, as H2 does), password authentication only. Made in a scratch folder and
   * renamed whole, so a run killed during {@code initdb} leaves nothing half made.
   */
  void initdb(Path cluster, Path passwordFile, String user) throws IOException {
    if (Files.isDirectory(cluster)) {
      try (var entries = Files.list(cluster)) {
        if (entries.findAny().isPresent()) {
          throw new IllegalStateException(
              cluster
                  + " is not empty but holds no PostgreSQL database (no PG_VERSION);"
                  + " move it away");
        }
      }
      Files.delete(cluster);
    }
    Path scratch = scratchParent.resolve(cluster.getFileName() + ".init");
    deleteTree(scratch);
    long t0 = System.nanoTime();
    run(
        "initdb",
        60 * 10,
        List.of(
            "-D",
            scratch.toString(),
            "-U",
            user,
            "-E",
            "UTF8",
            "--locale=C",
            "--locale-provider=icu",
            "--icu-locale=und",
            "-A",
            "scram-sha-256",
            "--pwfile=" + passwordFile,
            "--no-instructions"));
    Files.move(scratch, cluster, StandardCopyOption.ATOMIC_MOVE);
    LOG.info(
        "made a PostgreSQL database in {} in {} ms", cluster, (System.nanoTime() - t0) / 1_000_000);
  }

  /**
   * Starts the server of {@code cluster} on a free port of 127.0.0.1 and waits until it accepts
   * connections (after crash recovery, if the last server was killed); returns the port.
   */
  int start(Path cluster, Path logFile) {
    IllegalStateException last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      int port = EmbeddedPostgres.freePort();
      String options =
          String.join(
              " ",
              "-p " + port,
              "-c listen_addresses=127.0.0.1",
              "-c unix_socket_directories=",
              // Both are PostgreSQL's defaults, stated because crash safety rests on them.
              "-c fsync=on",
              "-c synchronous_commit=on",
              "-c max_connections=100",
              "-c timezone=UTC");
      try {
        run(
            "pg_ctl",
            START_SECONDS + 30,
            List.of(
                "-D",
                cluster.toString(),
                "-l",
                logFile.toString(),
                "-w",
                "-t",
                Integer.toString(START_SECONDS),
                "-o",
                options,
                "start"));
        return port;
      } catch (IllegalStateException e) {
        last = e;
        String tail = tail(logFile);
        if (!tail.contains("could not bind") && !tail.contains("already in use")) {
          throw new IllegalStateException(
              e.getMessage() + "; the end of " + logFile + ":\n" + tail, e);
        }
      }
    }
    throw last;
  }

  /** Stops the server of {@code cluster} cleanly (fast shutdown: clients are disconnected). */
  void stop(Path cluster) {
    if (!Files.exists(cluster.resolve("postmaster.pid"))) {
      return;
    }
    try {
      run(
          "pg_ctl",
          STOP_SECONDS + 30,
          List.of(
              "-D",
              cluster.toString(),
              "-m",
              "fast",
              "-w",
              "-t",
              Integer.toString(STOP_SECONDS),
              "stop"));
    } catch (IllegalStateException e) {
      LOG.error("cannot stop the PostgreSQL server of {}: {}", cluster, e.getMessage());
    }
  }

  /**
   * Stops a server still running on {@code cluster} although no harmwatch process holds the folder:
   * the one a process killed with {@code kill -9} left. A {@code postmaster.pid} naming a process
   * that is gone is left to PostgreSQL, which removes it; one naming a live process that is not
   * PostgreSQL (its number was reused) is removed, as PostgreSQL would refuse to start.
   */
  void stopLeftOver(Path cluster) throws IOException {
    Path pidFile = cluster.resolve("postmaster.pid");
    List<String> lines = EmbeddedPostgres.lines(pidFile);
    if (!Files.exists(pidFile)) {
      return;
    }
    long pid;
    try {
      pid = Long.parseLong(lines.isEmpty() ? "" : lines.get(0).trim());
    } catch (NumberFormatException e) {
      // Written by a server killed while starting: nothing runs on it (this process holds the
      // lock).
      LOG.warn("removing the unreadable {}", pidFile);
      Files.deleteIfExists(pidFile);
      return;
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    if (process.isEmpty()) {
      return;
    }
    Optional<String> command = process.get().info().command();
    if (command.isEmpty()) {
      throw new IllegalStateException(
          pidFile
              + " names process "
              + pid
              + ", which cannot be identified; if no PostgreSQL server runs on "
              + cluster
              + ", delete that file");
    }
    if (!Path.of(command.get()).getFileName().toString().startsWith("postgres")) {
      LOG.warn("removing {}: its process {} is gone (the number is now {})", pidFile, pid, command);
      Files.deleteIfExists(pidFile);
      return;
    }
    LOG.warn(
        "stopping the PostgreSQL server (pid {}) left running on {} by a harmwatch process that"
            + " was killed",
        pid,
        cluster);
    stop(cluster);
    // pg_ctl returns once the server removed its postmaster.pid; the process ends just after.
    try {
      process.get().onExit().get(30, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      // checked below
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (Files.exists(pidFile) || process.get().isAlive()) {
      throw new IllegalStateException(
          "the PostgreSQL server (pid " + pid + ") on " + cluster + " did not stop; stop it first");
    }
  }

  /** The port of a server that accepts connections, from its {@code postmaster.pid}. */
  static Optional<Integer> readyPort(Path pidFile) {
    List<String> lines = EmbeddedPostgres.lines(pidFile);
    // PostgreSQL's lock file: pid, folder, start time, port, socket folder, address, shared
    // memory key, status ("ready" once it accepts connections).
    if (lines.size() < 8 || !lines.get(7).trim().equals("ready")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(lines.get(3).trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private void run(String program, int timeoutSeconds, List<String> args) {
    List<String> command = new ArrayList<>(prefix);
    command.add(bin.resolve(program).toString());
    command.addAll(args);
    Path output = null;
    try {
      output = Files.createTempFile(scratchParent, program + "-", ".out");
      Process p =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(nullFile()))
              .start();
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(program + " did not finish in " + timeoutSeconds + " s");
      }
      if (p.exitValue() != 0) {
        throw new IllegalStateException(
            program
                + " failed (exit "
                + p.exitValue()
                + "): "
                + Files.readString(output, StandardCharsets.UTF_8).strip());
      }
    } catch (IOException e) {
      if (!prefix.isEmpty()) {
        throw new IllegalStateException(
            "cannot run "
                + program
                + ": PostgreSQL does not run as root, and 'unshare -U' (util-linux) could not be"
                + " used to run it in a user namespace; run harmwatch as an ordinary user or use"
                + " --db h2-file ("
                + e.getMessage()
                + ")",
            e);
      }
      throw new UncheckedIOException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + program, e);
    } finally {
      if (output != null) {
        try {
          Files.deleteIfExists(output);
        } catch (IOException ignored) {
          // a scratch file of a few bytes
        }
      }
    }
  }

  private static java.io.File nullFile() {
    return new java.io.File(
        System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")
            ? "NUL"
            : "/dev/null");
  }

  private static String tail(Path logFile) {
    List<String> lines = EmbeddedPostgres.lines(logFile);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
  }

  private static boolean asRootOnLinux() {
    if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")) {
      return false;
    }
    try {
      return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
    } catch (RuntimeException | LinkageError e) {
      return "root".equals(System.getProperty("user.name"));
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}

package org.harmwatch.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server of harmwatch's own, whose data lives in {@code DATA/pg}: made with {@code
 * initdb} on first use, started on a free port of 127.0.0.1 (no Unix socket), password-protected
 * (the password is kept in {@code DATA/pg-password}, {@code rw-------}) and stopped when closed.
 *
 * <p>The process that starts the server holds an exclusive lock on {@code DATA/pg.lock} as long as
 * it runs. A second harmwatch process on the same folder finds the lock taken and connects to the
 * running server as a client instead (as an export beside {@code serve} does with H2's mixed mode);
 * it never starts a second server on the same files. A process killed with {@code kill -9} leaves
 * its server running (PostgreSQL detaches from {@code pg_ctl}) and its lock released: the next
 * start finds that server through {@code postmaster.pid}, stops it cleanly (every committed row is
 * in PostgreSQL's write-ahead log, synchronous commit on) and starts its own.
 */
final class EmbeddedPostgres implements AutoCloseable {
  static final String CLUSTER = "pg";
  static final String LOCK_FILE = "pg.lock";
  static final String PASSWORD_FILE = "pg-password";
  static final String LOG_FILE = "pg.log";
  static final String USER = "harmwatch";
  static final String DATABASE = "harmwatch";

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgres.class);
  private static final int READY_WAIT_SECONDS = 120;

  private final Path dataDir;
  private final PgControl control; // null when another process runs the server
  private final int port;
  private final String password;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final AtomicBoolean closing = new AtomicBoolean();
  private final CountDownLatch closed = new CountDownLatch(1);
  private final Thread hook;

  private EmbeddedPostgres(
      Path dataDir,
      PgControl control,
      int port,
      String password,
      FileChannel lockChannel,
      FileLock lock) {
    this.dataDir = dataDir;
    this.control = control;
    this.port = port;
    this.password = password;
    this.lockChannel = lockChannel;
    this.lock = lock;
    if (control != null) {
      // A command that exits without closing its components still stops its server; a normal
      // close (serve's own shutdown hook) is waited for first, so the pool is closed before.
      hook = new Thread(this::closeFromHook, "embedded-postgres-stop");
      Runtime.getRuntime().addShutdownHook(hook);
    } else {
      hook = null;
    }
  }

  /**
   * Starts the server of {@code dataDir} (making it first when new), or connects to the one another
   * harmwatch process runs there.
   *
   * @throws IllegalStateException naming the folder and the cause when it cannot
   */
  static EmbeddedPostgres start(Path dataDir) {
    Path data = dataDir.toAbsolutePath().normalize();
    PrivateFiles.folder(data);
    FileChannel channel;
    FileLock lock;
    try {
      channel =
          FileChannel.open(
              data.resolve(LOCK_FILE),
              StandardOpenOption.CREATE,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE);
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // this JVM already runs the server
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock " + data.resolve(LOCK_FILE), e);
    }
    if (lock == null) {
      closeQuietly(channel);
      return attach(data);
    }
    try {
      channel.truncate(0);
      channel.write(StandardCharsets.UTF_8.encode(ProcessHandle.current().pid() + "\n"), 0);
      String password = PrivateFiles.secret(data.resolve(PASSWORD_FILE));
      PgControl control = new PgControl(PostgresBinaries.unpacked().resolve("bin"), data);
      Path cluster = data.resolve(CLUSTER);
      if (!Files.exists(cluster.resolve("PG_VERSION"))) {
        control.initdb(cluster, data.resolve(PASSWORD_FILE), USER);
      } else {
        control.stopLeftOver(cluster);
      }
      int port = control.start(cluster, data.resolve(LOG_FILE));
      EmbeddedPostgres server = new EmbeddedPostgres(data, control, port, password, channel, lock);
      try {
        server.createDatabase();
      } catch (RuntimeException e) {
        server.close();
        throw e;
      }
      return server;
    } catch (IOException | RuntimeException e) {
      try {
        lock.release();
      } catch (IOException ignored) {
        // the channel's close releases it too
      }
      closeQuietly(channel);
      if (e instanceof IOException io) {
        throw new UncheckedIOException("cannot start PostgreSQL in " + data, io);
      }
      throw (RuntimeException) e;
    }
  }

  // The lock is another process's: use the server it runs, once that server is ready.
  private static EmbeddedPostgres attach(Path data) {
    Path pidFile = data.resolve(CLUSTER).resolve("postmaster.pid");
    String owner = ownerPid(data);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(READY_WAIT_SECONDS);
    while (System.nanoTime() < deadline) {
      Optional<Integer> port = PgControl.readyPort(pidFile);
      if (port.isPresent()) {
        LOG.info(
            "harmwatch process {} runs the embedded PostgreSQL in {}; connecting to it",
            owner,
            data);
        String password = PrivateFiles.secret(data.resolve(PASSWORD_FILE));
        return new EmbeddedPostgres(data, null, port.get(), password, null, null);
      }
      sleep(200);
    }
    throw new IllegalStateException(
        "another harmwatch process ("
            + owner
            + ") holds "
            + data.resolve(LOCK_FILE)
            + " but its PostgreSQL server did not become ready in "
            + READY_WAIT_SECONDS
            + " s; stop that process or use another --data-dir");
  }

  private static String ownerPid(Path data) {
    try {
      String pid = Files.readString(data.resolve(LOCK_FILE), StandardCharsets.UTF_8).trim();
      return pid.isEmpty() ? "pid unknown" : "pid " + pid;
    } catch (IOException e) {
      return "pid unknown";
    }
  }

  private void createDatabase() {
    try (Connection c = DriverManager.getConnection(url("postgres"), USER, password);
        Statement s = c.createStatement()) {
      try (ResultSet rs =
          s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
        if (rs.next()) {
          return;
        }
      }
      s.execute("CREATE DATABASE " + DATABASE);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot create the database " + DATABASE + " in " + describe() + ": " + e.getMessage(),
          e);
    }
  }

  private String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  /** The JDBC URL of harmwatch's database on this server. */
  String jdbcUrl() {
    return url(DATABASE);
  }

  /** The database user. */
  String user() {
    return USER;
  }

  /** The database password (never logged). */
  String password() {
    return password;
  }

  /** The port the server listens on, on 127.0.0.1. */
  int port() {
    return port;
  }

  /** Whether this process started the server (and stops it when closed). */
  boolean owner() {
    return control != null;
  }

  /** A description for logs. */
  String describe() {
    return "embedded PostgreSQL in "
        + dataDir.resolve(CLUSTER)
        + " on 127.0.0.1:"
        + port
        + (owner() ? "" : " (run by another harmwatch process)");
  }

  /** Stops the server when this process started it, then lets the folder go. */
  @Override
  public void close() {
    if (!closing.compareAndSet(false, true)) {
      return;
    }
    try {
      if (control != null) {
        control.stop(dataDir.resolve(CLUSTER));
      }
    } finally {
      if (lock != null) {
        closeQuietly(lockChannel);
      }
      closed.countDown();
      if (hook != null && Thread.currentThread() != hook) {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
          // the JVM is shutting down; the hook finds the server closed
        }
      }
    }
  }

  private void closeFromHook() {
    try {
      if (closed.await(15, TimeUnit.SECONDS)) {
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    close();
  }

  /** A port of 127.0.0.1 free a moment ago. */
  static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot find a free port on 127.0.0.1", e);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for PostgreSQL", e);
    }
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      LOG.warn("cannot close {}: {}", channel, e.toString());
    }
  }

  /** The lines of a file, or none when it is missing or cannot be read. */
  static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return List.of();
    }
  }
}

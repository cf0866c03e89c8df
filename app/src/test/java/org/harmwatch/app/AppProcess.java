package org.harmwatch.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A harmwatch command run in a JVM of its own (the test's class path), its output and errors
 * written to a log file: for tests that signal or kill the process.
 */
final class AppProcess {
  private AppProcess() {}

  /** Starts {@code harmwatch ARGS...} with its output in {@code log}. */
  static Process start(Path log, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }
}

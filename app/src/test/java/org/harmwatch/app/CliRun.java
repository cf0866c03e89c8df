package org.harmwatch.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of the {@code harmwatch} command line inside the test JVM: its exit code and output. */
record CliRun(int exit, String out, String err) {

  /** Runs {@code harmwatch args...} and captures what it prints. */
  static CliRun run(String... args) {
    return run(Main.commandLine(), args);
  }

  /** Runs {@code args} on command line {@code cl} and captures what it prints. */
  static CliRun run(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return new CliRun(cl.execute(args), out.toString(), err.toString());
  }
}

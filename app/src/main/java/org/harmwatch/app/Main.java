package org.harmwatch.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code harmwatch} command line: the entry point of the runnable jar. */
@Command(
    name = "harmwatch",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Turns reports of violence against civilians into sourced, geolocated incidents.",
    subcommands = {
      ExtractCommand.class,
      IngestCommand.class,
      ServeCommand.class,
      DemoCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      ReindexCommand.class,
      ExportCommand.class,
      ImportCommand.class,
      ImportEventsCommand.class,
      CrossCheckCommand.class,
      RelinkCommand.class,
      AdminCommand.class,
      BatchCommand.class,
      SourcesCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The focus countries setting, for every command (see {@link Components#focus(String)}). */
  @CommandLine.Option(
      names = "--focus",
      scope = CommandLine.ScopeType.INHERIT,
      paramLabel = "CODES",
      defaultValue = "${env:HARMWATCH_FOCUS}",
      description =
          "Countries a place name without country is looked for first, e.g. ML,BF,NE"
              + " (env HARMWATCH_FOCUS; default: none, every country alike).")
  void setFocus(String codes) {
    try {
      Components.focus(codes);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, for tests and {@link #main}. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          commandLine.getErr().println("harmwatch: " + describe(ex));
          return ex instanceof IllegalArgumentException || ex instanceof ConfigurationException
              ? 2
              : 1;
        });
    return cl;
  }

  private static String describe(Throwable ex) {
    String message = ex.getMessage();
    return message == null ? ex.getClass().getSimpleName() : message;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Prints the version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"harmwatch " + (v == null ? "development build" : v)};
    }
  }
}

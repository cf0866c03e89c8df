package org.harmwatch.app;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.harmwatch.core.watch.PollReport;
import org.harmwatch.core.watch.SourceKind;
import org.harmwatch.core.watch.SourceStore;
import org.harmwatch.core.watch.WatchedSource;
import org.harmwatch.watch.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code harmwatch sources}: the watched feeds and pages. {@code add}, {@code list}, {@code
 * remove}, {@code enable}/{@code disable}, and {@code poll} (the due sources, for cron, or the
 * named ones now). {@code serve} polls on schedule by itself.
 */
@Command(
    name = "sources",
    mixinStandardHelpOptions = true,
    description = "Manage and poll the watched feeds and pages.",
    subcommands = {
      SourcesCommand.Add.class,
      SourcesCommand.ListSources.class,
      SourcesCommand.Remove.class,
      SourcesCommand.Enable.class,
      SourcesCommand.Disable.class,
      SourcesCommand.Poll.class
    })
public final class SourcesCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static String line(WatchedSource s) {
    var st = s.state();
    return String.format(
        "%d\t%s\t%s\t%s\t%s\tevery %d min\tnext %s%s%s",
        s.id(),
        s.kind().code(),
        s.enabled() ? (st.flagged() ? "FAILING" : "on") : "off",
        s.name(),
        s.url(),
        s.interval().toMinutes(),
        st.nextPoll(),
        st.lastSuccess() == null ? "" : "\tlast ok " + st.lastSuccess(),
        st.lastError() == null
            ? ""
            : "\tlast error (" + st.failures() + " in a row): " + st.lastError());
  }

  /** {@code sources add URL}. */
  @Command(name = "add", mixinStandardHelpOptions = true, description = "Watch a feed or page.")
  static final class Add implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin DatabaseOptions database;

    @Parameters(index = "0", paramLabel = "URL", description = "The feed's or page's http(s) URL.")
    String url;

    @Option(
        names = "--kind",
        defaultValue = "feed",
        description = "feed (RSS/Atom) or page (a section page whose article links are followed).")
    String kind;

    @Option(names = "--name", description = "A display name (default: the host).")
    String name;

    @Option(names = "--language", description = "Language hint, ISO 639-1 (en, fr).")
    String language;

    @Option(
        names = "--country",
        description =
            "Country hint, ISO 3166-1 alpha-2 (ML): among places of one name, an article"
                + " naming no country is read as this country's.")
    String country;

    @Option(
        names = "--every",
        paramLabel = "MINUTES",
        defaultValue = "30",
        description = "Poll interval in minutes (default ${DEFAULT-VALUE}).")
    long minutes;

    @Option(names = "--disabled", description = "Add it switched off.")
    boolean disabled;

    @Override
    public Integer call() {
      try (Components components = new Components()) {
        WatchedSource s =
            components
                .sources(database.choice())
                .add(
                    new WatchedSource.Draft(
                        SourceKind.parse(kind),
                        url,
                        name,
                        language,
                        country,
                        Duration.ofMinutes(minutes),
                        !disabled),
                    Instant.now());
        PrintWriter out = spec.commandLine().getOut();
        out.println("added source " + s.id() + ": " + s.url());
        out.flush();
        return 0;
      }
    }
  }

  /** {@code sources list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the sources.")
  static final class ListSources implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin DatabaseOptions database;

    @Override
    public Integer call() {
      try (Components components = new Components()) {
        PrintWriter out = spec.commandLine().getOut();
        List<WatchedSource> all = components.sources(database.choice()).list();
        if (all.isEmpty()) {
          out.println("no sources (add one with: harmwatch sources add URL)");
        }
        all.forEach(s -> out.println(line(s)));
        out.flush();
        return 0;
      }
    }
  }

  /** {@code sources remove ID}. */
  @Command(
      name = "remove",
      mixinStandardHelpOptions = true,
      description = "Stop watching a source (its documents and captures stay).")
  static final class Remove implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin DatabaseOptions database;

    @Parameters(paramLabel = "ID", description = "The source's id (see sources list).")
    long id;

    @Override
    public Integer call() {
      try (Components components = new Components()) {
        if (!components.sources(database.choice()).remove(id)) {
          throw new IllegalArgumentException("no source " + id);
        }
        spec.commandLine().getOut().println("removed source " + id);
        spec.commandLine().getOut().flush();
        return 0;
      }
    }
  }

  /** {@code sources enable ID}. */
  @Command(name = "enable", mixinStandardHelpOptions = true, description = "Switch polling on.")
  static final class Enable implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin DatabaseOptions database;

    @Parameters(paramLabel = "ID")
    long id;

    @Override
    public Integer call() {
      return SourcesCommand.swap(spec, database, id, true);
    }
  }

  /** {@code sources disable ID}. */
  @Command(name = "disable", mixinStandardHelpOptions = true, description = "Switch polling off.")
  static final class Disable implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin DatabaseOptions database;

    @Parameters(paramLabel = "ID")
    long id;

    @Override
    public Integer call() {
      return SourcesCommand.swap(spec, database, id, false);
    }
  }

  static int swap(CommandSpec spec, DatabaseOptions database, long id, boolean on) {
    try (Components components = new Components()) {
      if (!components.sources(database.choice()).setEnabled(id, on, Instant.now())) {
        throw new IllegalArgumentException("no source " + id);
      }
      spec.commandLine().getOut().println("source " + id + (on ? " switched on" : " switched off"));
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  /** {@code sources poll [ID...]}. */
  @Command(
      name = "poll",
      mixinStandardHelpOptions = true,
      description = {
        "Poll the sources that are due now (for cron), or the named ones whatever their schedule.",
        "Exit code 1 when a source failed."
      })
  static final class Poll implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin DatabaseOptions database;

    @Parameters(paramLabel = "ID", arity = "0..*", description = "Sources to poll now.")
    List<Long> ids = new ArrayList<>();

    @Override
    public Integer call() {
      try (Components components = new Components()) {
        SourceStore store = components.sources(database.choice());
        Watcher watcher = components.watcher(database.choice());
        List<WatchedSource> todo = new ArrayList<>();
        if (ids.isEmpty()) {
          todo.addAll(store.due(Instant.now()));
        } else {
          for (long id : ids) {
            todo.add(
                store.find(id).orElseThrow(() -> new IllegalArgumentException("no source " + id)));
          }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (todo.isEmpty()) {
          out.println("no source is due");
        }
        int failed = 0;
        for (WatchedSource s : todo) {
          PollReport r = watcher.poll(s);
          if (!r.ok()) {
            failed++;
            out.printf("source %d (%s): FAILED: %s%n", s.id(), s.url(), r.error());
          } else if (r.notModified()) {
            out.printf("source %d (%s): not modified%n", s.id(), s.url());
          } else {
            out.printf(
                "source %d (%s): %d items, %d new, %d captured, %d already held, %d incidents,"
                    + " %d item errors%n",
                s.id(),
                s.url(),
                r.items(),
                r.newItems(),
                r.captured(),
                r.duplicates(),
                r.incidents(),
                r.itemErrors().size());
            r.itemErrors().forEach(e -> out.println("  " + e));
          }
        }
        out.flush();
        return failed == 0 ? 0 : 1;
      }
    }
  }
}

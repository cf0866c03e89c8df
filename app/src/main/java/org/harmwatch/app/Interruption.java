package org.harmwatch.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * A request to stop a long command at its next safe point, made by SIGTERM or Ctrl-C (SIGINT):
 * while installed, the first signal only sets the request, so the command finishes the unit in
 * hand, closes the database and says how far it got; a second signal stops the process at once (as
 * {@code kill -9} would, which the store survives). The JVM's own handling (shutdown hooks, which
 * would close the database under the running command) is restored by {@link #close}. Thread-safe.
 */
final class Interruption implements AutoCloseable {
  /** Thrown by a step that finds the stop requested; carries no error. */
  static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super("interrupted", null, false, false);
    }
  }

  private final AtomicInteger signals = new AtomicInteger();
  private final List<Signal> handled = new ArrayList<>();
  private final List<SignalHandler> previous = new ArrayList<>();

  private Interruption() {}

  /** Handles SIGTERM and SIGINT until {@link #close}. */
  static Interruption install() {
    Interruption i = new Interruption();
    for (String name : List.of("TERM", "INT")) {
      try {
        Signal signal = new Signal(name);
        i.previous.add(Signal.handle(signal, i::signalled));
        i.handled.add(signal);
      } catch (IllegalArgumentException unavailable) {
        // The JVM runs with -Xrs or the platform lacks the signal: its default handling stays.
      }
    }
    return i;
  }

  private void signalled(Signal signal) {
    if (signals.incrementAndGet() > 1) {
      Runtime.getRuntime().halt(128 + signal.getNumber());
    }
  }

  /** Whether a stop was requested. */
  boolean requested() {
    return signals.get() > 0;
  }

  /** Throws {@link Stopped} when a stop was requested: call between two units of work. */
  void check() {
    if (requested()) {
      throw new Stopped();
    }
  }

  /** Gives the signals back to the JVM's default handling. */
  @Override
  public void close() {
    for (int n = 0; n < handled.size(); n++) {
      Signal.handle(handled.get(n), previous.get(n));
    }
  }
}

package org.harmwatch.core.pipeline;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * A request to stop one piece of work (one document's extraction) that nobody wants any more: set
 * by the party that asked for the work (e.g. when an HTTP client disconnects), polled by the worker
 * between steps, which then throws {@link Cancelled} and stores nothing. Thread-safe.
 */
public final class Cancellation {
  private static final Cancellation NONE = new Cancellation(() -> false);

  /** The work was cancelled before it finished; nothing of it was stored. */
  public static final class Cancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Cancelled(String message) {
      super(message);
    }
  }

  private final BooleanSupplier asked;
  private volatile String reason;

  /** A cancellation set only by {@link #cancel}. */
  public Cancellation() {
    this(() -> false);
  }

  /** A cancellation set by {@link #cancel} or as soon as {@code asked} answers true. */
  public Cancellation(BooleanSupplier asked) {
    this.asked = Objects.requireNonNull(asked, "asked");
  }

  /** The cancellation that is never set: work that runs to its end. */
  public static Cancellation none() {
    return NONE;
  }

  /** Asks the work to stop, saying why (e.g. "the client closed the connection"). */
  public void cancel(String why) {
    if (this == NONE) {
      throw new IllegalStateException("Cancellation.none() cannot be cancelled");
    }
    if (reason == null) {
      reason = Objects.requireNonNull(why, "why");
    }
  }

  /** True once the work was asked to stop. */
  public boolean cancelled() {
    if (reason == null && asked.getAsBoolean()) {
      reason = "cancelled";
    }
    return reason != null;
  }

  /**
   * Returns when the work may go on.
   *
   * @throws Cancelled saying why, once the work was asked to stop
   */
  public void check() {
    if (cancelled()) {
      throw new Cancelled("work stopped: " + reason);
    }
  }
}

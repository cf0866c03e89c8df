package org.harmwatch.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.Collection;
import java.util.Objects;
import org.harmwatch.core.account.AccountStore;
import org.harmwatch.core.account.ReadChannel;

/**
 * The access log as seen by handlers: any handler that sends text of documents (evidence, snippets,
 * dossiers, exports) records which documents it quoted with {@link #record}, and the read is logged
 * with the request's user, the channel and the caller's address. {@link ReadingApi} puts the
 * server's instance on each request; without it (a server without accounts) nothing is logged.
 * Thread-safe.
 */
public final class TextReads {
  /** The request attribute holding the server's instance. */
  static final String ATTRIBUTE = "harmwatch.textReads";

  private final AccountStore accounts;
  private final Clock clock;

  TextReads(AccountStore accounts, Clock clock) {
    this.accounts = Objects.requireNonNull(accounts, "accounts");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Logs that the request's user read text of {@code documentIds} through {@code channel}; does
   * nothing for anonymous requests, an empty collection or a server without an access log.
   */
  public static void record(Context ctx, ReadChannel channel, Collection<String> documentIds) {
    if (documentIds.isEmpty()) {
      return;
    }
    Object log = ctx.attribute(ATTRIBUTE);
    Object user = ctx.attribute(RequestUser.ATTRIBUTE);
    if (log instanceof TextReads reads && user instanceof String name) {
      reads.accounts.recordReads(documentIds, name, channel, ctx.ip(), reads.clock.instant());
    }
  }
}

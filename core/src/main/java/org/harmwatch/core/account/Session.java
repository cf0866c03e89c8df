package org.harmwatch.core.account;

import java.time.Instant;
import java.util.Objects;

/**
 * A logged-in browser session: whose it is, the CSRF token its changing requests must send, and
 * when it expires. The session id itself is never stored, only its hash.
 */
public record Session(Account account, String csrfToken, Instant expires) {
  public Session {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(csrfToken, "csrfToken");
    Objects.requireNonNull(expires, "expires");
  }
}

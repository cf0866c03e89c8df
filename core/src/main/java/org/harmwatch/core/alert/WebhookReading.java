package org.harmwatch.core.alert;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.harmwatch.core.account.Account;
import org.harmwatch.core.account.AccountStore;
import org.harmwatch.core.account.Role;
import org.harmwatch.core.store.DocumentRestrictions;
import org.harmwatch.core.store.Restriction;
import org.harmwatch.core.text.WithheldMask;

/**
 * What the owner of a saved search may read of the incidents its webhook sends: a body leaves the
 * server as an export does, so every withheld string (sensitive spans) is masked whatever the
 * owner's role; and the owner's account, as it is when the body is made, decides which restricted
 * documents it may read (the others' incidents go without their title, as in the owner's lists).
 * Implementations are thread-safe.
 */
public interface WebhookReading {
  /** Withholds nothing and restricts nothing: for a server without sensitive spans. */
  WebhookReading OPEN =
      new WebhookReading() {
        @Override
        public WithheldMask mask() {
          return WithheldMask.NONE;
        }

        @Override
        public boolean mayRead(String username, String documentId) {
          return true;
        }
      };

  /** The mask of every withheld string, as the spans are now. */
  WithheldMask mask();

  /** Whether {@code username} may read document {@code documentId} now. */
  boolean mayRead(String username, String documentId);

  /**
   * The reading of {@code restrictions} by the accounts of {@code accounts}, with the mask of
   * {@code mask}; a user without an account (deleted since) or disabled reads no restricted
   * document.
   */
  static WebhookReading of(
      DocumentRestrictions restrictions, AccountStore accounts, Supplier<WithheldMask> mask) {
    Objects.requireNonNull(restrictions, "restrictions");
    Objects.requireNonNull(accounts, "accounts");
    Objects.requireNonNull(mask, "mask");
    return new WebhookReading() {
      @Override
      public WithheldMask mask() {
        return mask.get();
      }

      @Override
      public boolean mayRead(String username, String documentId) {
        Restriction r = restrictions.all().get(documentId);
        if (r == null) {
          return true;
        }
        Optional<Account> account = accounts.user(username).filter(a -> !a.disabled());
        Role role = account.map(Account::role).orElse(null);
        return account.isPresent() && r.allows(username, role);
      }
    };
  }
}

package org.harmwatch.core.store;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.harmwatch.core.account.Role;

/**
 * Documents restricted to named users or roles: others do not read their text, their original, or
 * their incidents' evidence and quoted words. Implementations are thread-safe.
 */
public interface DocumentRestrictions {
  /** Every restriction, by document id. */
  Map<String, Restriction> all();

  /** The restriction of {@code documentId}, if any. */
  Optional<Restriction> of(String documentId);

  /**
   * Restricts {@code documentId} to {@code users} and {@code roles} (admins always read it),
   * replacing any restriction it had; by {@code by}, now.
   *
   * @throws NoSuchElementException when there is no such document
   */
  Restriction restrict(String documentId, Set<String> users, Set<Role> roles, String by);

  /** Lifts the restriction of {@code documentId}; false when it had none. */
  boolean lift(String documentId);
}

package org.harmwatch.core.account;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Users, their login sessions and API tokens, and what they read: the reading queue and the access
 * log of documents. Stores only hashes of passwords, session ids and tokens; hashing is the
 * caller's. Implementations are thread-safe.
 */
public interface AccountStore {
  /** The number of users. */
  long userCount();

  /**
   * Adds a user with a password hash.
   *
   * @throws IllegalArgumentException naming the user when the name is taken or not allowed
   */
  default Account createUser(String username, String passwordHash, Role role, Instant at) {
    return createUser(username, passwordHash, role, at, false);
  }

  /**
   * Adds a user with a password hash; with {@code mustChangePassword} the user must choose a new
   * password at first login (a one-time password given to them).
   *
   * @throws IllegalArgumentException naming the user when the name is taken or not allowed
   */
  Account createUser(
      String username, String passwordHash, Role role, Instant at, boolean mustChangePassword);

  /**
   * Gives {@code username} a one-time password: replaces the hash, ends every session of the user
   * and makes them choose a new password at their next login. False when there is no such user.
   */
  boolean resetPassword(String username, String passwordHash);

  /** Gives {@code username} another role; false when there is no such user. */
  boolean setRole(String username, Role role);

  /**
   * Disables or re-enables {@code username}; disabling ends every session of the user in the same
   * transaction, and while disabled no session or API token of theirs is recognised. False when
   * there is no such user.
   */
  boolean setDisabled(String username, boolean disabled);

  /** The user called {@code username}. */
  Optional<Account> user(String username);

  /** Every user, by name. */
  List<Account> users();

  /** The password hash of {@code username}. */
  Optional<String> passwordHash(String username);

  /**
   * Replaces the password hash of {@code username} and, in the same transaction, ends every session
   * of that user except the one whose id hash is {@code keepSessionIdHash} (the session that made
   * the change; null ends them all). The user's API tokens are kept, and the user no longer must
   * change their password. False, and nothing changed, when there is no such user.
   */
  boolean setPasswordHash(String username, String passwordHash, String keepSessionIdHash);

  /** Starts a session known by the hash of its id. */
  void createSession(String idHash, String username, String csrfToken, Instant expires);

  /**
   * The session with id hash {@code idHash}, if it exists, has not expired at {@code now} and its
   * user is not disabled.
   */
  Optional<Session> session(String idHash, Instant now);

  /** Ends a session; does nothing when it does not exist. */
  void deleteSession(String idHash);

  /** Removes sessions expired at {@code now}; returns how many. */
  int deleteExpiredSessions(Instant now);

  /** Stores an API token by its hash, with a label saying what it is for. */
  void createToken(String tokenHash, String username, String label, Instant at);

  /** The owner of the token with hash {@code tokenHash}, unless that user is disabled. */
  Optional<Account> tokenOwner(String tokenHash);

  /** The tokens of {@code username}, oldest first. */
  List<ApiToken> tokens(String username);

  /**
   * Revokes the token of {@code username} whose public id ({@link ApiToken#id()}) is {@code id};
   * false when that user has no such token.
   */
  boolean deleteToken(String username, String id);

  /** The reading queue of {@code username}, oldest first. */
  List<QueuedDocument> readingQueue(String username);

  /** Puts a document on a user's queue; returns false when it was already there. */
  boolean enqueue(String username, String documentId, Instant at);

  /** Takes a document off a user's queue; returns false when it was not there. */
  boolean dequeue(String username, String documentId);

  /** Records that {@code username} opened a document in the reader at {@code at}. */
  default void recordView(String documentId, String username, Instant at) {
    recordReads(List.of(documentId), username, ReadChannel.READER, null, at);
  }

  /**
   * Records that {@code username}, from {@code address} (null when unknown), read text of each of
   * {@code documentIds} through {@code channel} at {@code at}: one access-log entry per document.
   */
  void recordReads(
      Collection<String> documentIds,
      String username,
      ReadChannel channel,
      String address,
      Instant at);

  /** Who read a document's text, when and how, newest first. */
  List<DocumentView> views(String documentId);

  /**
   * Gives {@code out} every access-log entry from {@code from} (inclusive) to {@code to}
   * (exclusive), either null for no bound, oldest first; returns how many.
   */
  long accessLog(Instant from, Instant to, Consumer<DocumentView> out);
}

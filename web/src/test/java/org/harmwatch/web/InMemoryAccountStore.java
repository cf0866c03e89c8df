package org.harmwatch.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.harmwatch.core.account.Account;
import org.harmwatch.core.account.AccountStore;
import org.harmwatch.core.account.ApiToken;
import org.harmwatch.core.account.DocumentView;
import org.harmwatch.core.account.QueuedDocument;
import org.harmwatch.core.account.Role;
import org.harmwatch.core.account.Session;

/** An {@link AccountStore} in memory for web tests. Thread-safe: every method is synchronized. */
final class InMemoryAccountStore implements AccountStore {
  private record User(Account account, String hash) {}

  private record StoredSession(String user, String csrf, Instant expires) {}

  private final Map<String, User> users = new TreeMap<>();
  private final Map<String, StoredSession> sessions = new TreeMap<>();
  private final Map<String, String> tokens = new TreeMap<>();
  private final Map<String, ApiToken> tokenInfo = new TreeMap<>();
  private final Map<String, List<QueuedDocument>> queues = new TreeMap<>();
  private final List<DocumentView> views = new ArrayList<>();

  @Override
  public synchronized long userCount() {
    return users.size();
  }

  @Override
  public synchronized Account createUser(
      String username, String hash, Role role, Instant at, boolean mustChange) {
    if (users.containsKey(username)) {
      throw new IllegalArgumentException("user '" + username + "' already exists");
    }
    Account a = new Account(username, role, at, false, mustChange);
    users.put(username, new User(a, hash));
    return a;
  }

  @Override
  public synchronized Optional<Account> user(String username) {
    return Optional.ofNullable(users.get(username)).map(User::account);
  }

  @Override
  public synchronized List<Account> users() {
    return users.values().stream().map(User::account).toList();
  }

  @Override
  public synchronized Optional<String> passwordHash(String username) {
    return Optional.ofNullable(users.get(username)).map(User::hash);
  }

  @Override
  public synchronized void createSession(
      String idHash, String username, String csrfToken, Instant expires) {
    sessions.put(idHash, new StoredSession(username, csrfToken, expires));
  }

  @Override
  public synchronized Optional<Session> session(String idHash, Instant now) {
    StoredSession s = sessions.get(idHash);
    if (s == null || !s.expires().isAfter(now) || users.get(s.user()).account().disabled()) {
      return Optional.empty();
    }
    return Optional.of(new Session(users.get(s.user()).account(), s.csrf(), s.expires()));
  }

  @Override
  public synchronized void deleteSession(String idHash) {
    sessions.remove(idHash);
  }

  @Override
  public synchronized int deleteExpiredSessions(Instant now) {
    int before = sessions.size();
    sessions.values().removeIf(s -> !s.expires().isAfter(now));
    return before - sessions.size();
  }

  @Override
  public synchronized void createToken(
      String tokenHash, String username, String label, Instant at) {
    tokens.put(tokenHash, username);
    tokenInfo.put(tokenHash, new ApiToken(tokenHash.substring(0, ApiToken.ID_LENGTH), label, at));
  }

  @Override
  public synchronized List<ApiToken> tokens(String username) {
    return tokens.entrySet().stream()
        .filter(e -> e.getValue().equals(username))
        .map(e -> tokenInfo.get(e.getKey()))
        .toList();
  }

  @Override
  public synchronized boolean deleteToken(String username, String id) {
    for (Map.Entry<String, ApiToken> e : tokenInfo.entrySet()) {
      if (e.getValue().id().equals(id) && username.equals(tokens.get(e.getKey()))) {
        tokens.remove(e.getKey());
        tokenInfo.remove(e.getKey());
        return true;
      }
    }
    return false;
  }

  @Override
  public synchronized boolean setPasswordHash(String username, String hash, String keep) {
    User u = users.get(username);
    if (u == null) {
      return false;
    }
    Account a = u.account();
    users.put(
        username,
        new User(new Account(a.username(), a.role(), a.created(), a.disabled(), false), hash));
    sessions
        .entrySet()
        .removeIf(e -> e.getValue().user().equals(username) && !e.getKey().equals(keep));
    return true;
  }

  @Override
  public synchronized Optional<Account> tokenOwner(String tokenHash) {
    return Optional.ofNullable(tokens.get(tokenHash))
        .map(u -> users.get(u).account())
        .filter(a -> !a.disabled());
  }

  @Override
  public synchronized boolean resetPassword(String username, String hash) {
    User u = users.get(username);
    if (u == null) {
      return false;
    }
    Account a = u.account();
    users.put(
        username,
        new User(new Account(a.username(), a.role(), a.created(), a.disabled(), true), hash));
    sessions.values().removeIf(s -> s.user().equals(username));
    return true;
  }

  @Override
  public synchronized boolean setRole(String username, Role role) {
    User u = users.get(username);
    if (u == null) {
      return false;
    }
    Account a = u.account();
    users.put(
        username,
        new User(
            new Account(a.username(), role, a.created(), a.disabled(), a.mustChangePassword()),
            u.hash()));
    return true;
  }

  @Override
  public synchronized boolean setDisabled(String username, boolean disabled) {
    User u = users.get(username);
    if (u == null) {
      return false;
    }
    Account a = u.account();
    users.put(
        username,
        new User(
            new Account(a.username(), a.role(), a.created(), disabled, a.mustChangePassword()),
            u.hash()));
    if (disabled) {
      sessions.values().removeIf(s -> s.user().equals(username));
    }
    return true;
  }

  @Override
  public synchronized List<QueuedDocument> readingQueue(String username) {
    return List.copyOf(queues.getOrDefault(username, List.of()));
  }

  @Override
  public synchronized boolean enqueue(String username, String documentId, Instant at) {
    List<QueuedDocument> q = queues.computeIfAbsent(username, u -> new ArrayList<>());
    if (q.stream().anyMatch(d -> d.documentId().equals(documentId))) {
      return false;
    }
    return q.add(new QueuedDocument(documentId, at));
  }

  @Override
  public synchronized boolean dequeue(String username, String documentId) {
    return queues
        .getOrDefault(username, new ArrayList<>())
        .removeIf(d -> d.documentId().equals(documentId));
  }

  @Override
  public synchronized void recordReads(
      java.util.Collection<String> documentIds,
      String username,
      org.harmwatch.core.account.ReadChannel channel,
      String address,
      Instant at) {
    for (String id : new java.util.LinkedHashSet<>(documentIds)) {
      views.add(new DocumentView(id, username, at, channel, address));
    }
  }

  @Override
  public synchronized long accessLog(
      Instant from, Instant to, java.util.function.Consumer<DocumentView> out) {
    List<DocumentView> rows =
        views.stream()
            .filter(
                v ->
                    (from == null || !v.at().isBefore(from)) && (to == null || v.at().isBefore(to)))
            .sorted(Comparator.comparing(DocumentView::at))
            .toList();
    rows.forEach(out);
    return rows.size();
  }

  @Override
  public synchronized List<DocumentView> views(String documentId) {
    return views.stream()
        .filter(v -> v.documentId().equals(documentId))
        .sorted(Comparator.comparing(DocumentView::at).reversed())
        .toList();
  }
}

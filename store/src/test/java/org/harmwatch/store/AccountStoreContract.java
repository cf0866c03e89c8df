package org.harmwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.harmwatch.core.account.AccountStore;
import org.harmwatch.core.account.ApiToken;
import org.harmwatch.core.account.DocumentView;
import org.harmwatch.core.account.QueuedDocument;
import org.harmwatch.core.account.ReadChannel;
import org.harmwatch.core.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of the {@link JdbcAccountStore}: users, sessions, tokens, reading queues and the
 * access log (migration V4); run against H2 and PostgreSQL.
 */
abstract class AccountStoreContract {
  private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");

  /** A fresh, empty, migrated database; called before each test. */
  protected abstract Database openDatabase();

  private Database database;
  private AccountStore accounts;

  @BeforeEach
  void openStore() {
    database = openDatabase();
    accounts = new JdbcAccountStore(database);
  }

  @AfterEach
  void closeStore() {
    database.close();
  }

  @Test
  void usersAreCreatedOnceWithTheirRole() {
    assertThat(accounts.userCount()).isZero();
    accounts.createUser("amina", "$2a$hash", Role.ANALYST, T0);
    assertThat(accounts.user("amina"))
        .hasValueSatisfying(a -> assertThat(a.role()).isEqualTo(Role.ANALYST));
    assertThat(accounts.passwordHash("amina")).hasValue("$2a$hash");
    assertThat(accounts.userCount()).isEqualTo(1);
    assertThatThrownBy(() -> accounts.createUser("amina", "x", Role.VIEWER, T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amina");
    assertThatThrownBy(() -> accounts.createUser("bad name", "x", Role.VIEWER, T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad name");
  }

  @Test
  void aSessionIsFoundByItsHashUntilItExpiresOrEnds() {
    accounts.createUser("amina", "h", Role.ANALYST, T0);
    Instant expires = T0.plus(Duration.ofHours(12));
    accounts.createSession("idhash", "amina", "csrf1", expires);
    assertThat(accounts.session("idhash", T0))
        .hasValueSatisfying(s -> assertThat(s.csrfToken()).isEqualTo("csrf1"));
    assertThat(accounts.session("idhash", expires)).isEmpty();
    assertThat(accounts.session("other", T0)).isEmpty();
    assertThat(accounts.deleteExpiredSessions(expires)).isEqualTo(1);
    accounts.createSession("idhash2", "amina", "csrf2", expires);
    accounts.deleteSession("idhash2");
    assertThat(accounts.session("idhash2", T0)).isEmpty();
  }

  @Test
  void aDisabledUsersSessionsEndAndTokensStopUntilReEnabled() {
    accounts.createUser("amina", "h", Role.ANALYST, T0);
    accounts.createUser("omar", "h", Role.ANALYST, T0);
    Instant expires = T0.plus(Duration.ofHours(12));
    accounts.createSession("s1", "amina", "c1", expires);
    accounts.createSession("s2", "omar", "c2", expires);
    accounts.createToken("t1", "amina", "script", T0);

    assertThat(accounts.setDisabled("amina", true)).isTrue();
    assertThat(accounts.user("amina")).hasValueSatisfying(a -> assertThat(a.disabled()).isTrue());
    assertThat(accounts.session("s1", T0)).isEmpty();
    assertThat(accounts.tokenOwner("t1")).isEmpty();
    assertThat(accounts.session("s2", T0)).isPresent();

    assertThat(accounts.setDisabled("amina", false)).isTrue();
    // The ended session stays ended; the token works again.
    assertThat(accounts.session("s1", T0)).isEmpty();
    assertThat(accounts.tokenOwner("t1")).isPresent();
    assertThat(accounts.setDisabled("nobody", true)).isFalse();
  }

  @Test
  void rolesChangeAndOneTimePasswordsMustBeChanged() {
    accounts.createUser("admin", "h0", Role.ADMIN, T0, true);
    assertThat(accounts.user("admin"))
        .hasValueSatisfying(a -> assertThat(a.mustChangePassword()).isTrue());
    accounts.createSession("s1", "admin", "c1", T0.plus(Duration.ofHours(1)));
    assertThat(accounts.session("s1", T0))
        .hasValueSatisfying(s -> assertThat(s.account().mustChangePassword()).isTrue());
    assertThat(accounts.setPasswordHash("admin", "h1", "s1")).isTrue();
    assertThat(accounts.user("admin"))
        .hasValueSatisfying(a -> assertThat(a.mustChangePassword()).isFalse());

    assertThat(accounts.resetPassword("admin", "h2")).isTrue();
    assertThat(accounts.passwordHash("admin")).hasValue("h2");
    assertThat(accounts.session("s1", T0)).isEmpty();
    assertThat(accounts.user("admin"))
        .hasValueSatisfying(a -> assertThat(a.mustChangePassword()).isTrue());
    assertThat(accounts.resetPassword("nobody", "h")).isFalse();

    assertThat(accounts.setRole("admin", Role.VIEWER)).isTrue();
    assertThat(accounts.user("admin"))
        .hasValueSatisfying(a -> assertThat(a.role()).isEqualTo(Role.VIEWER));
    assertThat(accounts.setRole("nobody", Role.VIEWER)).isFalse();
  }

  @Test
  void aTokenNamesItsOwner() {
    accounts.createUser("script", "h", Role.VIEWER, T0);
    accounts.createToken("tokhash", "script", "nightly", T0);
    assertThat(accounts.tokenOwner("tokhash"))
        .hasValueSatisfying(a -> assertThat(a.username()).isEqualTo("script"));
    assertThat(accounts.tokenOwner("nope")).isEmpty();
  }

  @Test
  void tokensAreListedByPublicIdAndRevokedOnlyByTheirOwner() {
    accounts.createUser("script", "h", Role.VIEWER, T0);
    accounts.createUser("other", "h", Role.VIEWER, T0);
    String hash = "0123456789abcdef".repeat(4);
    accounts.createToken(hash, "script", "nightly", T0);
    assertThat(accounts.tokens("script"))
        .containsExactly(new ApiToken("0123456789ab", "nightly", T0));
    assertThat(accounts.tokens("other")).isEmpty();
    assertThat(accounts.deleteToken("other", "0123456789ab")).isFalse();
    assertThat(accounts.deleteToken("script", "%")).isFalse();
    assertThat(accounts.deleteToken("script", "0123456789ab")).isTrue();
    assertThat(accounts.tokenOwner(hash)).isEmpty();
  }

  @Test
  void aPasswordHashIsReplaced() {
    accounts.createUser("amina", "old", Role.ANALYST, T0);
    assertThat(accounts.setPasswordHash("amina", "new", null)).isTrue();
    assertThat(accounts.passwordHash("amina")).hasValue("new");
    assertThat(accounts.setPasswordHash("nobody", "new", null)).isFalse();
  }

  @Test
  void aPasswordChangeEndsEveryOtherSessionOfTheUserButKeepsTokens() {
    Instant expires = T0.plus(Duration.ofHours(12));
    accounts.createUser("amina", "old", Role.ANALYST, T0);
    accounts.createUser("ada", "h", Role.ADMIN, T0);
    accounts.createSession("laptop", "amina", "c1", expires);
    accounts.createSession("phone", "amina", "c2", expires);
    accounts.createSession("stolen", "amina", "c3", expires);
    accounts.createSession("ada1", "ada", "c4", expires);
    accounts.createToken("tokhash", "amina", "nightly", T0);

    assertThat(accounts.setPasswordHash("amina", "new", "laptop")).isTrue();

    assertThat(accounts.session("laptop", T0)).isPresent();
    assertThat(accounts.session("phone", T0)).isEmpty();
    assertThat(accounts.session("stolen", T0)).isEmpty();
    assertThat(accounts.session("ada1", T0)).isPresent();
    assertThat(accounts.tokenOwner("tokhash"))
        .hasValueSatisfying(a -> assertThat(a.username()).isEqualTo("amina"));
  }

  @Test
  void aPasswordChangeWithoutASessionToKeepEndsThemAll() {
    Instant expires = T0.plus(Duration.ofHours(12));
    accounts.createUser("amina", "old", Role.ANALYST, T0);
    accounts.createUser("ada", "h", Role.ADMIN, T0);
    accounts.createSession("laptop", "amina", "c1", expires);
    accounts.createSession("phone", "amina", "c2", expires);
    accounts.createSession("ada1", "ada", "c4", expires);

    assertThat(accounts.setPasswordHash("amina", "new", null)).isTrue();

    assertThat(accounts.session("laptop", T0)).isEmpty();
    assertThat(accounts.session("phone", T0)).isEmpty();
    assertThat(accounts.session("ada1", T0)).isPresent();
  }

  @Test
  void noSessionEndsWhenTheUserIsUnknown() {
    accounts.createUser("amina", "old", Role.ANALYST, T0);
    accounts.createSession("laptop", "amina", "c1", T0.plus(Duration.ofHours(12)));
    assertThat(accounts.setPasswordHash("nobody", "new", null)).isFalse();
    assertThat(accounts.session("laptop", T0)).isPresent();
    assertThat(accounts.passwordHash("amina")).hasValue("old");
  }

  @Test
  void theReadingQueueKeepsEachDocumentOncePerUserInOrder() {
    accounts.createUser("amina", "h", Role.ANALYST, T0);
    accounts.createUser("ada", "h", Role.ADMIN, T0);
    assertThat(accounts.enqueue("amina", "doc-b", T0)).isTrue();
    assertThat(accounts.enqueue("amina", "doc-a", T0.plusSeconds(5))).isTrue();
    assertThat(accounts.enqueue("amina", "doc-b", T0.plusSeconds(9))).isFalse();
    assertThat(accounts.readingQueue("amina"))
        .extracting(QueuedDocument::documentId)
        .containsExactly("doc-b", "doc-a");
    assertThat(accounts.readingQueue("ada")).isEmpty();
    assertThat(accounts.dequeue("amina", "doc-b")).isTrue();
    assertThat(accounts.dequeue("amina", "doc-b")).isFalse();
  }

  @Test
  void viewsAreListedNewestFirst() {
    accounts.recordView("doc-a", "amina", T0);
    accounts.recordView("doc-a", "ada", T0.plusSeconds(60));
    accounts.recordView("doc-b", "ada", T0);
    assertThat(accounts.views("doc-a"))
        .extracting(DocumentView::username)
        .containsExactly("ada", "amina");
  }

  @Test
  void everyReadIsLoggedWithItsChannelAndAddressAndExportedByPeriod() {
    accounts.recordView("doc-a", "amina", T0);
    accounts.recordReads(
        List.of("doc-a", "doc-b", "doc-a"),
        "ada",
        ReadChannel.SNIPPET,
        "10.0.0.7",
        T0.plusSeconds(60));
    accounts.recordReads(List.of(), "ada", ReadChannel.EXPORT, null, T0.plusSeconds(90));
    accounts.recordReads(
        List.of("doc-b"), "ada", ReadChannel.DOSSIER, "x".repeat(300), T0.plusSeconds(120));
    assertThat(accounts.views("doc-a"))
        .extracting(v -> v.username() + " " + v.channel().code() + " " + v.address())
        .containsExactly("ada snippet 10.0.0.7", "amina reader null");
    List<DocumentView> all = new java.util.ArrayList<>();
    assertThat(accounts.accessLog(null, null, all::add)).isEqualTo(4);
    assertThat(all)
        .extracting(v -> v.documentId() + " " + v.channel().code())
        .containsExactly("doc-a reader", "doc-a snippet", "doc-b snippet", "doc-b dossier");
    assertThat(all.get(3).address()).hasSize(100);
    List<DocumentView> period = new java.util.ArrayList<>();
    accounts.accessLog(T0.plusSeconds(60), T0.plusSeconds(120), period::add);
    assertThat(period).extracting(DocumentView::documentId).containsExactly("doc-a", "doc-b");
  }
}

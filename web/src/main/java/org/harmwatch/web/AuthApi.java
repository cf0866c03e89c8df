package org.harmwatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.harmwatch.core.account.Account;
import org.harmwatch.core.account.AccountStore;
import org.harmwatch.core.account.Role;
import org.harmwatch.core.account.Session;
import org.harmwatch.core.json.ExchangeJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accounts and access control for the whole API: login and logout with a session cookie, API tokens
 * for scripts ({@link TokensApi}), user administration by admins ({@link UsersApi}), and one
 * before-handler that every request passes.
 *
 * <p>Its before-handler names the caller from a session cookie or an {@code Authorization: Bearer}
 * token: the user's name goes into {@link RequestUser#ATTRIBUTE} and the role into {@link
 * #ROLE_ATTRIBUTE}. {@link WebServer} then checks the matched route's declared {@link Access} (401
 * for anonymous callers, 403 for too low a role). Every request that is not a GET/HEAD/OPTIONS,
 * comes with a session cookie and goes to a non-public route must send that session's CSRF token in
 * {@code X-CSRF-Token} (403 otherwise).
 *
 * <p>Thread-safe: it holds the thread-safe store, a clock and the thread-safe login throttle.
 */
public final class AuthApi implements ApiModule {
  /** The session cookie's name. */
  public static final String SESSION_COOKIE = "hw_session";

  /** The request attribute holding the acting user's {@link Role}. */
  public static final String ROLE_ATTRIBUTE = RequestUser.ROLE_ATTRIBUTE;

  /** The header carrying the CSRF token of a session. */
  public static final String CSRF_HEADER = "X-CSRF-Token";

  /** How long a session lasts after login. */
  public static final Duration SESSION_LENGTH = Duration.ofHours(12);

  private static final String SESSION_ATTRIBUTE = "harmwatch.session";
  private static final String MUST_CHANGE_ATTRIBUTE = "harmwatch.mustChangePassword";
  private static final Logger LOG = LoggerFactory.getLogger(AuthApi.class);
  private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private final AccountStore accounts;
  private final Clock clock;
  private final boolean secureCookie;
  private final LoginThrottle perUserAtAddress;
  private final LoginThrottle perAddress;
  private final UsersApi users;
  private final TokensApi tokens;

  /**
   * Access control over {@code accounts}. With {@code secureCookie} the session cookie carries the
   * {@code Secure} flag: set it when the app is served over HTTPS (e.g. behind a TLS proxy).
   */
  public AuthApi(AccountStore accounts, Clock clock, boolean secureCookie) {
    this.accounts = Objects.requireNonNull(accounts, "accounts");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.secureCookie = secureCookie;
    // Five wrong passwords for a user name from one client address, or twenty from one address,
    // then a wait of 30 s that doubles with each further failure (up to 15 minutes). Keyed by
    // name and address, so that nobody elsewhere can lock a user out by guessing wrong on purpose;
    // the address limit is looser because colleagues behind one NAT share it.
    this.perUserAtAddress =
        new LoginThrottle(5, Duration.ofSeconds(30), Duration.ofMinutes(15), clock);
    this.perAddress = new LoginThrottle(20, Duration.ofSeconds(30), Duration.ofMinutes(15), clock);
    this.users = new UsersApi(this.accounts, clock);
    this.tokens = new TokensApi(this.accounts, clock);
  }

  @Override
  public List<ApiRoute> routes() {
    List<ApiRoute> routes = new ArrayList<>();
    routes.add(ApiRoute.post("/api/login", Access.ANYONE, this::login));
    routes.add(ApiRoute.post("/api/logout", Access.VIEWER, this::logout));
    routes.add(ApiRoute.get("/api/me", Access.VIEWER, this::me));
    routes.addAll(users.routes());
    routes.add(ApiRoute.post("/api/me/password", Access.VIEWER, this::changePassword));
    routes.addAll(tokens.routes());
    return List.copyOf(routes);
  }

  @Override
  public List<Handler> before() {
    return List.of(this::identify);
  }

  @Override
  public List<Handler> beforeMatched() {
    return List.of(this::checkCsrf, this::checkPasswordChange);
  }

  /** What a user who must choose a new password may still call: who am I, the change, logout. */
  private static final Set<String> WHILE_PASSWORD_CHANGE =
      Set.of("/api/me", "/api/me/password", "/api/logout", "/api/login");

  // A user with a one-time password (the bootstrap admin, a reset) chooses their own before
  // anything else; pages still load so that the account page can ask for it.
  private void checkPasswordChange(Context ctx) {
    Boolean must = ctx.attribute(MUST_CHANGE_ATTRIBUTE);
    String path = ctx.path();
    if (must == null
        || !must
        || !path.startsWith("/api/")
        || WHILE_PASSWORD_CHANGE.contains(path)) {
      return;
    }
    throw ApiException.forbidden(
        "choose a new password first: this account has a one-time password (POST"
            + " /api/me/password, or the account page)");
  }

  /**
   * Creates the first admin when there is no user yet and returns its one-time password; empty when
   * users exist. Called by {@code serve} and {@code demo} on start.
   */
  public static Optional<String> bootstrapAdmin(AccountStore accounts, Clock clock) {
    if (accounts.userCount() > 0) {
      return Optional.empty();
    }
    String password = oneTimePassword();
    accounts.createUser("admin", Passwords.hash(password), Role.ADMIN, clock.instant(), true);
    return Optional.of(password);
  }

  /** A random password to hand to a user once; they must replace it at their first login. */
  public static String oneTimePassword() {
    return Passwords.randomSecret().substring(0, 20);
  }

  /**
   * Creates an API token for {@code user} and returns it; only its hash is stored, so this is the
   * one time it can be seen.
   */
  public static String issueToken(AccountStore accounts, String user, String label, Clock clock) {
    String token = "hw_" + Passwords.randomSecret();
    accounts.createToken(Passwords.sha256(token), user, label, clock.instant());
    return token;
  }

  // Names the caller (session cookie or bearer token); the matched route's access is checked by
  // WebServer, and the CSRF token after it, once the route is known.
  private void identify(Context ctx) {
    Account account = null;
    Session session = session(ctx);
    if (session != null) {
      account = session.account();
      ctx.attribute(SESSION_ATTRIBUTE, session);
    } else {
      account = bearer(ctx);
    }
    if (account != null) {
      ctx.attribute(RequestUser.ATTRIBUTE, account.username());
      ctx.attribute(ROLE_ATTRIBUTE, account.role());
      ctx.attribute(MUST_CHANGE_ATTRIBUTE, account.mustChangePassword());
    }
  }

  // A change made from a browser session must carry its CSRF token, except on the public routes
  // (logging in again with a stale cookie).
  private void checkCsrf(Context ctx) {
    Session session = ctx.attribute(SESSION_ATTRIBUTE);
    if (session == null
        || READ_METHODS.contains(ctx.method().name())
        || ctx.routeRoles().contains(Access.ANYONE)) {
      return;
    }
    if (!Passwords.sameSecret(ctx.header(CSRF_HEADER), session.csrfToken())) {
      throw ApiException.forbidden("missing or wrong " + CSRF_HEADER + " header");
    }
  }

  private Session session(Context ctx) {
    String id = ctx.cookie(SESSION_COOKIE);
    if (id == null || id.isBlank() || id.length() > 200) {
      return null;
    }
    return accounts.session(Passwords.sha256(id), clock.instant()).orElse(null);
  }

  private Account bearer(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null) {
      return null;
    }
    if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() > 300) {
      throw ApiException.unauthorized("Authorization must be 'Bearer <token>'");
    }
    String token = header.substring(7).trim();
    return accounts
        .tokenOwner(Passwords.sha256(token))
        .orElseThrow(() -> ApiException.unauthorized("unknown API token"));
  }

  /** {@code POST /api/login}: checks the password, starts a session, sets its cookie. */
  private void login(Context ctx) {
    JsonNode body = JsonBody.object(ctx);
    String username = JsonBody.text(body, "username").trim();
    String password = JsonBody.text(body, "password");
    String ipKey = ctx.ip();
    String userKey = username.toLowerCase(Locale.ROOT) + "@" + ipKey;
    long wait =
        Math.max(perUserAtAddress.retryAfterSeconds(userKey), perAddress.retryAfterSeconds(ipKey));
    if (wait > 0) {
      ctx.header("Retry-After", Long.toString(wait));
      throw ApiException.tooManyRequests(
          "too many failed logins; try again in " + wait + " seconds");
    }
    Optional<String> hash = accounts.passwordHash(username);
    if (!Passwords.matches(password, hash.orElse(null))) {
      perUserAtAddress.failed(userKey);
      perAddress.failed(ipKey);
      LOG.warn("failed login for user name '{}' from {}", username, ctx.ip());
      throw ApiException.unauthorized("wrong user name or password");
    }
    perUserAtAddress.succeeded(userKey);
    Account account = accounts.user(username).orElseThrow();
    if (account.disabled()) {
      LOG.warn("login of disabled user '{}' from {}", username, ctx.ip());
      throw ApiException.forbidden("user '" + username + "' is disabled; ask an admin");
    }
    String id = Passwords.randomSecret();
    String csrf = Passwords.randomSecret();
    Instant expires = clock.instant().plus(SESSION_LENGTH);
    accounts.deleteExpiredSessions(clock.instant());
    accounts.createSession(Passwords.sha256(id), account.username(), csrf, expires);
    ctx.header("Set-Cookie", cookie(id, SESSION_LENGTH.toSeconds()));
    ctx.header("Cache-Control", "no-store");
    LOG.info("user '{}' logged in", account.username());
    Json.send(ctx, 200, me(account, csrf));
  }

  /** {@code POST /api/logout}: ends the session and clears its cookie. */
  private void logout(Context ctx) {
    String id = ctx.cookie(SESSION_COOKIE);
    if (id != null && !id.isBlank()) {
      accounts.deleteSession(Passwords.sha256(id));
    }
    ctx.header("Set-Cookie", cookie("", 0));
    ctx.status(204);
  }

  /** {@code GET /api/me}: who is logged in, their role and their session's CSRF token. */
  private void me(Context ctx) {
    Session session = ctx.attribute(SESSION_ATTRIBUTE);
    String name = RequestUser.require(ctx);
    Account account =
        session != null
            ? session.account()
            : accounts.user(name).orElseThrow(() -> ApiException.unauthorized("unknown user"));
    ctx.header("Cache-Control", "no-store");
    Json.send(ctx, 200, me(account, session == null ? null : session.csrfToken()));
  }

  /**
   * {@code POST /api/me/password}: the acting user changes their own password, giving the current
   * one; 204. Every other session of the user ends (all of them when the change comes with an API
   * token); the user's API tokens stay valid. Failed attempts count towards the login throttle.
   */
  private void changePassword(Context ctx) {
    String user = RequestUser.require(ctx);
    JsonNode body = JsonBody.object(ctx);
    String current = JsonBody.text(body, "current_password");
    String wanted = JsonBody.text(body, "new_password");
    String userKey = user.toLowerCase(Locale.ROOT) + "@" + ctx.ip();
    long wait = perUserAtAddress.retryAfterSeconds(userKey);
    if (wait > 0) {
      ctx.header("Retry-After", Long.toString(wait));
      throw ApiException.tooManyRequests("too many wrong passwords; try again in " + wait + " s");
    }
    if (!Passwords.matches(current, accounts.passwordHash(user).orElse(null))) {
      perUserAtAddress.failed(userKey);
      throw ApiException.forbidden("the current password is wrong");
    }
    String hash;
    try {
      hash = Passwords.hash(wanted);
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("new_password", e.getMessage());
    }
    // Every other session of the user ends (a thief's stolen cookie with it); the one making the
    // change stays logged in. API tokens are kept: they are revoked one by one.
    String cookie = ctx.attribute(SESSION_ATTRIBUTE) == null ? null : ctx.cookie(SESSION_COOKIE);
    accounts.setPasswordHash(user, hash, cookie == null ? null : Passwords.sha256(cookie));
    LOG.info("user '{}' changed their password; their other sessions ended", user);
    ctx.status(204);
  }

  private static ObjectNode me(Account account, String csrf) {
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("user", account.username());
    o.put("role", account.role().code());
    o.put("csrf_token", csrf);
    o.put("must_change_password", account.mustChangePassword());
    return o;
  }

  private String cookie(String value, long maxAgeSeconds) {
    return SESSION_COOKIE
        + "="
        + value
        + "; Path=/; Max-Age="
        + maxAgeSeconds
        + "; HttpOnly; SameSite=Strict"
        + (secureCookie ? "; Secure" : "");
  }
}

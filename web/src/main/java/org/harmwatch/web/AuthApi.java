package org.harmwatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.harmwatch.core.account.Account;
import org.harmwatch.core.account.AccountStore;
import org.harmwatch.core.account.ApiToken;
import org.harmwatch.core.account.Role;
import org.harmwatch.core.account.Session;
import org.harmwatch.core.json.ExchangeJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accounts and access control for the whole API: login and logout with a session cookie, API tokens
 * for scripts, user creation by admins, and one before-handler that every request passes.
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
  }

  @Override
  public List<ApiRoute> routes() {
    return List.of(
        ApiRoute.post("/api/login", Access.ANYONE, this::login),
        ApiRoute.post("/api/logout", Access.VIEWER, this::logout),
        ApiRoute.get("/api/me", Access.VIEWER, this::me),
        ApiRoute.get("/api/users", Access.ADMIN, this::listUsers),
        ApiRoute.post("/api/users", Access.ADMIN, this::createUser),
        new ApiRoute("PATCH", "/api/users/{id}", Access.ADMIN, this::changeUser),
        ApiRoute.post("/api/me/password", Access.VIEWER, this::changePassword),
        ApiRoute.post("/api/tokens", Access.VIEWER, this::createToken),
        ApiRoute.get("/api/tokens", Access.VIEWER, this::listTokens),
        new ApiRoute("DELETE", "/api/tokens/{id}", Access.VIEWER, this::deleteToken));
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

  /** {@code GET /api/users} (admin): every user with role, creation time and state. */
  private void listUsers(Context ctx) {
    ArrayNode out = ExchangeJson.mapper().createArrayNode();
    for (Account a : accounts.users()) {
      user(out.addObject(), a);
    }
    Json.send(ctx, 200, out);
  }

  private static ObjectNode user(ObjectNode o, Account a) {
    o.put("user", a.username());
    o.put("role", a.role().code());
    o.put("created", a.created().toString());
    o.put("disabled", a.disabled());
    o.put("must_change_password", a.mustChangePassword());
    return o;
  }

  /**
   * {@code PATCH /api/users/{id}} (the id is the user name) (admin): {@code {"role": ...,
   * "disabled": true|false}}, either or both. Disabling ends the user's sessions and stops their
   * tokens. An admin cannot disable or demote themselves, so that an instance always keeps an admin
   * who can undo it.
   */
  private void changeUser(Context ctx) {
    String actor = RequestUser.require(ctx);
    String name = ctx.pathParam("id");
    JsonNode body = JsonBody.object(ctx);
    Account target =
        accounts.user(name).orElseThrow(() -> ApiException.notFound("no user '" + name + "'"));
    Role role = null;
    if (body.hasNonNull("role")) {
      try {
        role = Role.fromCode(JsonBody.text(body, "role"));
      } catch (IllegalArgumentException e) {
        throw ApiException.badParameter("role", e.getMessage());
      }
    }
    Boolean disabled = null;
    if (body.has("disabled")) {
      if (!body.get("disabled").isBoolean()) {
        throw ApiException.badParameter("disabled", "\"disabled\" must be true or false");
      }
      disabled = body.get("disabled").asBoolean();
    }
    if (role == null && disabled == null) {
      throw ApiException.badParameter("role", "give \"role\", \"disabled\" or both");
    }
    if (name.equals(actor)
        && ((role != null && role != Role.ADMIN) || Boolean.TRUE.equals(disabled))) {
      throw ApiException.conflict(
          "you cannot disable or demote yourself; another admin can, so one always remains");
    }
    if (role != null && role != target.role()) {
      accounts.setRole(name, role);
      LOG.info("user '{}' gave user '{}' the role {}", actor, name, role.code());
    }
    if (disabled != null && disabled != target.disabled()) {
      accounts.setDisabled(name, disabled);
      LOG.info("user '{}' {} user '{}'", actor, disabled ? "disabled" : "re-enabled", name);
    }
    Json.send(
        ctx,
        200,
        user(ExchangeJson.mapper().createObjectNode(), accounts.user(name).orElseThrow()));
  }

  /** {@code POST /api/users} (admin): adds a user with a password and a role. */
  private void createUser(Context ctx) {
    JsonNode body = JsonBody.object(ctx);
    String username = JsonBody.text(body, "username").trim();
    String password = JsonBody.text(body, "password");
    Role role;
    try {
      role = Role.fromCode(JsonBody.text(body, "role"));
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("role", e.getMessage());
    }
    String hash;
    try {
      hash = Passwords.hash(password);
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("password", e.getMessage());
    }
    if (accounts.user(username).isPresent()) {
      throw ApiException.conflict("user '" + username + "' already exists");
    }
    Account created;
    try {
      created = accounts.createUser(username, hash, role, clock.instant());
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("username", e.getMessage());
    }
    LOG.info(
        "user '{}' created user '{}' ({})",
        RequestUser.require(ctx),
        created.username(),
        role.code());
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("user", created.username());
    o.put("role", created.role().code());
    Json.send(ctx, 201, o);
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

  /**
   * {@code GET /api/tokens}: the acting user's tokens (public id, label, created), oldest first.
   */
  private void listTokens(Context ctx) {
    String user = RequestUser.require(ctx);
    ArrayNode out = ExchangeJson.mapper().createArrayNode();
    for (ApiToken t : accounts.tokens(user)) {
      ObjectNode o = out.addObject();
      o.put("id", t.id());
      o.put("label", t.label());
      o.put("created", t.created().toString());
    }
    Json.send(ctx, 200, out);
  }

  /** {@code DELETE /api/tokens/{id}}: revokes one of the acting user's tokens; 204 or 404. */
  private void deleteToken(Context ctx) {
    String user = RequestUser.require(ctx);
    String id = ctx.pathParam("id");
    if (!accounts.deleteToken(user, id)) {
      throw ApiException.notFound("you have no token '" + id + "'");
    }
    LOG.info("user '{}' revoked API token {}", user, id);
    ctx.status(204);
  }

  /** {@code POST /api/tokens}: a new API token for the acting user, shown this once. */
  private void createToken(Context ctx) {
    String user = RequestUser.require(ctx);
    String label = null;
    if (ctx.bodyAsBytes().length > 0) {
      label = JsonBody.optionalText(JsonBody.object(ctx), "label");
    }
    if (label != null && label.length() > 200) {
      throw ApiException.badParameter("label", "label is longer than 200 characters");
    }
    String token = issueToken(accounts, user, label, clock);
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("token", token);
    o.put("user", user);
    o.put("label", label);
    ctx.header("Cache-Control", "no-store");
    Json.send(ctx, 201, o);
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

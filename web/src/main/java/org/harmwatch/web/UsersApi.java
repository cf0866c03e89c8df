package org.harmwatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import org.harmwatch.core.account.Account;
import org.harmwatch.core.account.AccountStore;
import org.harmwatch.core.account.Role;
import org.harmwatch.core.json.ExchangeJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin routes of user accounts: list the users, add one, change a role or disable a user. Part
 * of {@link AuthApi}, which serves its routes. Thread-safe: it holds the thread-safe store and a
 * clock.
 */
final class UsersApi implements ApiModule {
  // Logged under AuthApi, as before the split, so that log settings for accounts still apply.
  private static final Logger LOG = LoggerFactory.getLogger(AuthApi.class);

  private final AccountStore accounts;
  private final Clock clock;

  UsersApi(AccountStore accounts, Clock clock) {
    this.accounts = accounts;
    this.clock = clock;
  }

  @Override
  public List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get("/api/users", Access.ADMIN, this::listUsers),
        ApiRoute.post("/api/users", Access.ADMIN, this::createUser),
        new ApiRoute("PATCH", "/api/users/{id}", Access.ADMIN, this::changeUser));
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
}

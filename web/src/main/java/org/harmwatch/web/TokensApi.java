package org.harmwatch.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import org.harmwatch.core.account.AccountStore;
import org.harmwatch.core.account.ApiToken;
import org.harmwatch.core.json.ExchangeJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The routes by which a user manages their own API tokens: create one (shown once), list them,
 * revoke one. Part of {@link AuthApi}, which serves its routes. Thread-safe: it holds the
 * thread-safe store and a clock.
 */
final class TokensApi implements ApiModule {
  // Logged under AuthApi, as before the split, so that log settings for accounts still apply.
  private static final Logger LOG = LoggerFactory.getLogger(AuthApi.class);

  private final AccountStore accounts;
  private final Clock clock;

  TokensApi(AccountStore accounts, Clock clock) {
    this.accounts = accounts;
    this.clock = clock;
  }

  @Override
  public List<ApiRoute> routes() {
    return List.of(
        ApiRoute.post("/api/tokens", Access.VIEWER, this::createToken),
        ApiRoute.get("/api/tokens", Access.VIEWER, this::listTokens),
        new ApiRoute("DELETE", "/api/tokens/{id}", Access.VIEWER, this::deleteToken));
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
    String token = AuthApi.issueToken(accounts, user, label, clock);
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("token", token);
    o.put("user", user);
    o.put("label", label);
    ctx.header("Cache-Control", "no-store");
    Json.send(ctx, 201, o);
  }
}

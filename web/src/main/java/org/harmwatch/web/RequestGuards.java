package org.harmwatch.web;

import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.harmwatch.core.account.Role;

/**
 * The checks and headers of the {@link WebServer} that every request passes: the security headers,
 * the refusal of changes sent by pages of other sites, and the one access check of a matched route
 * against the caller's role. Stateless.
 */
final class RequestGuards {
  /**
   * The policy for the UI and every API response: only this origin; no inline script, no frames, no
   * plugins. Leaflet sets element styles through the DOM, which this policy allows.
   */
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
          + "form-action 'self'";

  private RequestGuards() {}

  /** Refuses a call to an API route whose declared access the caller's role does not reach. */
  static void checkAccess(Context ctx) {
    if (ctx.endpoints().matchedHttpEndpoint() == null) {
      return; // a static file: the UI's pages and scripts are public, the data behind /api is not
    }
    Object role = ctx.attribute(RequestUser.ROLE_ATTRIBUTE);
    ApiException refused = Access.refusal(ctx.routeRoles(), role instanceof Role r ? r : null);
    if (refused != null) {
      throw refused;
    }
  }

  /** Sets the headers every response carries: no sniffing, no referrer, no frames, the CSP. */
  static void securityHeaders(Context ctx) {
    if (ctx.path().startsWith("/api/")) {
      // Records of violence and the people in them: no browser or proxy keeps a copy.
      ctx.header("Cache-Control", "no-store");
    }
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Content-Security-Policy", CSP);
  }

  /**
   * Refuses a change sent by a page of another site: a browser names the page's origin in {@code
   * Origin}, which must then be this server's (its {@code Host}, or the {@code X-Forwarded-Host} of
   * a proxy in front). Requests without {@code Origin} (scripts, curl) pass; sessions still need
   * their CSRF token. Defence in depth behind the SameSite cookie and the CSRF token.
   */
  static void checkOrigin(Context ctx) {
    String method = ctx.method().name();
    if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
      return;
    }
    String origin = ctx.header("Origin");
    if (origin == null) {
      return;
    }
    if (!sameOrigin(origin, ctx.header("Host"))
        && !sameOrigin(origin, ctx.header("X-Forwarded-Host"))) {
      throw ApiException.forbidden(
          "refused a "
              + method
              + " from another site (Origin "
              + (origin.length() > 100 ? origin.substring(0, 100) + "..." : origin)
              + ")");
    }
  }

  /** Whether {@code origin} (an Origin header) names the site at {@code host} (a Host header). */
  static boolean sameOrigin(String origin, String host) {
    if (host == null || host.isBlank()) {
      return false;
    }
    URI u;
    try {
      u = new URI(origin.trim());
    } catch (URISyntaxException e) {
      return false;
    }
    String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
      return false;
    }
    if (u.getRawPath() != null && !u.getRawPath().isEmpty() || u.getRawUserInfo() != null) {
      return false;
    }
    int defaultPort = scheme.equals("https") ? 443 : 80;
    int port = u.getPort() == -1 ? defaultPort : u.getPort();
    String h = host.trim().toLowerCase(Locale.ROOT);
    String hostName = h;
    int hostPort = defaultPort;
    int colon = h.lastIndexOf(':');
    if (colon > 0 && colon > h.lastIndexOf(']')) {
      hostName = h.substring(0, colon);
      try {
        hostPort = Integer.parseInt(h.substring(colon + 1));
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return u.getHost().toLowerCase(Locale.ROOT).equals(hostName) && port == hostPort;
  }
}

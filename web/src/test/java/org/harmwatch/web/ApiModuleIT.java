package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.http.Handler;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Modules add routes and before-handlers; changing routes need an acting user. */
class ApiModuleIT {
  /** A module that says who acts, when a request names someone in a test header. */
  static final class WhoAmI implements ApiModule {
    @Override
    public List<ApiRoute> routes() {
      return List.of(
          new ApiRoute(
              "PATCH", "/api/whoami", Access.VIEWER, ctx -> ctx.result(RequestUser.require(ctx))));
    }

    @Override
    public List<Handler> before() {
      return new TestUser().before();
    }
  }

  private WebServer server;
  private String base;

  @BeforeEach
  void start() {
    InMemoryIncidentStore store = new InMemoryIncidentStore();
    server = new WebServer(store, new FakeIngestService(store), "127.0.0.1", List.of(new WhoAmI()));
    base = "http://127.0.0.1:" + server.start(0);
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void moduleRouteSeesTheUserItsBeforeHandlerSet() {
    HttpResponse<String> r = patch("/api/whoami", "amina");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("amina");
  }

  @Test
  void withoutAUserTheChangeIsRefusedWith401() {
    HttpResponse<String> r = patch("/api/whoami", null);

    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.body()).contains("\"error\":\"unauthorized\"");
  }

  @Test
  void moduleRoutesAreListedBesideTheCoreOnes() {
    assertThat(server.apiRoutes()).contains("PATCH /api/whoami", "GET /api/incidents/{id}");
  }

  @Test
  void unsupportedMethodsAreRefusedWhenTheRouteIsDeclared() {
    assertThatThrownBy(() -> new ApiRoute("TRACE", "/api/x", Access.VIEWER, ctx -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TRACE");
  }

  private HttpResponse<String> patch(String path, String user) {
    return new ApiClient(base).send("PATCH", path, user, null);
  }
}

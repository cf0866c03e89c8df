package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.store.IncidentQuery;
import org.harmwatch.core.store.Page;
import org.junit.jupiter.api.Test;

/** An unexpected failure answers 500 {"error":"internal"} and keeps the trace in the log. */
class InternalErrorIT {
  /** A store whose searches fail as a lost database connection would. */
  static final class BrokenStore extends InMemoryIncidentStore {
    @Override
    public Page<Incident> search(IncidentQuery q) {
      throw new IllegalStateException("connection to jdbc:postgresql://db/harmwatch lost");
    }
  }

  @Test
  void failuresAre500WithoutDetails() throws IOException, InterruptedException {
    BrokenStore store = new BrokenStore();
    WebServer server =
        new WebServer(store, new FakeIngestService(store), "127.0.0.1", List.of(new TestUser()));
    int port = server.start(0);
    try {
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/incidents"))
                      .header(TestUser.HEADER, "tester")
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(500);
      assertThat(r.body()).isEqualTo("{\"error\":\"internal\"}");
      ApiClient.assertNoStackTrace(r.body());
      assertThat(r.body()).doesNotContain("jdbc").doesNotContain("IllegalState");
    } finally {
      server.stop();
    }
  }
}

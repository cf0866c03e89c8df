package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harmwatch.app.CliRun.run;

import java.nio.file.Path;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sources add|list|poll|disable|enable|remove} through the command line, polling a local
 * HTTP server: the article becomes a document with its incident; a failing source exits 1 and names
 * its error.
 */
class SourcesCommandIT {
  @TempDir Path dir;

  private static MockResponse ok(String type, String body) {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", type).body(body).build();
  }

  @Test
  void addListPollSwitchAndRemove() throws Exception {
    try (MockWebServer site = new MockWebServer()) {
      site.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
              return switch (r.getTarget()) {
                case "/fr/rss" ->
                    ok(
                        "application/rss+xml; charset=utf-8",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                            + "<title>Journal</title><link>/</link><description>d</description>"
                            + "<language>fr</language><item><title>Attaque</title><link>"
                            + site.url("/afrique/attaque-pres-de-djibo-2026")
                            + "</link></item></channel></rss>");
                case "/afrique/attaque-pres-de-djibo-2026" ->
                    ok(
                        "text/html; charset=utf-8",
                        "<html lang=\"fr\"><head><title>Attaque près de Djibo</title></head><body>"
                            + "<nav><a href=\"/\">Accueil</a></nav><article><h1>Attaque près de"
                            + " Djibo</h1><p>Au moins huit civils ont été tués dimanche 1er février"
                            + " 2026 lors d'une attaque contre le marché de Djibo, au Burkina Faso,"
                            + " selon des sources locales.</p></article>"
                            + "<div id=\"commentaires\"><p>Que Dieu protège le Burkina.</p></div>"
                            + "</body></html>");
                default -> new MockResponse.Builder().code(404).body("no").build();
              };
            }
          });
      site.start();
      String data = dir.resolve("data").toString();
      CliRun add =
          run(
              "sources",
              "add",
              site.url("/fr/rss").toString(),
              "--name",
              "Journal",
              "--language",
              "fr",
              "--country",
              "BF",
              "--every",
              "60",
              "--data-dir",
              data);
      assertThat(add.exit()).as(add.err()).isZero();
      assertThat(add.out()).startsWith("added source 1: ");
      CliRun bad = run("sources", "add", "ftp://x.example/feed", "--data-dir", data);
      assertThat(bad.exit()).isEqualTo(2);
      assertThat(bad.err()).contains("must start with http:// or https://");

      CliRun poll = run("sources", "poll", "--data-dir", data);
      assertThat(poll.exit()).as(poll.err()).isZero();
      assertThat(poll.out()).contains("1 items, 1 new, 1 captured, 0 already held, 1 incidents");
      CliRun again = run("sources", "poll", "--data-dir", data);
      assertThat(again.out()).contains("no source is due");

      CliRun list = run("sources", "list", "--data-dir", data);
      assertThat(list.out())
          .contains("1\tfeed\ton\tJournal\t")
          .contains("every 60 min")
          .contains("last ok");

      run("sources", "add", site.url("/gone.xml").toString(), "--data-dir", data);
      CliRun failing = run("sources", "poll", "2", "--data-dir", data);
      assertThat(failing.exit()).isEqualTo(1);
      assertThat(failing.out()).contains("FAILED: " + site.url("/gone.xml") + " answered HTTP 404");
      assertThat(run("sources", "list", "--data-dir", data).out())
          .contains("last error (1 in a row): ");

      assertThat(run("sources", "disable", "1", "--data-dir", data).out()).contains("switched off");
      assertThat(run("sources", "list", "--data-dir", data).out()).contains("1\tfeed\toff\t");
      assertThat(run("sources", "enable", "1", "--data-dir", data).out()).contains("switched on");
      assertThat(run("sources", "remove", "1", "--data-dir", data).out())
          .contains("removed source 1");
      CliRun gone = run("sources", "remove", "1", "--data-dir", data);
      assertThat(gone.exit()).isEqualTo(2);
      assertThat(gone.err()).contains("no source 1");
    }
  }
}

package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.harmwatch.core.account.DocumentView;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.text.SensitiveSpans;
import org.harmwatch.link.Linking;
import org.harmwatch.store.JdbcAccountStore;
import org.harmwatch.store.JdbcCorroboration;
import org.harmwatch.store.JdbcReviewStore;
import org.harmwatch.store.JdbcSensitiveSpans;
import org.harmwatch.store.LuceneIndex;
import org.harmwatch.store.WithheldStrings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every channel that sends text of documents is in the access log, with the user and address, and
 * admins export the log as CSV; on a real H2 store.
 */
class AccessLogApiIT {
  @RegisterExtension final SahelServer sahel = new SahelServer();

  private ApiClient api;
  private JdbcAccountStore accounts;
  private LuceneIndex index;

  @BeforeEach
  void start() {
    accounts = new JdbcAccountStore(sahel.database());
    index = LuceneIndex.inMemory();
    sahel.store().document(SahelFixtures.BF_DOC).ifPresent(index::putDocument);
    Clock clock = Clock.systemUTC();
    JdbcReviewStore review = new JdbcReviewStore(sahel.database());
    api =
        sahel.start(
            new ReadingApi(sahel.store(), accounts, clock),
            new SensitiveSpanApi(
                sahel.store(),
                SensitiveSpans.bundled(),
                new JdbcSensitiveSpans(
                    sahel.database(),
                    new WithheldStrings(sahel.database()),
                    sahel.store(),
                    null,
                    clock)),
            new SearchApi(index),
            new DossierApi(sahel.store(), review, clock),
            new ExportApi(
                sahel.store(),
                new JdbcCorroboration(sahel.database(), new Linking()),
                review,
                clock));
  }

  @AfterEach
  void close() {
    index.close();
  }

  private HttpResponse<String> as(String role, String path) {
    return api.send(
        api.request("GET", path, null)
            .header(TestUser.HEADER, role + "1")
            .header(TestUser.ROLE_HEADER, role)
            .build());
  }

  private String channels(String doc) {
    return accounts.views(doc).stream()
        .map(v -> v.channel().code())
        .sorted()
        .distinct()
        .collect(Collectors.joining(","));
  }

  @Test
  void everyChannelOfTextIsLoggedWithUserAndAddress() {
    String moura = SahelFixtures.MOURA_DOC;
    assertThat(as("viewer", "/api/documents/" + moura).statusCode()).isEqualTo(200);
    assertThat(as("viewer", "/api/documents/" + moura + "/original").statusCode()).isEqualTo(200);
    assertThat(as("viewer", "/api/incidents/" + sahel.idAt("Moura")).statusCode()).isEqualTo(200);
    assertThat(channels(moura)).isEqualTo("evidence,original,reader");

    String bf = SahelFixtures.BF_DOC;
    assertThat(as("viewer", "/api/search/documents?q=trenches").statusCode()).isEqualTo(200);
    assertThat(channels(bf)).isEqualTo("snippet");
    assertThat(as("viewer", "/api/dossier.pdf?id=" + sahel.idAt("Barsalogho")).statusCode())
        .isEqualTo(200);
    assertThat(as("viewer", "/api/incidents.csv?country=BF").statusCode()).isEqualTo(200);
    assertThat(channels(bf)).isEqualTo("dossier,export,snippet");

    List<DocumentView> views = accounts.views(bf);
    assertThat(views).allSatisfy(v -> assertThat(v.username()).isEqualTo("viewer1"));
    assertThat(views).allSatisfy(v -> assertThat(v.address()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1"));
    // A list of incidents quotes their evidence too.
    int before = accounts.views(moura).size();
    assertThat(as("analyst", "/api/incidents?country=ML").statusCode()).isEqualTo(200);
    assertThat(accounts.views(moura)).hasSizeGreaterThan(before);
    assertThat(accounts.views(moura).get(0).username()).isEqualTo("analyst1");
  }

  @Test
  void adminsExportTheLogAsCsvAndNobodyElseDoes() {
    as("viewer", "/api/documents/" + SahelFixtures.MOURA_DOC);
    as("viewer", "/api/search/documents?q=trenches");
    assertThat(as("analyst", "/api/access-log.csv").statusCode()).isEqualTo(403);
    assertThat(as("viewer", "/api/access-log.csv").statusCode()).isEqualTo(403);
    HttpResponse<String> csv = as("admin", "/api/access-log.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.get(0)).isEqualTo("at,user,channel,address,document_id");
    assertThat(lines)
        .anySatisfy(
            l -> assertThat(l).contains(",viewer1,reader,").endsWith(SahelFixtures.MOURA_DOC))
        .anySatisfy(
            l -> assertThat(l).contains(",viewer1,snippet,").endsWith(SahelFixtures.BF_DOC));
    assertThat(as("admin", "/api/access-log.csv?from=2999-01-01").body().lines().toList())
        .hasSize(1);
    HttpResponse<String> bad = as("admin", "/api/access-log.csv?to=soon");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"parameter\":\"to\"");
  }

  @Test
  void analystsSeeProposedSensitiveSpansAndTheReadIsLogged() {
    String text = "A survivor, Mariam Kouyaté, asked us to call her brother on +226 70 11 22 33.";
    sahel.store().save(Document.ofText("named", "Named", null, text), List.of());
    assertThat(as("viewer", "/api/documents/named/sensitive-proposals").statusCode())
        .isEqualTo(403);
    com.fasterxml.jackson.databind.JsonNode o =
        ApiClient.json(as("analyst", "/api/documents/named/sensitive-proposals"), 200);
    assertThat(o.get("proposals")).hasSize(2);
    assertThat(o.get("proposals").get(0).get("kind").asText()).isEqualTo("person");
    assertThat(o.get("proposals").get(0).get("text").asText()).isEqualTo("Mariam Kouyaté");
    int start = o.get("proposals").get(1).get("start").asInt();
    int end = o.get("proposals").get(1).get("end").asInt();
    assertThat(text.substring(start, end)).isEqualTo("+226 70 11 22 33");
    assertThat(channels("named")).isEqualTo("reader");
    assertThat(as("analyst", "/api/documents/nope/sensitive-proposals").statusCode())
        .isEqualTo(404);
  }
}

package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Document;
import org.harmwatch.store.LuceneIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Input the server used to answer with 500, on a real H2 store and Lucene index: each is now a 4xx
 * that says what is wrong, and nothing is stored.
 */
class BadInputIT {
  @RegisterExtension final SahelServer sahel = new SahelServer();

  private ApiClient api;

  @BeforeEach
  void start() {
    LuceneIndex index = LuceneIndex.inMemory();
    StringBuilder text = new StringBuilder("Gunmen attacked");
    for (String w : WORDS) {
      for (int n = 0; n < 80; n++) {
        text.append(' ').append(w).append((char) ('a' + n / 26)).append((char) ('a' + n % 26));
      }
    }
    index.putDocument(Document.ofText("many", "Many", null, text.toString()));
    api = sahel.start(new SearchApi(index));
  }

  private static final String[] WORDS = {
    "kobe",
    "djibo",
    "moura",
    "gao",
    "mopti",
    "kidal",
    "segou",
    "kayes",
    "menaka",
    "douentza",
    "tessit",
    "bamba"
  };

  @ParameterizedTest
  @CsvSource({"id,200", "title,2000", "url,4000", "publisher,500", "language,16"})
  void anOverLongFieldIs400NamingTheFieldAndTheLimit(String field, int limit) {
    long before = sahel.store().documentCount();
    String atLimit = "x".repeat(limit);
    HttpResponse<String> ok =
        post("{\"" + field + "\":\"" + atLimit + "\",\"text\":\"" + field + " ok\"}");
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
    HttpResponse<String> r =
        post("{\"" + field + "\":\"" + atLimit + "y\",\"text\":\"" + field + " too long\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    JsonNode n = ExchangeJson.parse(r.body());
    assertThat(n.get("parameter").asText()).isEqualTo(field);
    assertThat(n.get("message").asText()).contains(field).contains(Integer.toString(limit));
    assertThat(sahel.store().documentCount()).isEqualTo(before + 1);
  }

  @ParameterizedTest
  @CsvSource({"title", "text", "publisher"})
  void aNulCharacterInAFieldIs400NamingTheField(String field) {
    long before = sahel.store().documentCount();
    String text = field.equals("text") ? "Gunmen\\u0000 killed 2." : "Gunmen killed 2.";
    String extra = field.equals("text") ? "" : ",\"" + field + "\":\"a\\u0000b\"";
    HttpResponse<String> r = post("{\"text\":\"" + text + "\"" + extra + "}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(ExchangeJson.parse(r.body()).get("parameter").asText()).isEqualTo(field);
    assertThat(r.body()).contains("NUL");
    assertThat(sahel.store().documentCount()).isEqualTo(before);
  }

  @Test
  void theSameIdWithAnotherTextIs409AndKeepsTheFirst() {
    String first = "{\"id\":\"same-id\",\"text\":\"Gunmen killed 3 civilians in Djibo.\"}";
    assertThat(post(first).statusCode()).isEqualTo(201);
    HttpResponse<String> other =
        post("{\"id\":\"same-id\",\"text\":\"Gunmen killed 4 civilians in Gao.\"}");
    assertThat(other.statusCode()).as(other.body()).isEqualTo(409);
    assertThat(other.body()).contains("same-id").contains("another text");
    assertThat(sahel.store().document("same-id").orElseThrow().text()).contains("Djibo");
    assertThat(post(first).statusCode()).isEqualTo(200);
  }

  @Test
  void twelveFuzzyTermsAre400InWords() {
    StringBuilder q = new StringBuilder();
    for (String w : WORDS) {
      q.append(q.length() == 0 ? "" : " OR ").append(w).append('~');
    }
    HttpResponse<String> r =
        get("/api/search/documents?q=" + URLEncoder.encode(q.toString(), StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(ExchangeJson.parse(r.body()).get("parameter").asText()).isEqualTo("q");
    assertThat(r.body()).contains("at most").doesNotContain("Clause").doesNotContain("lucene");
  }

  @Test
  void aRegularExpressionIs400InWords() {
    // (This server's incident list has no index: its q is a substring; LuceneIndexTest covers it.)
    String q = URLEncoder.encode("/(.*a.*b.*c){3}/", StandardCharsets.UTF_8);
    HttpResponse<String> r = get("/api/search/documents?q=" + q);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(ExchangeJson.parse(r.body()).get("parameter").asText()).isEqualTo("q");
    assertThat(r.body()).contains("regular expression").doesNotContain("lucene");
  }

  @Test
  void aQueryThatCannotBeParsedIs400InPlainWords() {
    HttpResponse<String> r =
        get("/api/search/documents?q=" + URLEncoder.encode("\"djibo", StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("double quote").doesNotContain("Encountered");
  }

  @Test
  void refusalsAreInTheLanguageAskedAndKeepTheirCodes() {
    String q = "/api/search/documents?q=" + URLEncoder.encode("\"djibo", StandardCharsets.UTF_8);
    HttpResponse<String> fr = get(q, "fr-FR,fr;q=0.9,en;q=0.8");
    assertThat(fr.statusCode()).isEqualTo(400);
    assertThat(fr.headers().firstValue("Content-Language")).contains("fr");
    JsonNode body = ExchangeJson.parse(fr.body());
    assertThat(body.get("error").asText()).isEqualTo("bad_parameter");
    assertThat(body.get("parameter").asText()).isEqualTo("q");
    assertThat(body.get("message").asText())
        .isEqualTo(
            "impossible de lire la requête de recherche « \"djibo » : un guillemet droit (\")"
                + " n’est pas fermé");

    HttpResponse<String> route = get("/api/no-such-thing", "fr");
    assertThat(route.statusCode()).isEqualTo(404);
    assertThat(ExchangeJson.parse(route.body()).get("error").asText()).isEqualTo("not_found");
    assertThat(ExchangeJson.parse(route.body()).get("message").asText())
        .isEqualTo("aucune route d’API GET /api/no-such-thing");

    HttpResponse<String> en = get(q, "en-GB,fr;q=0.5");
    assertThat(en.headers().firstValue("Content-Language")).contains("en");
    assertThat(ExchangeJson.parse(en.body()).get("message").asText())
        .startsWith("cannot read the search query");
  }

  private HttpResponse<String> get(String path, String language) {
    return api.send(
        api.request("GET", path, null)
            .header(TestUser.HEADER, "reader")
            .header("Accept-Language", language)
            .build());
  }

  private HttpResponse<String> post(String body) {
    return api.send("POST", "/api/documents", "amina", body);
  }

  private HttpResponse<String> get(String path) {
    return api.send("GET", path, "reader", null);
  }
}

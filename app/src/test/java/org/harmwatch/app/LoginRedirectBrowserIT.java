package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.harmwatch.app.browser.Browser;
import org.junit.jupiter.api.Test;

/**
 * The page the login form goes to afterwards ({@code /login.html?next=...}): a path on this site
 * only, whatever an attacker writes into {@code next}. Checked in headless Chromium, whose URL
 * parser is the one that would follow the redirect.
 */
class LoginRedirectBrowserIT {
  private final LiveApp app = LiveApp.get();

  /** {@code next} as the address bar gives it, and where the login must then go. */
  private static final String[][] TABLE = {
    {"/review.html", "/review.html"},
    {"/incident.html?id=inc-1#evidence", "/incident.html?id=inc-1#evidence"},
    {"/", "/"},
    {"", "/"},
    {"//evil.example/phish", "/"},
    {"/\\evil.example/phish", "/"},
    {"\\/evil.example", "/"},
    {"/\t/evil.example", "/"},
    {"/\n/evil.example", "/"},
    {"/ /evil.example", "/"},
    {"https://evil.example/", "/"},
    {"https:evil.example", "/"},
    {"http:/evil.example", "/"},
    {"javascript:alert(1)", "/"},
    {"/javascript:alert(1)", "/javascript:alert(1)"},
    {"evil.example", "/"},
    {"/%2F%2Fevil.example", "/%2F%2Fevil.example"},
    {"/..//evil.example", "/"},
    {"/.//evil.example", "/"},
  };

  @Test
  void theValidationKeepsEveryNextOnThisSite() {
    try (Browser b = Browser.open(800, 600)) {
      b.go(app.base() + "/login.html");
      List<String> wrong = new ArrayList<>();
      for (String[] row : TABLE) {
        Object got =
            b.driver()
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + "import('/js/next.js').then((m) => done(m.safeNext(arguments[0],"
                        + " location.origin)), (e) => done('error: ' + e));",
                    row[0]);
        if (!row[1].equals(got)) {
          wrong.add("next=" + row[0].replace("\t", "\\t").replace("\n", "\\n") + " -> " + got);
        }
      }
      assertThat(wrong).isEmpty();
    }
  }

  @Test
  void loggingInWithAForeignNextStaysOnThisSite() {
    for (String next : List.of("/\\evil.example/phish", "/\t/evil.example", "//evil.example")) {
      try (Browser b = Browser.open(800, 600)) {
        b.go(
            app.base()
                + "/login.html?next="
                + URLEncoder.encode(next, StandardCharsets.UTF_8).replace("+", "%20"));
        app.loginHere(b, "viewer1");
        URI at = URI.create(b.driver().getCurrentUrl());
        assertThat(at.getHost()).as("after login with next=%s", next).isEqualTo("127.0.0.1");
        assertThat(at.getPath()).isEqualTo("/");
      }
    }
  }
}

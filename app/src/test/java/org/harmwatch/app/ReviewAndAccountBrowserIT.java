package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.harmwatch.app.browser.Browser;
import org.harmwatch.core.account.Role;
import org.harmwatch.core.review.Grade;
import org.harmwatch.core.review.ReviewStatus;
import org.harmwatch.web.Passwords;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The review queue worked from the keyboard, and the account pages, in headless Chromium. The
 * review screenshots are {@link MainViewsBrowserIT}'s; the account page's are taken here, as
 * account-&lt;width&gt;x&lt;height&gt;.png.
 */
class ReviewAndAccountBrowserIT {
  private final LiveApp app = LiveApp.get();

  @Test
  void anAnalystVerifiesAndGradesFromTheKeyboard() {
    try (Browser b = Browser.open(1280, 800)) {
      app.login(b, "analyst1");
      b.go(app.base() + "/review.html");
      b.until("document.body.dataset.ready === 'true'");
      b.atLeast("#queue li[data-id]", 3);
      assertThat(b.a11yProblems()).isEmpty();
      assertThat(b.tabReaches("#queue", 40)).isTrue();

      String top = selectedId(b);
      keys(b, "j");
      b.until("document.querySelector('#queue li.current').dataset.id !== '" + top + "'");
      String first = selectedId(b);
      keys(b, "v");
      b.visible("#dlg-reason").sendKeys("Matches the wire report");
      b.visible("#dlg-reason").sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
      b.textContains("#status", "Verified");
      assertThat(app.review().status(first)).isEqualTo(ReviewStatus.VERIFIED);
      assertThat(app.review().history(first))
          .anySatisfy(c -> assertThat(c.reason()).isEqualTo("Matches the wire report"));

      String second = selectedId(b);
      assertThat(second).isNotEqualTo(first);
      keys(b, "4");
      b.visible("#dlg-reason");
      b.visible("dialog[open] button[type=submit]").click();
      b.textContains("#status", "Graded contested");
      assertThat(app.review().grade(second)).contains(Grade.CONTESTED);

      keys(b, "?");
      b.visible("#help[open]");
      b.textContains("#help", "merge the marked duplicate");
      keys(b, Keys.ESCAPE.toString());
      b.until("!document.getElementById('help').open");

      keys(b, "x");
      b.until("document.querySelector('#queue li.current.marked') !== null");
      keys(b, "j");
      b.until("!document.getElementById('a-merge').disabled");

      // A figure is corrected with the incident page's form, where its evidence words can be
      // chosen.
      String toCorrect = selectedId(b);
      keys(b, "e");
      new Select(b.visible("#dlg-field")).selectByValue("casualties.killed");
      b.visible("dialog[open] button[type=submit]").click();
      b.until("location.pathname === '/incident.html'");
      b.visible("#correction-form[data-field='casualties.killed']");
      assertThat(b.driver().getCurrentUrl()).contains("id=" + toCorrect);
    }
  }

  @Test
  void theReviewQueueFitsAPhoneAndIsClosedToViewers() {
    try (Browser b = Browser.open(390, 844)) {
      app.login(b, "analyst1");
      b.go(app.base() + "/review.html");
      b.until("document.body.dataset.ready === 'true'");
      assertThat(scrollWidth(b)).isLessThanOrEqualTo(390);
    }
    try (Browser b = Browser.open(1280, 800)) {
      app.login(b, "viewer1");
      b.go(app.base() + "/review.html");
      b.textContains("#status", "for analysts");
      assertThat(b.all("#nav a[href='/review.html']")).isEmpty();
    }
  }

  @Test
  void aUserChangesTheirPasswordAndManagesTokens() {
    if (app.accounts().user("carol").isEmpty()) {
      app.accounts()
          .createUser("carol", Passwords.hash(LiveApp.PASSWORD), Role.VIEWER, Instant.now());
    }
    try (Browser b = Browser.open(390, 844)) {
      app.login(b, "carol");
      b.go(app.base() + "/account.html");
      b.until("document.body.dataset.ready === 'true'");
      assertThat(b.all("#users:not([hidden])")).isEmpty();
      b.visible("#token-label").sendKeys("nightly export");
      b.visible("#token-form button[type=submit]").click();
      b.textContains("#token-value", "hw_");
      assertThat(b.visible("#token-value").getText()).startsWith("hw_");
      assertThat(app.accounts().tokens("carol"))
          .singleElement()
          .satisfies(t -> assertThat(t.label()).isEqualTo("nightly export"));
      b.textContains("#tokens", "nightly export");
      b.visible("#tokens button").click();
      b.textContains("#status", "revoked");
      assertThat(app.accounts().tokens("carol")).isEmpty();

      b.visible("#pw-current").sendKeys(LiveApp.PASSWORD);
      b.visible("#pw-new").sendKeys("carol's new long password");
      b.visible("#pw-again").sendKeys("carol's new long password");
      b.visible("#password-form button[type=submit]").click();
      b.textContains("#status", "Password changed");
      assertThat(loginStatus("carol", LiveApp.PASSWORD)).isEqualTo(401);
      assertThat(loginStatus("carol", "carol's new long password")).isEqualTo(200);
      assertThat(b.a11yProblems()).isEmpty();
      assertThat(scrollWidth(b)).isLessThanOrEqualTo(390);
      b.screenshot("account-390x844");
    }
  }

  @Test
  void aOneTimePasswordIsReplacedAtFirstLoginBeforeAnythingElse() {
    if (app.accounts().user("erin").isEmpty()) {
      app.accounts()
          .createUser("erin", Passwords.hash(LiveApp.PASSWORD), Role.ADMIN, Instant.now(), true);
    }
    try (Browser b = Browser.open(1280, 800)) {
      app.login(b, "erin");
      b.until("location.pathname === '/account.html'");
      b.until("document.body.dataset.ready === 'true'");
      b.visible("#must-change");
      // Another page sends the user back to the account page.
      b.go(app.base() + "/review.html");
      b.until("location.pathname === '/account.html'");
      b.until("document.body.dataset.ready === 'true'");
      b.visible("#pw-current").sendKeys(LiveApp.PASSWORD);
      b.visible("#pw-new").sendKeys("erin's own long password");
      b.visible("#pw-again").sendKeys("erin's own long password");
      b.visible("#password-form button[type=submit]").click();
      b.until("location.pathname === '/'");
      assertThat(app.accounts().user("erin").orElseThrow().mustChangePassword()).isFalse();
      assertThat(b.a11yProblems()).isEmpty();
    }
  }

  @Test
  void anAdminListsAndAddsUsers() {
    try (Browser b = Browser.open(1280, 800)) {
      app.login(b, "admin1");
      b.go(app.base() + "/account.html#users");
      b.until("document.body.dataset.ready === 'true'");
      b.textContains("#user-table", "analyst1");
      b.visible("#u-name").sendKeys("dave");
      new org.openqa.selenium.support.ui.Select(b.visible("#u-role")).selectByValue("analyst");
      b.visible("#u-password").sendKeys("dave's first password");
      b.visible("#user-form button[type=submit]").click();
      b.textContains("#user-table", "dave");
      assertThat(app.accounts().user("dave"))
          .hasValueSatisfying(a -> assertThat(a.role()).isEqualTo(Role.ANALYST));

      // Roles change and users are disabled from the table; the admin's own row has no controls.
      assertThat(b.all("tr[data-user='admin1'] button.user-toggle")).isEmpty();
      new org.openqa.selenium.support.ui.Select(b.visible("select.user-role[data-user='dave']"))
          .selectByValue("viewer");
      b.textContains("#status", "dave is now viewer");
      assertThat(app.accounts().user("dave").orElseThrow().role()).isEqualTo(Role.VIEWER);
      b.visible("button.user-toggle[data-user='dave']").click();
      b.textContains("#status", "dave is disabled");
      b.textContains("tr[data-user='dave'] .user-state", "disabled");
      assertThat(app.accounts().user("dave").orElseThrow().disabled()).isTrue();
      assertThat(loginStatus("dave", "dave's first password")).isEqualTo(403);
      b.visible("button.user-toggle[data-user='dave']").click();
      b.textContains("#status", "can log in again");
      assertThat(loginStatus("dave", "dave's first password")).isEqualTo(200);
      assertThat(b.a11yProblems()).isEmpty();
      b.screenshot("account-1280x800");
    }
  }

  private int loginStatus(String user, String password) {
    String body = "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}";
    java.net.http.HttpRequest r =
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(app.base() + "/api/login"))
            .header("Content-Type", "application/json")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      return java.net.http.HttpClient.newHttpClient()
          .send(r, java.net.http.HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void keys(Browser b, String keys) {
    new Actions(b.driver()).sendKeys(keys).perform();
  }

  private static String selectedId(Browser b) {
    return b.visible("#queue li.current").getAttribute("data-id");
  }

  private static long scrollWidth(Browser b) {
    return ((Number) b.driver().executeScript("return document.documentElement.scrollWidth;"))
        .longValue();
  }
}

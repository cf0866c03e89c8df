package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.harmwatch.app.browser.Browser;
import org.harmwatch.core.json.ExchangeJson;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An analyst finds an actor by its acronym, saves the search, sets a webhook, adds a report that
 * matches, and sees it under "new since last visit" while the webhook (a local HTTP server started
 * by this test) receives it; then the summaries list it, and the incident page's links lead to the
 * actor page and the place page, which list it too.
 */
class FindingBrowserIT {
  private final LiveApp app = LiveApp.get();

  // Written for this test: a report naming the group by its French acronym only.
  private static final String REPORT =
      "Fighters of the EIGS killed 14 villagers in Anzourou, in the Tillabéri region of Niger, on"
          + " 3 May 2025, local officials said. Several granaries were burned.";

  @Test
  void aSavedSearchListsANewMatchingReportAndFiresTheWebhook() throws Exception {
    try (MockWebServer hook = new MockWebServer()) {
      hook.enqueue(new MockResponse.Builder().code(200).build());
      hook.start();
      try (Browser b = Browser.open(1280, 900)) {
        app.login(b, "analyst1");
        b.go(app.base() + "/");
        b.until("document.body.dataset.ready === 'true'");
        b.visible("#f-actor").sendKeys("EIGS");
        b.until(
            "[...document.querySelectorAll('#actor-options option')]"
                + ".some(o => o.value === 'Islamic State')");
        new Select(b.visible("#f-country")).selectByValue("NE");
        // Applied as typed, the alias filters by its actor's canonical name.
        b.visible("#filters button[type=submit]").click();
        b.until("new URLSearchParams(location.search).get('actor') === 'Islamic State'");
        assertThat(b.visible("#f-actor").getAttribute("value")).isEqualTo("Islamic State");
        b.until("location.search.includes('country=NE')");
        b.visible("#save-search").click();
        Alert prompt =
            new WebDriverWait(b.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.alertIsPresent());
        prompt.sendKeys("IS in Niger");
        prompt.accept();
        b.textContains("#status", "Saved \"IS in Niger\"");

        b.go(app.base() + "/watch.html");
        b.until("document.body.dataset.ready === 'true'");
        b.textContains("#saved-table", "IS in Niger");
        // The browser tests share one server: another test may have left analyst1 a webhook.
        b.visible("#hook-url").clear();
        b.visible("#hook-url").sendKeys(hook.url("/harmwatch").toString());
        b.visible("#hook-save").click();
        b.textContains("#status", "Webhook saved.");

        b.go(app.base() + "/add.html");
        b.until("document.body.dataset.ready === 'true'");
        b.visible("#d-title").sendKeys("Villagers killed near Anzourou");
        b.visible("#d-publisher").sendKeys("Finding test wire");
        b.visible("#d-text").sendKeys(REPORT);
        b.visible("#add-form button[type=submit]").click();
        b.atLeast("#results tbody tr", 1);

        RecordedRequest posted = hook.takeRequest(60, TimeUnit.SECONDS);
        assertThat(posted).as("the webhook was called").isNotNull();
        JsonNode body = ExchangeJson.mapper().readTree(posted.getBody().utf8());
        assertThat(body.get("search").get("name").asText()).isEqualTo("IS in Niger");
        String incidentId = body.get("incidents").get(0).get("id").asText();
        assertThat(body.get("incidents").get(0).get("country_code").asText()).isEqualTo("NE");

        b.go(app.base() + "/watch.html");
        b.until("document.body.dataset.ready === 'true'");
        b.atLeast("#new-table tr[data-incident='" + incidentId + "']", 1);
        assertThat(b.visible("#new-table").getText())
            .contains("IS in Niger", "Tillabéri", "2025-05-03", "14");
        assertThat(b.a11yProblems()).isEmpty();
        b.screenshot("saved-searches-1280x900");
        // Seen now: the next visit lists nothing new.
        b.go(app.base() + "/watch.html");
        b.until("document.body.dataset.ready === 'true'");
        b.textContains("#new-table", "Nothing new.");

        b.go(app.base() + "/summaries.html?by=admin1&actor=Islamic+State&country=NE");
        b.until("document.body.dataset.ready === 'true'");
        b.textContains("#summary-table", "Tillabéri");
        assertThat(b.visible("#csv-link").getAttribute("href"))
            .contains("/api/summaries/admin1.csv?");
        assertThat(b.a11yProblems()).isEmpty();
        b.screenshot("summaries-1280x900");

        // The incident page links its actors and its place to their pages.
        String incidentPage = app.base() + "/incident.html?id=" + incidentId;
        b.go(incidentPage);
        b.until("document.body.dataset.ready === 'true'");
        b.visible("#fields tr[data-field=perpetrators] a.actor-link").click();
        b.until("location.pathname === '/actor.html'");
        b.until("document.body.dataset.ready === 'true'");
        assertThat(b.driver().getCurrentUrl()).endsWith("/actor.html?name=Islamic%20State");
        b.textContains("#actor-aliases", "EIGS");
        b.atLeast("#incident-table tr[data-incident='" + incidentId + "']", 1);
        assertThat(b.a11yProblems()).isEmpty();

        b.go(incidentPage);
        b.until("document.body.dataset.ready === 'true'");
        b.until(
            "[...document.querySelectorAll('#fields tr[data-field=location] a.place-link')]"
                + ".some(a => a.textContent === 'Tillabéri')");
        b.driver()
            .findElement(
                org.openqa.selenium.By.xpath(
                    "//tr[@data-field='location']//a[@class='place-link'][text()='Tillabéri']"))
            .click();
        b.until("location.pathname === '/place.html'");
        b.until("document.body.dataset.ready === 'true'");
        b.atLeast("#incident-table tr[data-incident='" + incidentId + "']", 1);
        b.textContains("#actor-table", "Islamic State");
      }
    }
  }
}

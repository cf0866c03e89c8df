package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.harmwatch.app.browser.Browser;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.store.IncidentQuery;
import org.junit.jupiter.api.Test;

/**
 * The interface in French for a French browser, and the EN | FR switch in the header: the choice
 * re-renders the page and holds on the next page.
 */
class LanguageBrowserIT {
  private final LiveApp app = LiveApp.get();

  private String text(Browser b, String css) {
    return b.visible(css).getText();
  }

  @Test
  void aFrenchBrowserGetsFrenchAndTheSwitchGoesToEnglishForGood() {
    Incident incident =
        app.store().search(IncidentQuery.all(IncidentQuery.MAX_LIMIT)).items().stream()
            .filter(i -> i.document() != null && !i.evidence().isEmpty())
            .findFirst()
            .orElseThrow();
    try (Browser b = Browser.open(1280, 800, "fr-FR")) {
      b.go(app.base() + "/login.html");
      b.textContains("#login button[type=submit]", "Se connecter");
      assertThat(text(b, "label[for=password]")).isEqualTo("Mot de passe");
      app.loginHere(b, "analyst1");

      b.until("document.body.dataset.ready === 'true'");
      assertThat(b.driver().executeScript("return document.documentElement.lang;")).isEqualTo("fr");
      assertThat(text(b, "label[for=f-country]")).isEqualTo("Pays");
      assertThat(text(b, "button[data-sort=killed]")).isEqualTo("Tués");
      assertThat(text(b, "#legend")).contains("Violences contre des civils");
      assertThat(text(b, "#nav")).contains("Explorer", "Se déconnecter");
      assertThat(b.visible("#f-q").getAttribute("placeholder")).contains("une expression");
      b.textContains("#status", "correspondent");
      assertThat(b.a11yProblems()).isEmpty();
      assertThat(b.visible("#lang-fr").getAttribute("aria-pressed")).isEqualTo("true");

      b.go(app.base() + "/incident.html?id=" + incident.id());
      b.until("document.body.dataset.ready === 'true'");
      assertThat(text(b, "#fields-heading")).isEqualTo("Champs");
      assertThat(text(b, "tr[data-field='casualties.killed'] th")).isEqualTo("Tués");
      assertThat(text(b, "tr[data-field='perpetrators'] th")).isEqualTo("Auteurs présumés");
      assertThat(text(b, "#verify")).isEqualTo("Vérifier");
      assertThat(text(b, "#history-heading")).isEqualTo("Historique des modifications");
      assertThat(b.a11yProblems()).isEmpty();
      b.visible("tr[data-field='casualties.killed'] button.correct").click();
      assertThat(text(b, "#cf-save")).isEqualTo("Enregistrer la correction");
      assertThat(text(b, "label[for=cf-min]")).isEqualTo("Au moins");
      b.visible("#cf-cancel").click();

      b.visible("#lang-en").click();
      b.until("document.documentElement.lang === 'en' && document.body.dataset.ready === 'true'");
      b.textContains("#fields-heading", "Fields");
      assertThat(text(b, "tr[data-field='casualties.killed'] th")).isEqualTo("Killed");
      assertThat(text(b, "#verify")).isEqualTo("Verify");
      assertThat(b.visible("#lang-en").getAttribute("aria-pressed")).isEqualTo("true");

      b.go(app.base() + "/");
      b.until("document.body.dataset.ready === 'true'");
      assertThat(b.driver().executeScript("return document.documentElement.lang;")).isEqualTo("en");
      assertThat(text(b, "label[for=f-country]")).isEqualTo("Country");
      assertThat(text(b, "#legend")).contains("Violence against civilians");

      b.visible("#lang-fr").click();
      b.until("document.documentElement.lang === 'fr' && document.body.dataset.ready === 'true'");
      b.textContains("label[for=f-country]", "Pays");

      b.go(app.base() + "/review.html");
      b.until("document.body.dataset.ready === 'true'");
      assertThat(text(b, "#a-verify")).isEqualTo("Vérifier (v)");
      assertThat(text(b, "#count")).contains("en attente");
      assertThat(b.all(".keys kbd")).as("shortcut keys kept as kbd").hasSizeGreaterThan(5);
      assertThat(b.a11yProblems()).isEmpty();
    }
  }

  @Test
  void anEnglishBrowserGetsEnglish() {
    try (Browser b = Browser.open(1280, 800)) {
      app.login(b, "analyst1");
      b.until("document.body.dataset.ready === 'true'");
      assertThat(b.driver().executeScript("return document.documentElement.lang;")).isEqualTo("en");
      assertThat(text(b, "button[data-sort=killed]")).isEqualTo("Killed");
      assertThat(b.visible("#lang-en").getAttribute("aria-pressed")).isEqualTo("true");
    }
  }
}

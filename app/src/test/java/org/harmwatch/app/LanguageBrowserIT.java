package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmwatch.app.browser.Browser;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.store.IncidentQuery;
import org.junit.jupiter.api.Test;

/**
 * The interface in French for a French browser, and the EN | FR switch in the header: the choice
 * re-renders the page and holds on the next page; every other page shows no English words but its
 * data.
 */
class LanguageBrowserIT {
  private final LiveApp app = LiveApp.get();

  /**
   * Words of the English interface that French never uses (case as written). A page in French
   * showing one outside its data areas has a text left untranslated.
   */
  private static final Pattern ENGLISH =
      Pattern.compile(
          "\\b(the|and|of|your|with|from|for|to|is|are|not|yet|none|never|unknown|no|by"
              + "|Skip|Show|Download|Print|Remove|Delete|Save|Search|Killed|Injured|Detained"
              + "|Loading|Could|Nothing|Watch|Add|Password|Token|Users?|Role|Since|State|Made"
              + "|Revoke|Disable|Enable|Title|Published|Text|Results?|Read|Original|Kind"
              + "|Withheld|Proposed|Access|Every|Next|Last|Poll|Switch|By|Back|Month|Region"
              + "|Actors?|Place|Summaries|Saved|Found|Filters|Name|Dataset|Rows|Refused|Events?"
              + "|Fatalities|Ours|Matched|Map|Country|Evidence|Perpetrators|Victims|Reported"
              + "|Review|Status|Account|Explore|Log|Reading|Change|Make|Your|Also|Not|No"
              + "|All|Open|Never|Incidents of|Cross-check)\\b",
          Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * The page's texts as the reader meets them: the title, every visible text node and the
   * placeholder, aria-label, title and alt of visible elements, leaving out text nodes whose parent
   * matches {@code data} (CSS: names, titles, quotes, server messages).
   */
  private static final String TEXTS =
      "const data = arguments[0]; const h1 = document.querySelector('h1');"
          // A title made of the page's data (an actor's name) is checked without it.
          + " const out = [h1 && data && h1.matches(data)"
          + " ? document.title.replace(h1.textContent, '') : document.title];"
          + " const shown = (e) => e.tagName === 'OPTION' ? shown(e.closest('select'))"
          + " : e.checkVisibility({ visibilityProperty: true });"
          + " const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
          + " for (let n = walk.nextNode(); n; n = walk.nextNode()) {"
          + "   const p = n.parentElement; const text = n.textContent.trim();"
          + "   if (!text || !p || p.closest('script, style') || (data && p.matches(data)) || !shown(p)) { continue; }"
          + "   out.push(text); }"
          + " for (const e of document.body.querySelectorAll('[placeholder], [aria-label], [title], [alt]')) {"
          + "   if (!shown(e) || (data && e.matches(data))) { continue; }"
          + "   for (const a of ['placeholder', 'aria-label', 'title', 'alt']) {"
          + "     if (e.getAttribute(a)) { out.push(e.getAttribute(a)); } } }"
          + " return out;";

  /** Data on every page: links to records (their names and titles), codes, quotes, times. */
  private static final String DATA =
      "a[href*='incident.html'], a[href*='reader.html?id'], a[href*='actor.html'],"
          + " a[href*='place.html'], a[href^='http'], code, output, blockquote, blockquote *,"
          + " time, .url, td strong, li strong";

  /** One page to check in French: its address and its own data areas (CSS). */
  private record FrenchPage(String path, String data) {}

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
  void everyOtherPageInFrenchShowsNoEnglishButItsData() {
    Incident incident =
        app.store().search(IncidentQuery.all(IncidentQuery.MAX_LIMIT)).items().stream()
            .filter(i -> i.document() != null && !i.perpetrators().isEmpty())
            .filter(i -> i.location() != null && i.location().countryCode() != null)
            .findFirst()
            .orElseThrow();
    String doc = incident.document().id();
    app.accounts().enqueue("admin1", doc, Instant.now());
    List<FrenchPage> pages =
        List.of(
            new FrenchPage("/account.html#users", "#token-value"),
            new FrenchPage("/add.html", ""),
            new FrenchPage("/reader.html", "#queue li"),
            new FrenchPage("/reader.html?id=" + enc(doc), "#title, #meta, #text, #text *"),
            new FrenchPage("/sources.html", ".last-error, #detail-state"),
            new FrenchPage("/summaries.html?by=actor", "#filters-shown"),
            new FrenchPage("/watch.html", "#saved-table td, #saved-table td a, #new-table td"),
            new FrenchPage(
                "/actor.html?name=" + enc(incident.perpetrators().get(0).name()),
                "#actor-name, #actor-aliases"),
            new FrenchPage(
                "/place.html?country=" + incident.location().countryCode(), "#place-name"),
            new FrenchPage(
                "/dossier.html?id=" + enc(incident.id()),
                "#meta, .fields td, .source-line, #details li, .leaflet-control-attribution a"),
            new FrenchPage(
                "/reference.html", "#events td, #datasets td, #report-dataset option, #report li"));
    List<String> english = new ArrayList<>();
    try (Browser b = Browser.open(1280, 800, "fr-FR")) {
      app.login(b, "admin1");
      b.until("document.body.dataset.ready === 'true'");
      // A saved search, so that the saved-searches page builds its rows and buttons.
      b.driver()
          .executeAsyncScript(
              "const done = arguments[arguments.length - 1];"
                  + " fetch('/api/me').then((r) => r.json()).then((me) => fetch('/api/saved-searches',"
                  + " { method: 'POST', headers: { 'Content-Type': 'application/json',"
                  + " 'X-CSRF-Token': me.csrf_token }, body: JSON.stringify({ name: 'Mali FR',"
                  + " query: 'country=ML' }) })).then(() => done(), () => done());");
      for (FrenchPage page : pages) {
        b.go(app.base() + page.path());
        b.until("document.body.dataset.ready === 'true'");
        assertThat(b.driver().executeScript("return document.documentElement.lang;"))
            .as(page.path())
            .isEqualTo("fr");
        String data = page.data().isEmpty() ? DATA : DATA + ", " + page.data();
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) b.driver().executeScript(TEXTS, data);
        assertThat(texts).as("texts of " + page.path()).hasSizeGreaterThan(10);
        for (String text : texts) {
          Matcher m = ENGLISH.matcher(text);
          if (m.find()) {
            english.add(page.path() + ": \"" + text + "\" (" + m.group() + ")");
          }
        }
      }
    }
    assertThat(english).as("English words on French pages").isEmpty();
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Test
  void failuresToReachTheServerAreSaidInFrench() {
    try (Browser b = Browser.open(1280, 800, "fr-FR")) {
      app.login(b, "viewer1");
      b.until("document.body.dataset.ready === 'true'");
      // A server that cannot be reached (the browser's own words would be English), and an answer
      // that is not the API's JSON.
      @SuppressWarnings("unchecked")
      List<String> messages =
          (List<String>)
              b.driver()
                  .executeAsyncScript(
                      "const done = arguments[arguments.length - 1];"
                          + " import('/js/common.js').then(async (m) => { const out = [];"
                          + " for (const url of ['http://127.0.0.1:1/nothing', '/basemap/none.json']) {"
                          + "   try { await m.getJson(url); out.push('no error'); }"
                          + "   catch (e) { out.push(e.message); } }"
                          + " done(out); }, (e) => done([String(e)]));");
      assertThat(messages)
          .containsExactly(
              "La connexion au serveur a échoué ; rien n’a été reçu.",
              "Le serveur a répondu HTTP 404 sans dire pourquoi.");
    }
  }

  @Test
  void serverMessagesFollowTheInterfaceLanguageAndFrenchElides() {
    try (Browser b = Browser.open(1280, 800, "fr-FR")) {
      app.login(b, "admin1");
      b.until("document.body.dataset.ready === 'true'");
      // A query the search cannot read: the server's explanation, in French.
      b.go(app.base() + "/?q=" + enc("\"camp attack"));
      b.textContains("#status", "guillemet droit");
      assertThat(text(b, "#status")).contains("n’est pas fermé").doesNotContain("double quote");

      // Names starting with a vowel take "d’": "Rôle d’analyst1", but "Rôle de viewer1".
      b.go(app.base() + "/account.html#users");
      b.until("document.body.dataset.ready === 'true'");
      assertThat(b.visible("select[data-user=analyst1]").getAttribute("aria-label"))
          .isEqualTo("Rôle d’analyst1");
      assertThat(b.visible("select[data-user=viewer1]").getAttribute("aria-label"))
          .isEqualTo("Rôle de viewer1");
      Object formatted =
          b.driver()
              .executeAsyncScript(
                  "const done = arguments[arguments.length - 1];"
                      + " import('/js/i18n.js').then((m) => done(["
                      + " m.format('Type de {name}', { name: 'EIGS' }, 'fr'),"
                      + " m.format('Documents de {name}', { name: 'hameau' }, 'fr'),"
                      + " m.format('le {at}', { at: '8 mars' }, 'fr'),"
                      + " m.format('Role of {user}', { user: 'admin1' }, 'en')]));");
      assertThat(formatted)
          .isEqualTo(List.of("Type d’EIGS", "Documents de hameau", "le 8 mars", "Role of admin1"));

      // The interface switched to English asks the server for English, whatever the browser says.
      b.visible("#lang-en").click();
      b.until("document.documentElement.lang === 'en'");
      b.go(app.base() + "/?q=" + enc("\"camp attack"));
      b.textContains("#status", "double quote");
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

package org.harmwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Boilerplate removal on pages written to look like English and French news sites: navigation,
 * share buttons, ads, captions, "read also" lines, related stories, tags, comments, newsletter
 * boxes and footers are left out; the article's paragraphs are kept in order; metadata comes from
 * meta tags and JSON-LD.
 */
class ArticleExtractorTest {
  private final ArticleExtractor extractor = new ArticleExtractor();

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/articles/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void englishNewsPageKeepsTheStoryAndDropsTheFurniture() throws Exception {
    ArticleExtractor.Article a =
        extractor.extract(
            resource("en-news.html"),
            "text/html; charset=utf-8",
            "https://www.saheldaily.example/africa/gunmen-kill-12-villagers-central-mali-2026-03-14?utm=x");
    assertThat(a.title()).isEqualTo("Gunmen kill 12 villagers in central Mali");
    assertThat(a.author()).isEqualTo("Amadou Keita");
    assertThat(a.published()).isEqualTo(LocalDate.of(2026, 3, 14));
    assertThat(a.canonicalUrl())
        .isEqualTo(
            "https://www.saheldaily.example/africa/gunmen-kill-12-villagers-central-mali-2026-03-14");
    assertThat(a.siteName()).isEqualTo("Sahel Daily");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.text())
        .startsWith("Gunmen kill 12 villagers in central Mali")
        .contains("Unidentified gunmen on motorbikes killed 12 civilians")
        .contains("\"We buried twelve people this morning")
        .contains("No group has claimed responsibility.")
        .endsWith("has become harder since then.");
    for (String furniture :
        new String[] {
          "Subscribe",
          "Business",
          "Share on Facebook",
          "Photo: Sahel Daily",
          "Advertisement",
          "cheap flights",
          "Related",
          "Read also",
          "JNIM claims attack on army post",
          "Comments",
          "Pray for Mali",
          "Most read",
          "briefing every morning",
          "All rights reserved",
          "cookies",
          "window.dataLayer",
          "By Amadou Keita",
          "Home"
        }) {
      assertThat(a.text()).as("left out: " + furniture).doesNotContain(furniture);
    }
    // Paragraphs stay in page order.
    assertThat(a.text().indexOf("Unidentified gunmen"))
        .isLessThan(a.text().indexOf("We buried twelve"));
  }

  @Test
  void frenchNewsPageInWindows1252() throws Exception {
    ArticleExtractor.Article a =
        extractor.extract(
            resource("fr-news.html"),
            "text/html",
            "https://www.journaldusahel.example/afrique/burkina-faso-huit-civils-tues-attaque-djibo_12345.html");
    assertThat(a.title())
        .isEqualTo("Burkina Faso : au moins huit civils tués dans une attaque près de Djibo");
    assertThat(a.author()).isEqualTo("Rédaction Afrique");
    assertThat(a.published()).isEqualTo(LocalDate.of(2026, 2, 3));
    assertThat(a.language()).isEqualTo("fr");
    assertThat(a.text())
        .startsWith("Burkina Faso : au moins huit civils tués")
        .contains("Des hommes armés ont attaqué dimanche un marché")
        .contains("Au moins huit civils ont été tués et une dizaine blessés")
        .contains("« Ils sont arrivés vers 10 heures")
        .contains("lié à Al-Qaïda")
        .endsWith("n'avaient pas communiqué de bilan officiel lundi soir.");
    for (String furniture :
        new String[] {
          "Publicité",
          "Accueil",
          "Partager",
          "Photo d'archives",
          "lire aussi",
          "nouvelle attaque contre l'armée",
          "Gagnez un voyage",
          "Sur le même sujet",
          "Tillabéri",
          "Commentaires",
          "Que Dieu protège",
          "Mentions légales",
          "Sécurité"
        }) {
      assertThat(a.text()).as("left out: " + furniture).doesNotContain(furniture);
    }
  }

  @Test
  void theServedCharsetWinsOverTheMetaTag() throws Exception {
    String page =
        "<html><head><meta charset=\"windows-1252\"><title>t</title></head><body><article><p>"
            + "Une attaque a fait trois morts à Kidal, selon des sources locales jointes par"
            + " téléphone.</p></article></body></html>";
    ArticleExtractor.Article a =
        extractor.extract(page.getBytes(StandardCharsets.UTF_8), "text/html; charset=UTF-8", null);
    assertThat(a.text()).contains("trois morts à Kidal");
  }

  @Test
  void wrongCharsetIsAClearError() {
    byte[] latin1 =
        "<html><body><p>Une attaque a fait trois morts à Kidal.</p></body></html>"
            .getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> extractor.extract(latin1, "text/html; charset=utf-8", null))
        .isInstanceOf(ArticleExtractor.Unreadable.class)
        .hasMessageContaining("not valid UTF-8")
        .hasMessageContaining("at byte offset 46");
    assertThatThrownBy(() -> extractor.extract(latin1, "text/html; charset=klingon-8", null))
        .hasMessageContaining("unknown charset 'klingon-8'");
  }

  @Test
  void aPageWithoutTextIsRefused() {
    assertThatThrownBy(
            () ->
                extractor.extract(
                    "<html><body><nav><a href=/>Home</a></nav></body></html>"
                        .getBytes(StandardCharsets.UTF_8),
                    "text/html",
                    null))
        .hasMessage("the page has no readable article text");
  }

  @Test
  void sectionPageListsItsOwnArticleLinksOnce() throws Exception {
    assertThat(
            extractor.articleLinks(
                resource("section-en.html"), "text/html", "https://www.saheldaily.example/africa"))
        .containsExactly(
            "https://www.saheldaily.example/africa/gunmen-kill-12-villagers-central-mali-2026-03-14",
            "https://www.saheldaily.example/africa/drought-hits-niger-herders-2026-03-13?utm_source=home");
  }
}

package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.harmwatch.core.corroboration.FigureEstimate;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.ActorType;
import org.harmwatch.core.model.Casualties;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.DatePrecision;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.DocumentRef;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.Evidence;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;
import org.harmwatch.core.model.SubEventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A dossier PDF speaks the reader's language: its labels and dates come from that language's table,
 * none from the other's, while names and quotes stay as reported.
 */
class PdfDossierLanguageTest {
  // Patterns and the locale are no labels a reader sees.
  private static final Set<String> NOT_SHOWN = Set.of("locale", "date.short", "generated");

  @ParameterizedTest(name = "{0} dossier, none of {1}")
  @CsvSource({"fr, en, 3 mars 2024, 12 févr. 2024", "en, fr, 3 Mar 2024, 12 Feb 2024"})
  void aDossierHoldsTheLabelsOfItsLanguageAndNoneOfTheOther(
      String lang, String other, String incidentDate, String publishedDate) throws IOException {
    DossierLabels labels = DossierLabels.of(lang);
    String text = text(labels);

    List<String> expected = new ArrayList<>();
    for (String key :
        List.of(
            "title",
            "column.number",
            "column.place",
            "column.killed",
            "column.grade",
            "map.caption",
            "source.quotes",
            "sources",
            "evidence",
            "grade.fair",
            "status.verified",
            "type.violence_against_civilians",
            "subtype.attack")) {
      expected.add(labels.text(key));
    }
    expected.add(labels.text("count.at.least", 4));
    expected.add(labels.text("figure.range", 5, 3, 9));
    expected.add(incidentDate);
    expected.add(publishedDate);
    assertThat(text).contains(expected);
    // Each incident's number heads its details, as it marks its point and its table row.
    assertThat(text).containsPattern("\\b1\\. \\d").containsPattern("\\b2\\. \\d");
    assertThat(text)
        .as("names and quotes stay as reported")
        .contains("Hamadou Zerbo", "Tindirma", "trois bergers abattus près du puits");

    DossierLabels foreign = DossierLabels.of(other);
    for (String key : DossierLabels.keys(other)) {
      String mine = labels.text(key);
      String theirs = foreign.text(key);
      if (NOT_SHOWN.contains(key) || theirs.equals(mine)) {
        continue;
      }
      for (String fragment : theirs.split("\\{\\d+}")) {
        String words = fragment.strip();
        // Short fragments ("(", ". ", "de") are punctuation or words both languages share.
        if (words.length() >= 4 && !mine.contains(words)) {
          assertThat(text).as("%s label %s", other, key).doesNotContain(words);
        }
      }
    }
  }

  private static String text(DossierLabels labels) throws IOException {
    byte[] pdf =
        PdfDossier.write(
            labels.text("title"),
            labels.text(
                "subtitle",
                2,
                labels.generated(Instant.parse("2024-03-05T08:30:00Z")),
                "analyste1",
                labels.text("filters.none")),
            List.of(quoted(), listed()),
            UnaryOperator.identity(),
            labels);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  // An incident shown with every source's figures and quoted words.
  private static PdfDossier.Entry quoted() {
    Document source =
        Document.ofText("d1", "Tindirma : le puits", LocalDate.of(2024, 2, 12), "sans importance");
    Incident i =
        incident(
            "i1",
            new Location(
                "Tindirma",
                "ML",
                "Tombouctou",
                null,
                16.2,
                -3.1,
                LocationPrecision.PLACE,
                null,
                null),
            List.of());
    SourceEvidence.Quotes q =
        new SourceEvidence.Quotes(
            source,
            "d1",
            Count.exactly(3, "trois"),
            Count.atLeast(4, "quatre"),
            null,
            List.of(
                new FieldPhrases.FieldSpan(
                    "casualties.killed", 0, 10, "trois bergers abattus près du puits", true)));
    return new PdfDossier.Entry(
        i, List.of(source), "fair", "verified", new FigureEstimate(3, 5, 9), List.of(q));
  }

  // An incident without place or source figures: its sources, then its evidence quotes.
  private static PdfDossier.Entry listed() {
    Incident i =
        incident(
            "i2",
            null,
            List.of(new Evidence(0, 30, "trois bergers abattus près du puits", List.of("date"))));
    Document source = Document.ofText("d2", "Bulletin", LocalDate.of(2024, 2, 12), "vide");
    return new PdfDossier.Entry(i, List.of(source), null, null, null, List.of());
  }

  private static Incident incident(String id, Location place, List<Evidence> evidence) {
    return new Incident(
        id,
        new DocumentRef("d1", "Tindirma : le puits", LocalDate.of(2024, 2, 12)),
        EventType.VIOLENCE_AGAINST_CIVILIANS,
        SubEventType.ATTACK,
        new IncidentDate(
            LocalDate.of(2024, 3, 3), LocalDate.of(2024, 3, 3), DatePrecision.DAY, "dimanche"),
        place,
        List.of(new Actor("Hamadou Zerbo", ActorType.CIVILIANS, "Hamadou Zerbo")),
        List.of(),
        new Casualties(Count.exactly(3, "trois"), null, null, null, null, null, null),
        List.of(),
        List.of(),
        evidence,
        0.5,
        null);
  }
}

package org.harmwatch.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Evidence;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.Location;

/**
 * Writes a dossier as PDF (A4, PDFBox): a title block, a map of the incidents over the offline
 * country borders, a table, then for each incident its sources and evidence quotes. Not
 * thread-safe: make one per dossier.
 */
final class PdfDossier {
  /** One incident of the dossier with its source documents. */
  record Entry(
      Incident incident,
      List<Document> sources,
      String grade,
      String status,
      org.harmwatch.core.corroboration.FigureEstimate killed,
      List<SourceEvidence.Quotes> quotes) {
    Entry {
      quotes = quotes == null ? List.of() : List.copyOf(quotes);
    }
  }

  private static final float MARGIN = 48;
  private static final PDRectangle PAGE = PDRectangle.A4;
  private static final Map<String, Color> TYPE_COLOURS =
      Map.of(
          "violence_against_civilians", new Color(0xb2182b),
          "explosions_remote_violence", new Color(0xe66101),
          "battles", new Color(0x5e3c99),
          "riots", new Color(0x1b7837),
          "protests", new Color(0x2166ac),
          "strategic_developments", new Color(0x666666));

  private final PDDocument pdf = new PDDocument();
  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private final PDType1Font italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
  private final UnaryOperator<String> withhold;
  private final DossierLabels labels;
  private PDPageContentStream out;
  private float y;

  private PdfDossier(UnaryOperator<String> withhold, DossierLabels labels) {
    this.withhold = withhold;
    this.labels = labels;
  }

  /**
   * The PDF bytes of a dossier titled {@code title} over {@code entries} in the words and dates of
   * {@code labels}, every text drawn passed through {@code withhold} first (the mask of the
   * reader's role).
   */
  static byte[] write(
      String title,
      String subtitle,
      List<Entry> entries,
      UnaryOperator<String> withhold,
      DossierLabels labels) {
    PdfDossier d = new PdfDossier(withhold, labels);
    try {
      return d.render(title, subtitle, entries);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the dossier PDF", e);
    }
  }

  private byte[] render(String title, String subtitle, List<Entry> entries) throws IOException {
    PDDocumentInformation info = pdf.getDocumentInformation();
    info.setTitle(safe(title));
    info.setCreator("harmwatch");
    newPage();
    line(bold, 18, title);
    line(regular, 10, subtitle);
    y -= 6;
    drawMap(entries);
    heading(labels.text("heading.incidents", entries.size()));
    table(entries);
    for (int n = 0; n < entries.size(); n++) {
      detail(n + 1, entries.get(n));
    }
    out.close();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    pdf.save(bytes);
    pdf.close();
    return bytes.toByteArray();
  }

  private void newPage() throws IOException {
    if (out != null) {
      out.close();
    }
    PDPage page = new PDPage(PAGE);
    pdf.addPage(page);
    out = new PDPageContentStream(pdf, page);
    y = PAGE.getHeight() - MARGIN;
  }

  private void need(float height) throws IOException {
    if (y - height < MARGIN) {
      newPage();
    }
  }

  private void heading(String text) throws IOException {
    need(40);
    y -= 10;
    line(bold, 13, text);
  }

  private void line(PDType1Font font, float size, String text) throws IOException {
    for (String l : wrap(font, size, safe(withhold.apply(text)), PAGE.getWidth() - 2 * MARGIN)) {
      need(size + 4);
      y -= size + 3;
      out.beginText();
      out.setFont(font, size);
      out.setNonStrokingColor(Color.BLACK);
      out.newLineAtOffset(MARGIN, y);
      out.showText(l);
      out.endText();
    }
  }

  private void text(PDType1Font font, float size, float x, float atY, String text, float width)
      throws IOException {
    String s = safe(withhold.apply(text));
    while (!s.isEmpty() && font.getStringWidth(s) / 1000 * size > width) {
      s = s.substring(0, s.length() - 1);
    }
    out.beginText();
    out.setFont(font, size);
    out.newLineAtOffset(x, atY);
    out.showText(s);
    out.endText();
  }

  private void drawMap(List<Entry> entries) throws IOException {
    double minLon = 180, maxLon = -180, minLat = 90, maxLat = -90;
    int points = 0;
    for (Entry e : entries) {
      Location l = e.incident().location();
      if (l != null && l.hasCoordinates()) {
        minLon = Math.min(minLon, l.lon());
        maxLon = Math.max(maxLon, l.lon());
        minLat = Math.min(minLat, l.lat());
        maxLat = Math.max(maxLat, l.lat());
        points++;
      }
    }
    if (points == 0) {
      line(italic, 9, labels.text("map.none"));
      return;
    }
    // At least 6 degrees across, so a single incident still shows its surroundings.
    double cx = (minLon + maxLon) / 2, cy = (minLat + maxLat) / 2;
    double span = Math.max(6, Math.max(maxLon - minLon, maxLat - minLat) * 1.2);
    double west = cx - span / 2, east = cx + span / 2, south = cy - span / 2, north = cy + span / 2;
    float w = PAGE.getWidth() - 2 * MARGIN, h = 260;
    need(h + 20);
    float left = MARGIN, bottom = y - h;
    double scale = Math.min(w / (east - west), h / (north - south));
    float ox = (float) (left + (w - scale * (east - west)) / 2);
    float oy = (float) (bottom + (h - scale * (north - south)) / 2);
    out.saveGraphicsState();
    out.addRect(left, bottom, w, h);
    out.clip();
    out.setNonStrokingColor(new Color(0xdce6ee));
    out.addRect(left, bottom, w, h);
    out.fill();
    out.setStrokingColor(new Color(0x7a7a7a));
    out.setNonStrokingColor(new Color(0xf4f1ea));
    out.setLineWidth(0.5f);
    Basemap.draw(out, lon -> ox + (lon - west) * scale, lat -> oy + (lat - south) * scale);
    for (int n = 0; n < entries.size(); n++) {
      Entry e = entries.get(n);
      Location l = e.incident().location();
      if (l == null || !l.hasCoordinates()) {
        continue;
      }
      float px = (float) (ox + (l.lon() - west) * scale),
          py = (float) (oy + (l.lat() - south) * scale);
      String type = e.incident().eventType() == null ? "" : e.incident().eventType().code();
      out.setNonStrokingColor(TYPE_COLOURS.getOrDefault(type, Color.GRAY));
      out.setStrokingColor(Color.BLACK);
      Integer k = e.killed() == null ? null : e.killed().best();
      float r = (float) Math.min(9, 2.5 + Math.sqrt(k == null ? 0 : k));
      circle(px, py, r);
      out.fillAndStroke();
      // The incident's number in the table and the details, beside its marker.
      out.setNonStrokingColor(Color.BLACK);
      text(bold, 7, px + r + 1, py - 2.5f, Integer.toString(n + 1), 24);
    }
    out.restoreGraphicsState();
    out.setStrokingColor(Color.BLACK);
    out.addRect(left, bottom, w, h);
    out.stroke();
    y = bottom - 4;
    line(italic, 8, labels.text("map.caption"));
  }

  private void circle(float x, float yy, float r) throws IOException {
    float k = 0.5523f * r;
    out.moveTo(x + r, yy);
    out.curveTo(x + r, yy + k, x + k, yy + r, x, yy + r);
    out.curveTo(x - k, yy + r, x - r, yy + k, x - r, yy);
    out.curveTo(x - r, yy - k, x - k, yy - r, x, yy - r);
    out.curveTo(x + k, yy - r, x + r, yy - k, x + r, yy);
    out.closePath();
  }

  private void table(List<Entry> entries) throws IOException {
    float[] widths = {20, 62, 130, 110, 70, 60, 47};
    String[] head =
        java.util.stream.Stream.of("number", "date", "place", "type", "killed", "grade", "sources")
            .map(c -> labels.text("column." + c))
            .toArray(String[]::new);
    row(bold, head, widths);
    for (int n = 0; n < entries.size(); n++) {
      Entry e = entries.get(n);
      Incident i = e.incident();
      row(
          regular,
          new String[] {
            Integer.toString(n + 1),
            i.date() == null ? labels.text("unknown") : labels.date(i.date().start()),
            PlainText.place(i.location(), labels),
            i.eventType() == null
                ? labels.text("unknown")
                : labels.name("type", i.eventType().code()),
            PlainText.figure(e.killed(), i.casualties().killed(), labels),
            e.grade() == null ? "-" : labels.name("grade", e.grade()),
            Integer.toString(e.sources().size())
          },
          widths);
    }
  }

  private void row(PDType1Font font, String[] cells, float[] widths) throws IOException {
    need(14);
    y -= 13;
    float x = MARGIN;
    out.setNonStrokingColor(Color.BLACK);
    for (int c = 0; c < cells.length; c++) {
      text(font, 8.5f, x, y, cells[c], widths[c] - 4);
      x += widths[c];
    }
    out.setStrokingColor(new Color(0xcccccc));
    out.moveTo(MARGIN, y - 3);
    out.lineTo(PAGE.getWidth() - MARGIN, y - 3);
    out.stroke();
  }

  private void detail(int number, Entry e) throws IOException {
    Incident i = e.incident();
    heading(
        number
            + ". "
            + labels.date(i.date() == null ? null : i.date().start())
            + " - "
            + PlainText.place(i.location(), labels));
    line(
        regular,
        9,
        e.status() == null
            ? labels.text("incident", i.id())
            : labels.text("incident.status", i.id(), labels.name("status", e.status())));
    line(
        regular,
        9,
        labels.text(
            "incident.detail",
            (i.eventType() == null
                    ? labels.text("unknown")
                    : labels.name("type", i.eventType().code()))
                + (i.subEventType() == null
                    ? ""
                    : " / " + labels.name("subtype", i.subEventType().code())),
            PlainText.figure(e.killed(), i.casualties().killed(), labels),
            PlainText.count(i.casualties().injured(), labels),
            PlainText.actors(i.perpetrators(), labels)));
    if (!e.quotes().isEmpty()) {
      sourceQuotes(e.quotes());
      return;
    }
    line(bold, 9, labels.text("sources"));
    for (Document d : e.sources()) {
      line(regular, 9, "- " + PlainText.source(d, labels));
    }
    if (!i.evidence().isEmpty()) {
      line(bold, 9, labels.text("evidence"));
      for (Evidence ev : i.evidence()) {
        line(italic, 9, "\u201c" + ev.text() + "\u201d  [" + String.join(", ", ev.fields()) + "]");
      }
    }
  }

  // Every source with its own figures and the words that support each field.
  private void sourceQuotes(List<SourceEvidence.Quotes> quotes) throws IOException {
    line(bold, 9, labels.text("source.quotes"));
    int n = 1;
    for (SourceEvidence.Quotes q : quotes) {
      line(regular, 9, labels.text("source.numbered", n++, PlainText.source(q.document(), labels)));
      line(
          regular,
          9,
          "    "
              + labels.text(
                  "source.figures",
                  PlainText.count(q.killed(), labels),
                  PlainText.count(q.injured(), labels),
                  PlainText.count(q.detained(), labels)));
      for (FieldPhrases.FieldSpan f : q.spans()) {
        line(italic, 9, "    \u201c" + f.text() + "\u201d  [" + f.field() + "]");
      }
    }
  }

  private List<String> wrap(PDType1Font font, float size, String text, float width)
      throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = current.length() == 0 ? word : current + " " + word;
      if (font.getStringWidth(candidate) / 1000 * size > width && current.length() > 0) {
        lines.add(current.toString());
        current = new StringBuilder(word);
      } else {
        current = new StringBuilder(candidate);
      }
    }
    lines.add(current.toString());
    return lines;
  }

  // The standard PDF fonts know WinAnsi only: other characters become '?', never an error.
  private static String safe(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      if (Character.isWhitespace(c)) {
        b.append(' ');
      } else if ((c >= 32 && c < 127)
          || (c >= 160 && c < 256)
          || "\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2022\u20ac".indexOf(c) >= 0) {
        b.append(c);
      } else {
        b.append('?');
      }
    }
    return b.toString();
  }
}

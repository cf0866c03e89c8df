package org.harmwatch.ingest;

import java.io.IOException;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.harmwatch.core.model.Document;

/** The reader of PDF files: one document with the PDF's extractable text and its title. */
final class PdfReader implements FormatReader {
  private final DocumentDefaults defaults;

  PdfReader(DocumentDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public Stream<ReadResult> read(byte[] bytes, String source) {
    return Stream.of(document(bytes, source));
  }

  private ReadResult document(byte[] bytes, String source) {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      PDFTextStripper stripper = new PDFTextStripper();
      // Fixed separators so the text, and every evidence offset into it, is the same on any OS.
      stripper.setLineSeparator("\n");
      stripper.setParagraphEnd("\n");
      String text = stripper.getText(pdf).strip();
      if (text.isBlank()) {
        return ReadResult.failed(source, "the PDF has no extractable text (scanned image?)");
      }
      String title = pdf.getDocumentInformation().getTitle();
      return new ReadResult.Read(
          defaults.finish(
              new Document(
                  null,
                  null,
                  title == null || title.isBlank() ? null : title.strip(),
                  null,
                  null,
                  null,
                  null,
                  text,
                  "application/pdf",
                  bytes,
                  null)));
    } catch (IOException e) {
      return ReadResult.failed(source, "not a readable PDF: " + e.getMessage());
    }
  }
}

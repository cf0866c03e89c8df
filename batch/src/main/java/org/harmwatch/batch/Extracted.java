package org.harmwatch.batch;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.pipeline.Extractor;

/** A document's extraction: its incidents, or a rejection when the extractor failed on it. */
record Extracted(List<IncidentRow> incidents, Reject reject) implements java.io.Serializable {
  /**
   * Extracts the documents of one partition with this JVM's extractor ({@link Extraction}), lazily,
   * one {@link Extracted} per document; {@code focus} is the {@code --focus} setting (null for
   * none).
   */
  static Iterator<Extracted> extract(Iterator<Item> docs, String focus) {
    Extractor extractor = Extraction.extractor(focus);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return docs.hasNext();
      }

      @Override
      public Extracted next() {
        DocRow d = docs.next().doc();
        try {
          Document document = d.document();
          List<Incident> found = extractor.extract(document);
          List<IncidentRow> rows = new ArrayList<>(found.size());
          for (int k = 0; k < found.size(); k++) {
            String id = d.id() + "#" + k;
            rows.add(
                new IncidentRow(
                    id, d.id(), d.published(), ExchangeJson.toLine(found.get(k).withId(id))));
          }
          return new Extracted(rows, null);
        } catch (RuntimeException | StackOverflowError e) {
          // One bad document never stops the job: it is rejected with its id and the reason.
          return new Extracted(
              List.of(),
              new Reject(
                  d.source() + " (document " + d.id() + ")",
                  "extract",
                  e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
      }
    };
  }
}

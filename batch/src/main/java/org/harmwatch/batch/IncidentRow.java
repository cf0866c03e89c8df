package org.harmwatch.batch;

import java.io.Serializable;
import java.time.LocalDate;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.link.LinkInput;

/**
 * One incident extracted from one report, as it travels between Spark tasks: its id ({@code
 * documentId#k}), its document, the document's publication date and the incident in the exchange
 * format.
 */
record IncidentRow(String id, String documentId, String published, String json)
    implements Serializable {

  /** The linker's view of this incident, as {@code relink} builds it (no wire fingerprint). */
  LinkInput linkInput() {
    return new LinkInput(
        ExchangeJson.incidentFromJson(ExchangeJson.parse(json)),
        documentId,
        published == null ? null : LocalDate.parse(published),
        null);
  }
}

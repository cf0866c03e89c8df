package org.harmwatch.core.corroboration;

import java.time.LocalDate;
import java.util.Objects;
import org.harmwatch.core.model.Count;

/**
 * One report of an incident, as its document tells it: its own figures and wording, and why it was
 * linked to the incident. Immutable.
 *
 * @param sourceId the incident extracted from this report (the surviving incident's own report has
 *     the incident's id)
 * @param documentId the report's document
 * @param published the document's publication date, or null
 * @param killed the report's killed figure, or null when it gives none
 * @param injured the report's injured figure, or null
 * @param detained the report's detained or abducted figure, or null
 * @param dateText the report's wording of the date, or null
 * @param placeText the report's wording of the place, or null
 * @param reprintKey the key of the story this report reprints ({@link ReprintKey}); reports with
 *     one key count as one independent source
 * @param reason why the report was linked, readable ("same day, 4 km apart, ...")
 * @param score the link's score in [0,1]; 1 for the incident's first report and hand links
 */
public record SourceReport(
    String sourceId,
    String documentId,
    LocalDate published,
    Count killed,
    Count injured,
    Count detained,
    String dateText,
    String placeText,
    String reprintKey,
    String reason,
    double score) {
  public SourceReport {
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(documentId, "documentId");
  }
}

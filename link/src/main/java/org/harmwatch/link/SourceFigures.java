package org.harmwatch.link;

/**
 * One source's own figures within a reconciled cluster; serialised as {@code {"document_id",
 * "killed","injured","detained","date_text","place_text","reason","score"}}. Immutable. Figures are
 * the source's point values (max if given, else min) and are null when the source states none.
 */
public record SourceFigures(
    String documentId,
    Integer killed,
    Integer injured,
    Integer detained,
    String dateText,
    String placeText,
    String reason,
    double score) {}

package org.harmwatch.core.alert;

import java.time.Instant;
import java.util.Objects;

/** An incident that newly matched a saved search, and when the watch found it. */
public record SearchHit(long searchId, String searchName, String incidentId, Instant found) {
  public SearchHit {
    Objects.requireNonNull(searchName, "searchName");
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(found, "found");
  }
}

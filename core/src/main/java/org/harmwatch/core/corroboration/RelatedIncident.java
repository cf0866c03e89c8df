package org.harmwatch.core.corroboration;

import java.util.Objects;
import org.harmwatch.core.model.Incident;

/**
 * An incident near another one (close in time and place) that was not linked to it, with the
 * comparison's score and readable reason, for an analyst to judge. Immutable.
 */
public record RelatedIncident(Incident incident, double score, String reason) {
  public RelatedIncident {
    Objects.requireNonNull(incident, "incident");
  }
}

package org.harmwatch.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.harmwatch.core.corroboration.Corroborated;
import org.harmwatch.core.corroboration.Corroboration;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Incident;

/**
 * The corroboration endpoints and fields: every incident the API returns lists its {@code
 * "sources"} and its reconciled casualties ({@link ExchangeJson#addCorroboration}). Thread-safe
 * because it holds only thread-safe services.
 */
public final class CorroborationApi implements ApiModule {
  private final Corroboration corroboration;

  public CorroborationApi(Corroboration corroboration) {
    this.corroboration = Objects.requireNonNull(corroboration, "corroboration");
  }

  @Override
  public List<ApiRoute> routes() {
    return List.of();
  }

  @Override
  public List<IncidentFields> incidentFields() {
    return List.of(this::addSources);
  }

  private void addSources(List<Incident> page, List<ObjectNode> json) {
    Map<String, Corroborated> found =
        corroboration.corroboration(
            page.stream().map(Incident::id).filter(Objects::nonNull).toList());
    for (int n = 0; n < page.size(); n++) {
      Corroborated c = found.get(page.get(n).id());
      if (c != null) {
        ExchangeJson.addCorroboration(json.get(n), c);
      }
    }
  }
}

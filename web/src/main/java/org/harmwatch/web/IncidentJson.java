package org.harmwatch.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.harmwatch.core.account.ReadChannel;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Incident;

/**
 * How the API writes incidents: the exchange format of {@link ExchangeJson} plus the fields every
 * module adds ({@link ApiModule#incidentFields()}). {@link WebServer} puts the server's instance on
 * each request, so a module's handler writes incidents the same way as the core ones ({@link
 * #of(Context)}). Immutable and thread-safe.
 */
public final class IncidentJson {
  /** The request attribute holding the server's instance. */
  static final String ATTRIBUTE = "harmwatch.incidentJson";

  private static final IncidentJson PLAIN = new IncidentJson(List.of());

  private final List<IncidentFields> fields;
  private final Context request;

  /** Writes incidents with the fields of {@code fields}, in this order. */
  public IncidentJson(List<IncidentFields> fields) {
    this(fields, null);
  }

  // Within a request, every incident written with its evidence is a read of its document's text.
  private IncidentJson(List<IncidentFields> fields, Context request) {
    this.fields = List.copyOf(fields);
    this.request = request;
  }

  /** The instance of the server answering {@code ctx} (exchange format only outside a server). */
  public static IncidentJson of(Context ctx) {
    IncidentJson json = ctx.attribute(ATTRIBUTE);
    return json == null ? PLAIN : new IncidentJson(json.fields, ctx);
  }

  /** One incident. */
  public ObjectNode write(Incident incident) {
    return write(List.of(incident)).get(0);
  }

  /** Several incidents, in order. */
  public List<ObjectNode> write(List<Incident> incidents) {
    List<ObjectNode> out = new ArrayList<>(incidents.size());
    for (Incident i : incidents) {
      out.add(ExchangeJson.toJson(i));
    }
    if (request != null) {
      TextReads.record(
          request,
          ReadChannel.EVIDENCE,
          incidents.stream()
              .filter(i -> !i.evidence().isEmpty() && i.document() != null)
              .map(i -> i.document().id())
              .toList());
    }
    if (!incidents.isEmpty()) {
      for (IncidentFields f : fields) {
        f.add(incidents, out);
      }
    }
    return out;
  }
}

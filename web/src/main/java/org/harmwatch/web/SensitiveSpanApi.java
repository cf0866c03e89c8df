package org.harmwatch.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;
import org.harmwatch.core.account.ReadChannel;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.store.IncidentStore;
import org.harmwatch.core.text.SensitiveSpans;

/**
 * Sensitive spans: what the proposer suggests an analyst withhold in a document's text (names after
 * "witness", "survivor", "told"; phone numbers). Proposals only, for analysts: nothing is stored or
 * masked yet. The proposals quote the text, so fetching them is logged as a read. Thread-safe.
 */
public final class SensitiveSpanApi implements ApiModule {
  private final IncidentStore store;
  private final SensitiveSpans proposer;

  public SensitiveSpanApi(IncidentStore store, SensitiveSpans proposer) {
    this.store = Objects.requireNonNull(store, "store");
    this.proposer = Objects.requireNonNull(proposer, "proposer");
  }

  @Override
  public List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get("/api/documents/{id}/sensitive-proposals", Access.ANALYST, this::proposals));
  }

  /** {@code GET /api/documents/{id}/sensitive-proposals}: the proposed spans, in text order. */
  private void proposals(Context ctx) {
    String id = ctx.pathParam("id");
    Document d =
        store.document(id).orElseThrow(() -> ApiException.notFound("no document '" + id + "'"));
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("document_id", id);
    ArrayNode items = o.putArray("proposals");
    for (SensitiveSpans.Proposal p : proposer.propose(d.text())) {
      ObjectNode row = items.addObject();
      row.put("start", p.start());
      row.put("end", p.end());
      row.put("kind", p.kind().code());
      row.put("text", p.text());
    }
    if (!items.isEmpty()) {
      TextReads.record(ctx, ReadChannel.READER, List.of(id));
    }
    Json.send(ctx, 200, o);
  }
}

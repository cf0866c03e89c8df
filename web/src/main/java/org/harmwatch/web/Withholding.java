package org.harmwatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.javalin.http.Context;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.harmwatch.core.account.Role;
import org.harmwatch.core.store.SensitiveSpan;
import org.harmwatch.core.store.SensitiveSpanStore;
import org.harmwatch.core.text.WithheldMask;

/**
 * Sensitive spans as seen by handlers: which mask a request's answer gets. Analysts and admins see
 * the text as stored (they mark the spans); viewers see every withheld string as "[withheld]" in
 * every JSON answer ({@link Json} masks them all), the reader and dossiers; exports are masked for
 * every role, because files leave the server. {@link SensitiveSpanApi} puts the server's instance
 * on each request; without it nothing is withheld. Thread-safe.
 */
public final class Withholding {
  /** The request attribute holding the server's instance. */
  static final String ATTRIBUTE = "harmwatch.withholding";

  private final SensitiveSpanStore spans;

  Withholding(SensitiveSpanStore spans) {
    this.spans = Objects.requireNonNull(spans, "spans");
  }

  /** Whether the caller of {@code ctx} sees withheld strings: analysts and admins. */
  static boolean seesWithheld(Context ctx) {
    return ctx.attribute(RequestUser.ROLE_ATTRIBUTE) instanceof Role r && r.canChangeData();
  }

  /** The mask for the caller of {@code ctx}: none for analysts and admins. */
  static WithheldMask forCaller(Context ctx) {
    return seesWithheld(ctx) ? WithheldMask.NONE : always(ctx);
  }

  /** The mask of every withheld string, whoever the caller (exports). */
  static WithheldMask always(Context ctx) {
    return ctx.attribute(ATTRIBUTE) instanceof Withholding w ? w.spans.mask() : WithheldMask.NONE;
  }

  /** The stored spans of {@code documentId} (none on a server without sensitive spans). */
  static List<SensitiveSpan> spans(Context ctx, String documentId) {
    return ctx.attribute(ATTRIBUTE) instanceof Withholding w
        ? w.spans.spans(documentId)
        : List.of();
  }

  /**
   * {@code body} as the caller of {@code ctx} may see it: every string value masked, except ids
   * (keys {@code id}, {@code *_id}, {@code *_ids}, {@code sha256}), which name no one. {@code body}
   * itself when nothing is withheld from the caller.
   */
  static JsonNode json(Context ctx, JsonNode body) {
    WithheldMask mask = forCaller(ctx);
    if (mask.isEmpty() || body == null) {
      return body;
    }
    JsonNode copy = body.deepCopy();
    mask(copy, mask);
    return copy;
  }

  private static void mask(JsonNode node, WithheldMask mask) {
    if (node instanceof ObjectNode o) {
      Iterator<Map.Entry<String, JsonNode>> fields = o.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        if (isId(f.getKey())) {
          continue;
        }
        if (f.getValue().isTextual()) {
          f.setValue(TextNode.valueOf(mask.mask(f.getValue().asText())));
        } else {
          mask(f.getValue(), mask);
        }
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        if (a.get(i).isTextual()) {
          a.set(i, TextNode.valueOf(mask.mask(a.get(i).asText())));
        } else {
          mask(a.get(i), mask);
        }
      }
    }
  }

  private static boolean isId(String key) {
    return key.equals("id")
        || key.endsWith("_id")
        || key.endsWith("_ids")
        || key.equals("sha256")
        || key.equals("ids");
  }
}

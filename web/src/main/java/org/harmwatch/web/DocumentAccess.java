package org.harmwatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.harmwatch.core.account.Role;
import org.harmwatch.core.store.DocumentRestrictions;
import org.harmwatch.core.store.Restriction;

/**
 * Restricted documents as seen by handlers: which documents a request's caller may not read. Those
 * documents' routes answer 403 ({@link RestrictionApi}); their incidents are still listed with
 * their coded fields (type, date, place, actors, figures), but every JSON answer loses their
 * evidence, quoted words, titles, urls and snippets ({@link Json} strips them), and exports and
 * dossiers leave them out the same way. {@link RestrictionApi} puts the server's instance on each
 * request; without it nothing is restricted. Thread-safe.
 */
public final class DocumentAccess {
  /** The request attribute holding the server's instance. */
  static final String ATTRIBUTE = "harmwatch.documentAccess";

  private static final String HIDDEN = "harmwatch.hiddenDocuments";
  private static final Set<String> QUOTES =
      Set.of("text", "title", "snippet", "url", "date_text", "place_text", "words");
  private static final Set<String> QUOTE_LISTS = Set.of("evidence", "spans", "reported_by");

  private final DocumentRestrictions restrictions;

  DocumentAccess(DocumentRestrictions restrictions) {
    this.restrictions = Objects.requireNonNull(restrictions, "restrictions");
  }

  /** The ids of the restricted documents the caller of {@code ctx} may not read. */
  static Set<String> hiddenFrom(Context ctx) {
    Object cached = ctx.attribute(HIDDEN);
    if (cached instanceof Set<?> set) {
      @SuppressWarnings("unchecked")
      Set<String> ids = (Set<String>) set;
      return ids;
    }
    Set<String> hidden = new TreeSet<>();
    if (ctx.attribute(ATTRIBUTE) instanceof DocumentAccess access) {
      Object user = ctx.attribute(RequestUser.ATTRIBUTE);
      Object role = ctx.attribute(RequestUser.ROLE_ATTRIBUTE);
      for (Restriction r : access.restrictions.all().values()) {
        if (!r.allows(user instanceof String s ? s : null, role instanceof Role x ? x : null)) {
          hidden.add(r.documentId());
        }
      }
    }
    Set<String> out = Set.copyOf(hidden);
    ctx.attribute(HIDDEN, out);
    return out;
  }

  /**
   * Refuses the caller of {@code ctx} a restricted document it may not read.
   *
   * @throws ApiException 403 naming the document
   */
  static void requireReadable(Context ctx, String documentId) {
    if (documentId != null && hiddenFrom(ctx).contains(documentId)) {
      throw ApiException.forbidden(
          "document '" + documentId + "' is restricted to named readers; ask an admin");
    }
  }

  /**
   * {@code body} without what the caller may not read: in every object tied to a hidden document
   * (its {@code document_id}, an incident's {@code document.id}, a document summary's {@code id})
   * quoted text is nulled and evidence emptied. {@code body} itself when nothing is hidden.
   */
  static JsonNode json(Context ctx, JsonNode body) {
    if (body == null || !(body.isObject() || body.isArray())) {
      return body;
    }
    Set<String> hidden = hiddenFrom(ctx);
    if (hidden.isEmpty()) {
      return body;
    }
    JsonNode copy = body.deepCopy();
    walk(copy, hidden);
    return copy;
  }

  private static void walk(JsonNode node, Set<String> hidden) {
    if (node instanceof ObjectNode o) {
      if (tied(o, hidden)) {
        strip(o);
        o.put("document_restricted", true);
        return;
      }
      o.elements().forEachRemaining(child -> walk(child, hidden));
    } else if (node instanceof ArrayNode a) {
      a.elements().forEachRemaining(child -> walk(child, hidden));
    }
  }

  private static boolean tied(ObjectNode o, Set<String> hidden) {
    JsonNode document = o.get("document");
    return hidden.contains(o.path("document_id").asText(""))
        || (document != null && hidden.contains(document.path("id").asText("")))
        || (o.has("id") && hidden.contains(o.path("id").asText("")));
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode o) {
      Iterator<Map.Entry<String, JsonNode>> fields = o.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        if (QUOTES.contains(f.getKey()) && f.getValue().isTextual()) {
          f.setValue(NullNode.getInstance());
        } else if (QUOTE_LISTS.contains(f.getKey()) && f.getValue().isArray()) {
          ((ArrayNode) f.getValue()).removeAll();
        } else {
          strip(f.getValue());
        }
      }
    } else if (node instanceof ArrayNode a) {
      a.elements().forEachRemaining(DocumentAccess::strip);
    }
  }
}

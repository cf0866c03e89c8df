package org.harmwatch.store;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.store.Page;
import org.harmwatch.core.store.TextSearch;
import org.harmwatch.core.text.Withheld;
import org.harmwatch.core.text.WithheldMask;

/**
 * A search index that never holds a withheld string: every document and incident put in it is
 * masked first (see {@link Withheld}), whichever path puts it (a save, a rebuild, a correction), so
 * snippets and the index files hold "[withheld]" instead. Thread-safe when the wrapped index is.
 */
public final class WithholdingIndex implements TextSearch {
  private final TextSearch index;
  private final Supplier<WithheldMask> mask;

  /** Wraps {@code index}; {@code mask} gives the mask in force when something is put. */
  public WithholdingIndex(TextSearch index, Supplier<WithheldMask> mask) {
    this.index = Objects.requireNonNull(index, "index");
    this.mask = Objects.requireNonNull(mask, "mask");
  }

  @Override
  public void putDocument(Document document) {
    index.putDocument(Withheld.document(document, mask.get()));
  }

  @Override
  public void putIncident(Incident incident, String language) {
    index.putIncident(Withheld.incident(incident, mask.get()), language);
  }

  @Override
  public List<String> incidentIds(String query, int max) {
    return index.incidentIds(query, max);
  }

  @Override
  public Page<DocumentHit> documents(String query, int limit, int offset) {
    return index.documents(query, limit, offset);
  }

  @Override
  public long documentCount() {
    return index.documentCount();
  }

  @Override
  public long incidentCount() {
    return index.incidentCount();
  }

  @Override
  public String syncedWith() {
    return index.syncedWith();
  }

  @Override
  public void markSynced(String source) {
    index.markSynced(source);
  }

  @Override
  public void purge() {
    index.purge();
  }

  @Override
  public void clear() {
    index.clear();
  }

  @Override
  public void close() {
    index.close();
  }
}

package org.harmwatch.store;

import static org.harmwatch.store.IndexEntries.ID;
import static org.harmwatch.store.IndexEntries.INCIDENT;
import static org.harmwatch.store.IndexEntries.KIND;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreDoc;

/**
 * The incident ids of the search index's entries, read once per index segment and kept while the
 * segment lives. Reading a hit's id from its stored fields decompresses the block that holds it
 * (documents' whole texts among its neighbours), which made a text query with thousands of hits
 * spend most of its time decompressing; a segment never changes, so its ids are read once.
 * Thread-safe.
 */
final class SegmentIncidentIds {
  // Keyed by the segment's core: gone with the segment (after a merge), kept across deletions.
  private final Map<IndexReader.CacheKey, String[]> bySegment =
      Collections.synchronizedMap(new WeakHashMap<>());

  /** The incident ids of {@code hits} (from a searcher over {@code leaves}), in their order. */
  List<String> of(List<LeafReaderContext> leaves, ScoreDoc[] hits) throws IOException {
    String[] out = new String[hits.length];
    for (int n = 0; n < hits.length; n++) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hits[n].doc, leaves));
      out[n] = ids(leaf.reader())[hits[n].doc - leaf.docBase];
    }
    return List.of(out);
  }

  private String[] ids(LeafReader leaf) throws IOException {
    IndexReader.CacheHelper helper = leaf.getCoreCacheHelper();
    if (helper == null) {
      return read(leaf);
    }
    String[] ids = bySegment.get(helper.getKey());
    if (ids == null) {
      // Two threads may both read a new segment; either result is the same.
      ids = read(leaf);
      bySegment.put(helper.getKey(), ids);
    }
    return ids;
  }

  // The id of every incident entry of the segment, by document number (null for other entries).
  private static String[] read(LeafReader leaf) throws IOException {
    String[] ids = new String[leaf.maxDoc()];
    PostingsEnum incidents = leaf.postings(new Term(KIND, INCIDENT), PostingsEnum.NONE);
    if (incidents == null) {
      return ids;
    }
    StoredFields fields = leaf.storedFields();
    Set<String> idOnly = Set.of(ID);
    for (int d = incidents.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = incidents.nextDoc()) {
      ids[d] = fields.document(d, idOnly).get(ID);
    }
    return ids;
  }
}

package org.harmwatch.store;

import static org.harmwatch.store.IndexEntries.BODY;
import static org.harmwatch.store.IndexEntries.DOCUMENT;
import static org.harmwatch.store.IndexEntries.EN;
import static org.harmwatch.store.IndexEntries.FR;
import static org.harmwatch.store.IndexEntries.ID;
import static org.harmwatch.store.IndexEntries.INCIDENT;
import static org.harmwatch.store.IndexEntries.KEY;
import static org.harmwatch.store.IndexEntries.KIND;
import static org.harmwatch.store.IndexEntries.PUBLISHED;
import static org.harmwatch.store.IndexEntries.TITLE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.store.Page;
import org.harmwatch.core.store.TextSearch;

/**
 * The {@link TextSearch} on Apache Lucene, in a directory on disk or in memory. Every text is
 * indexed twice, in a field analysed for English (Porter stemming: "killings" finds "killed") and
 * in one analysed for French (elisions, light stemming: "tués" finds "tué"), and a query searches
 * both, so a query in either language finds documents in either, and stop words of one language
 * never make a query in the other fail. Thread-safe: Lucene's writer and searcher manager are; a
 * search first sees every put made before it.
 */
public final class LuceneIndex implements TextSearch {
  /**
   * The most distinct fuzzy, wildcard, prefix, regular-expression and range terms one query may
   * have: each expands to up to 50 words in each language field, and Lucene refuses a query above
   * 1024 clauses.
   */
  public static final int MAX_EXPANDING_TERMS = 8;

  private static final String SYNCED = "harmwatch.synced";

  private final Directory directory;
  private final String where;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final AtomicBoolean changed = new AtomicBoolean();
  private final SegmentIncidentIds ids = new SegmentIncidentIds();

  LuceneIndex(Directory directory, String where) throws IOException {
    this.directory = directory;
    this.where = where;
    this.analyzer =
        new PerFieldAnalyzerWrapper(
            new StandardAnalyzer(), Map.of(EN, new EnglishAnalyzer(), FR, new FrenchAnalyzer()));
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    this.writer = new IndexWriter(directory, config);
    try {
      // Opening a reader reads every segment's headers: most damage shows here, not at a search.
      this.searchers = new SearcherManager(writer, null);
    } catch (IOException | RuntimeException e) {
      try {
        writer.rollback();
      } catch (IOException | RuntimeException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  /**
   * The index in {@code dir}, created when missing. An index that cannot be read (corrupt, cut
   * short, files missing, written by another Lucene) is moved aside to a sibling folder {@code
   * <dir>.unreadable-<time>}, kept for inspection, and an empty index takes its place; it is not in
   * step with any database, so the next {@link TextIndexer#ensureInStep} rebuilds it.
   *
   * @throws IllegalStateException when another process holds the index
   * @throws UncheckedIOException when the index can neither be read nor moved aside
   */
  public static LuceneIndex open(Path dir) {
    return IndexRecovery.open(dir);
  }

  /** An index in memory, gone when closed. */
  public static LuceneIndex inMemory() {
    try {
      return new LuceneIndex(new ByteBuffersDirectory(), "Lucene index in memory");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create an in-memory search index", e);
    }
  }

  /** Where this index lives, for logs. */
  public String describe() {
    return where;
  }

  @Override
  public void putDocument(Document document) {
    Objects.requireNonNull(document, "document");
    put(DOCUMENT + ":" + document.id(), IndexEntries.of(document));
  }

  @Override
  public void putIncident(Incident incident, String language) {
    Objects.requireNonNull(incident, "incident");
    if (incident.id() == null) {
      throw new IllegalArgumentException("incident has no id: " + incident);
    }
    put(INCIDENT + ":" + incident.id(), IndexEntries.of(incident, language));
  }

  private void put(String key, org.apache.lucene.document.Document d) {
    try {
      writer.updateDocument(new Term(KEY, key), d);
      changed.set(true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index " + key + " in " + where, e);
    }
  }

  @Override
  public List<String> incidentIds(String query, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be >= 1, was " + max);
    }
    Query q = IndexQueries.parse(query, INCIDENT, analyzer);
    IndexSearcher s = acquire();
    try {
      TopDocs top = s.search(q, max);
      return ids.of(s.getIndexReader().leaves(), top.scoreDocs);
    } catch (IndexSearcher.TooManyClauses e) {
      throw IndexQueries.tooManyClauses(e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search " + where + " for " + query, e);
    } finally {
      release(s);
    }
  }

  @Override
  public Page<DocumentHit> documents(String query, int limit, int offset) {
    if (limit < 1 || offset < 0) {
      throw new IllegalArgumentException(
          "limit must be >= 1 and offset >= 0, were " + limit + " and " + offset);
    }
    Query q = IndexQueries.parse(query, DOCUMENT, analyzer);
    Set<Term> terms = new HashSet<>();
    q.visit(QueryVisitor.termCollector(terms));
    IndexSearcher s = acquire();
    try {
      int total = s.count(q);
      List<DocumentHit> items = new ArrayList<>();
      if (offset < total) {
        TopDocs top = s.search(q, (int) Math.min((long) offset + limit, Integer.MAX_VALUE));
        for (int n = offset; n < top.scoreDocs.length; n++) {
          org.apache.lucene.document.Document d = s.storedFields().document(top.scoreDocs[n].doc);
          String title = d.get(TITLE);
          items.add(
              new DocumentHit(
                  d.get(ID),
                  title == null || title.isEmpty() ? null : title,
                  d.get(PUBLISHED),
                  Snippets.snippet(d.get(BODY), terms, analyzer)));
        }
      }
      return new Page<>(items, total, limit, offset);
    } catch (IndexSearcher.TooManyClauses e) {
      throw IndexQueries.tooManyClauses(e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search " + where + " for " + query, e);
    } finally {
      release(s);
    }
  }

  private IndexSearcher acquire() {
    try {
      if (changed.getAndSet(false)) {
        searchers.maybeRefreshBlocking();
      }
      return searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + where, e);
    }
  }

  private void release(IndexSearcher s) {
    try {
      searchers.release(s);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release a searcher of " + where, e);
    }
  }

  @Override
  public long documentCount() {
    return count(DOCUMENT);
  }

  @Override
  public long incidentCount() {
    return count(INCIDENT);
  }

  private long count(String kind) {
    IndexSearcher s = acquire();
    try {
      return s.count(new TermQuery(new Term(KIND, kind)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot count " + kind + "s in " + where, e);
    } finally {
      release(s);
    }
  }

  @Override
  public String syncedWith() {
    try {
      Map<String, String> data = new HashMap<>();
      if (DirectoryReader.indexExists(directory)) {
        for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
          data.put(e.getKey(), e.getValue());
        }
      }
      return data.getOrDefault(SYNCED, "");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the commit data of " + where, e);
    }
  }

  @Override
  public void markSynced(String source) {
    try {
      writer.setLiveCommitData(Map.of(SYNCED, source == null ? "" : source).entrySet());
      writer.commit();
      changed.set(true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit " + where, e);
    }
  }

  @Override
  public void purge() {
    try {
      writer.forceMergeDeletes(true);
      writer.commit();
      changed.set(true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot purge " + where, e);
    }
  }

  @Override
  public void clear() {
    try {
      writer.deleteAll();
      // A cleared index mirrors nothing until it is marked again.
      writer.setLiveCommitData(Map.of(SYNCED, "").entrySet());
      writer.commit();
      changed.set(true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear " + where, e);
    }
  }

  /** Closes the index; changes not marked synced are committed but not declared in step. */
  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + where, e);
    }
  }
}

package org.harmwatch.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Evidence;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.store.Page;
import org.harmwatch.core.store.TextSearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

  private static final DateTimeFormatter ASIDE =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
  private static final Logger LOG = LoggerFactory.getLogger(LuceneIndex.class);

  private static final String KEY = "key";
  private static final String KIND = "kind";
  private static final String ID = "id";
  private static final String EN = "text_en";
  private static final String FR = "text_fr";
  private static final String TITLE = "title";
  private static final String PUBLISHED = "published";
  private static final String LANGUAGE = "language";
  private static final String BODY = "body";
  private static final String DOCUMENT = "document";
  private static final String INCIDENT = "incident";
  private static final String SYNCED = "harmwatch.synced";
  private static final int SNIPPET = 200;

  private final Directory directory;
  private final String where;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final AtomicBoolean changed = new AtomicBoolean();

  private LuceneIndex(Directory directory, String where) throws IOException {
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
    Path abs = dir.toAbsolutePath().normalize();
    try {
      return openAt(abs);
    } catch (RuntimeException e) {
      if (e instanceof IllegalStateException && e.getCause() instanceof LockObtainFailedException) {
        throw e;
      }
      Path aside = asideOf(abs);
      try {
        Files.move(abs, aside);
      } catch (IOException moveFailed) {
        e.addSuppressed(moveFailed);
        throw new UncheckedIOException(
            "cannot read the search index "
                + abs
                + " ("
                + reason(e)
                + ") nor move it aside to "
                + aside
                + "; delete it and run 'harmwatch reindex'",
            moveFailed);
      }
      LOG.warn(
          "the search index {} cannot be read ({}); moved it to {} and starting an empty one,"
              + " to be rebuilt from the database",
          abs,
          reason(e),
          aside);
      return openAt(abs);
    }
  }

  /**
   * A free sibling name for an unreadable index: {@code <dir>.unreadable-<time>}, with {@code -2},
   * {@code -3}, ... added when an index was already moved aside within the same second.
   */
  static Path asideOf(Path abs) {
    String stem = abs.getFileName() + ".unreadable-" + ASIDE.format(Instant.now());
    Path aside = abs.resolveSibling(stem);
    for (int n = 2; Files.exists(aside); n++) {
      aside = abs.resolveSibling(stem + "-" + n);
    }
    return aside;
  }

  private static LuceneIndex openAt(Path abs) {
    Directory d = null;
    try {
      Files.createDirectories(abs);
      d = FSDirectory.open(abs);
      return new LuceneIndex(d, "Lucene index " + abs);
    } catch (LockObtainFailedException e) {
      closeQuietly(d, e);
      throw new IllegalStateException(
          "the search index " + abs + " is in use by another harmwatch process", e);
    } catch (IOException e) {
      closeQuietly(d, e);
      throw new UncheckedIOException("cannot open the search index " + abs + ": " + e, e);
    } catch (RuntimeException e) {
      closeQuietly(d, e);
      throw e;
    }
  }

  // The innermost cause, which names the bad file (e.g. "CorruptIndexException: ... segments_2").
  private static String reason(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }

  /** An index in memory, gone when closed. */
  public static LuceneIndex inMemory() {
    try {
      return new LuceneIndex(new ByteBuffersDirectory(), "Lucene index in memory");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create an in-memory search index", e);
    }
  }

  private static void closeQuietly(Directory d, Exception cause) {
    if (d != null) {
      try {
        d.close();
      } catch (IOException e) {
        cause.addSuppressed(e);
      }
    }
  }

  /** Where this index lives, for logs. */
  public String describe() {
    return where;
  }

  @Override
  public void putDocument(Document document) {
    Objects.requireNonNull(document, "document");
    org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
    d.add(new StringField(KEY, DOCUMENT + ":" + document.id(), Field.Store.NO));
    d.add(new StringField(KIND, DOCUMENT, Field.Store.NO));
    d.add(new StoredField(ID, document.id()));
    String title = document.title() == null ? "" : document.title();
    String text = document.text() == null ? "" : document.text();
    d.add(new StoredField(TITLE, title));
    d.add(new StoredField(BODY, text));
    if (document.published() != null) {
      d.add(new StoredField(PUBLISHED, document.published().toString()));
    }
    if (document.language() != null) {
      d.add(new StringField(LANGUAGE, document.language(), Field.Store.YES));
    }
    addText(d, title + "\n" + text);
    put(DOCUMENT + ":" + document.id(), d);
  }

  @Override
  public void putIncident(Incident incident, String language) {
    Objects.requireNonNull(incident, "incident");
    if (incident.id() == null) {
      throw new IllegalArgumentException("incident has no id: " + incident);
    }
    org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
    d.add(new StringField(KEY, INCIDENT + ":" + incident.id(), Field.Store.NO));
    d.add(new StringField(KIND, INCIDENT, Field.Store.NO));
    d.add(new StoredField(ID, incident.id()));
    if (language != null) {
      d.add(new StringField(LANGUAGE, language, Field.Store.YES));
    }
    addText(d, incidentText(incident));
    put(INCIDENT + ":" + incident.id(), d);
  }

  // What of an incident can be searched: its evidence, place, actors, weapons, sources and the
  // title of its document.
  private static String incidentText(Incident i) {
    List<String> parts = new ArrayList<>();
    for (Evidence e : i.evidence()) {
      parts.add(e.text());
    }
    Location l = i.location();
    if (l != null) {
      parts.add(l.name());
      parts.add(l.admin2());
      parts.add(l.admin1());
      parts.add(l.text());
    }
    for (Actor a : i.perpetrators()) {
      parts.add(a.name());
      parts.add(a.text());
    }
    for (Actor a : i.targets()) {
      parts.add(a.name());
      parts.add(a.text());
    }
    parts.addAll(i.weapons());
    parts.addAll(i.reportedBy());
    if (i.document() != null) {
      parts.add(i.document().title());
    }
    StringBuilder b = new StringBuilder();
    for (String p : parts) {
      if (p != null && !p.isBlank()) {
        b.append(p).append('\n');
      }
    }
    return b.toString();
  }

  private static void addText(org.apache.lucene.document.Document d, String text) {
    d.add(new TextField(EN, text, Field.Store.NO));
    d.add(new TextField(FR, text, Field.Store.NO));
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
    Query q = parse(query, INCIDENT);
    IndexSearcher s = acquire();
    try {
      TopDocs top = s.search(q, max);
      List<String> ids = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc sd : top.scoreDocs) {
        ids.add(s.storedFields().document(sd.doc, Set.of(ID)).get(ID));
      }
      return ids;
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooManyClauses(e);
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
    Query q = parse(query, DOCUMENT);
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
                  snippet(d.get(BODY), terms)));
        }
      }
      return new Page<>(items, total, limit, offset);
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooManyClauses(e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search " + where + " for " + query, e);
    } finally {
      release(s);
    }
  }

  // The query restricted to one kind of entry. Words must all match (AND), each in the English
  // or the French field; a query that cannot be parsed is the caller's error.
  private Query parse(String query, String kind) {
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException("empty search query");
    }
    MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {EN, FR}, analyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    Query text;
    try {
      text = parser.parse(query);
    } catch (TooComplexToDeterminizeException e) {
      throw new IllegalArgumentException(
          "a regular expression (/.../) in the search query is too complex", e);
    } catch (ParseException | RuntimeException e) {
      // The parser's own message lists grammar tokens; the caller gets what to change instead.
      throw new IllegalArgumentException(
          "cannot read the search query '" + query + "': " + hint(query), e);
    }
    Set<String> expanding = new HashSet<>();
    expandingTerms(text, expanding);
    if (expanding.size() > MAX_EXPANDING_TERMS) {
      throw new IllegalArgumentException(
          "the search query has "
              + expanding.size()
              + " fuzzy (~), wildcard (*, ?), regular-expression or range terms; at most "
              + MAX_EXPANDING_TERMS
              + " are allowed");
    }
    return new BooleanQuery.Builder()
        .add(text, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(KIND, kind)), BooleanClause.Occur.FILTER)
        .build();
  }

  // What is most likely wrong with a query the parser refused, in the user's terms.
  static String hint(String query) {
    String q = query.trim();
    if (q.chars().filter(c -> c == '"').count() % 2 == 1) {
      return "a double quote (\") is not closed";
    }
    int depth = 0;
    for (char c : q.toCharArray()) {
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth < 0) {
        break;
      }
    }
    if (depth != 0) {
      return "a bracket ( ) is not closed or not opened";
    }
    if (q.matches("(?s)(.*\\s)?[*?].*")) {
      return "a word cannot start with * or ?";
    }
    if (q.matches("(?s)(AND|OR|NOT|&&|\\|\\|)(\\s.*)?")
        || q.matches("(?s).*\\s(AND|OR|NOT|&&|\\|\\|)")) {
      return "AND, OR and NOT need a word on each side";
    }
    return "use words, \"quoted phrases\", AND, OR, NOT, word* and word~, and put words with"
        + " special characters (: / \\ [ ] { } ^ ! ~ * ?) in double quotes";
  }

  // The distinct terms of q that expand into many (fuzzy, wildcard, prefix, regexp, range), once
  // whichever of the two language fields they were parsed for.
  private static void expandingTerms(Query q, Set<String> out) {
    if (q instanceof BooleanQuery b) {
      for (BooleanClause c : b) {
        expandingTerms(c.getQuery(), out);
      }
    } else if (q instanceof BoostQuery b) {
      expandingTerms(b.getQuery(), out);
    } else if (q instanceof DisjunctionMaxQuery d) {
      for (Query x : d) {
        expandingTerms(x, out);
      }
    } else if (q instanceof MultiTermQuery m) {
      out.add(m.getClass().getSimpleName() + ":" + m.toString(m.getField()));
    }
  }

  // A query that passed the term limit may still expand past Lucene's clause limit on a large
  // index: the caller's error, said in words.
  private static IllegalArgumentException tooManyClauses(IndexSearcher.TooManyClauses e) {
    return new IllegalArgumentException(
        "the search query matches too many different words through its fuzzy (~) or wildcard"
            + " terms; use fewer of them or longer prefixes",
        e);
  }

  // A window of the text around the first token that is one of the query's terms, cut at spaces.
  private String snippet(String body, Set<Term> terms) throws IOException {
    if (body == null || body.isEmpty()) {
      return "";
    }
    int at = -1;
    for (String field : List.of(EN, FR)) {
      Set<String> wanted = new HashSet<>();
      for (Term t : terms) {
        if (t.field().equals(field)) {
          wanted.add(t.text());
        }
      }
      if (!wanted.isEmpty()) {
        int found = firstOffset(field, body, wanted);
        if (found >= 0 && (at < 0 || found < at)) {
          at = found;
        }
      }
    }
    int start = Math.max(0, at < 0 ? 0 : at - SNIPPET / 3);
    int end = Math.min(body.length(), start + SNIPPET);
    if (start > 0) {
      int space = body.indexOf(' ', start);
      start = space < 0 || space >= Math.max(at, start + 1) ? start : space + 1;
    }
    if (end < body.length()) {
      int space = body.lastIndexOf(' ', end);
      end = space <= start ? end : space;
    }
    String s = body.substring(start, end).replaceAll("\\s+", " ").strip();
    return (start > 0 ? "…" : "") + s + (end < body.length() ? "…" : "");
  }

  private int firstOffset(String field, String body, Set<String> wanted) throws IOException {
    try (TokenStream ts = analyzer.tokenStream(field, body)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int found = -1;
      // A TokenStream must be consumed to its end before it is closed.
      while (ts.incrementToken()) {
        if (found < 0 && wanted.contains(term.toString())) {
          found = offset.startOffset();
        }
      }
      ts.end();
      return found;
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

package org.harmwatch.store;

import static org.harmwatch.store.IndexEntries.EN;
import static org.harmwatch.store.IndexEntries.FR;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;

/** The snippets of a {@link LuceneIndex}'s document hits: text around the first matched word. */
final class Snippets {
  private static final int SNIPPET = 200;

  private Snippets() {}

  // A window of the text around the first token that is one of the query's terms, cut at spaces.
  static String snippet(String body, Set<Term> terms, Analyzer analyzer) throws IOException {
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
        int found = firstOffset(analyzer, field, body, wanted);
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

  private static int firstOffset(Analyzer analyzer, String field, String body, Set<String> wanted)
      throws IOException {
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
}

package org.harmwatch.store;

import static org.harmwatch.store.IndexEntries.EN;
import static org.harmwatch.store.IndexEntries.FR;
import static org.harmwatch.store.IndexEntries.KIND;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
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
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * The queries of a {@link LuceneIndex}: a user's search parsed over both language fields, its
 * expanding terms limited, and what is wrong with one that cannot be read, in the user's terms.
 */
final class IndexQueries {
  private IndexQueries() {}

  // The query restricted to one kind of entry. Words must all match (AND), each in the English
  // or the French field; a query that cannot be parsed is the caller's error.
  static Query parse(String query, String kind, Analyzer analyzer) {
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException("empty search query");
    }
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(new String[] {EN, FR}, analyzer) {
          // A regular expression the determinizer accepts can still cost the server seconds of
          // automaton work per request, so search runs none.
          @Override
          protected Query getRegexpQuery(String field, String termStr) {
            throw new RegexRefused();
          }
        };
    parser.setDefaultOperator(QueryParser.Operator.AND);
    Query text;
    try {
      text = parser.parse(query);
    } catch (RegexRefused e) {
      throw new IllegalArgumentException(
          "the search query holds a regular expression (/.../), which search does not run; put"
              + " words with / in double quotes",
          e);
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
    if (expanding.size() > LuceneIndex.MAX_EXPANDING_TERMS) {
      throw new IllegalArgumentException(
          "the search query has "
              + expanding.size()
              + " fuzzy (~), wildcard (*, ?), regular-expression or range terms; at most "
              + LuceneIndex.MAX_EXPANDING_TERMS
              + " are allowed");
    }
    return new BooleanQuery.Builder()
        .add(text, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(KIND, kind)), BooleanClause.Occur.FILTER)
        .build();
  }

  /** A regular expression met while parsing a query. */
  private static final class RegexRefused extends RuntimeException {
    RegexRefused() {
      super("regular expression", null, false, false);
    }
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
  static IllegalArgumentException tooManyClauses(IndexSearcher.TooManyClauses e) {
    return new IllegalArgumentException(
        "the search query matches too many different words through its fuzzy (~) or wildcard"
            + " terms; use fewer of them or longer prefixes",
        e);
  }
}

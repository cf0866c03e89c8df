package org.harmwatch.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.harmwatch.core.model.Evidence;
import org.harmwatch.core.model.Incident;

/**
 * Gold evidence against the documents it points into. Offsets are {@code [start, end)} in the
 * document text as Java counts characters (UTF-16 units), like the extractor's own evidence. {@link
 * #fill} gives offset-only evidence its text at scoring time; {@link #check} lists every problem of
 * a gold set's evidence, so that annotators can fix their offsets.
 *
 * <p>Stateless and thread-safe.
 */
public final class GoldEvidence {
  private GoldEvidence() {}

  /**
   * The gold with each offset-only evidence's text taken from its document's text ({@code
   * textByDocId}); documents absent from the map are left as they are. Throws {@link
   * GoldFormatException} naming {@code file:line} when offsets fall outside their document.
   */
  public static List<GoldDocument> fill(List<GoldDocument> gold, Map<String, String> textByDocId) {
    List<GoldDocument> out = new ArrayList<>(gold.size());
    for (GoldDocument doc : gold) {
      String text = textByDocId.get(doc.docId());
      if (text == null || doc.incidents().stream().noneMatch(GoldEvidence::hasOffsetOnly)) {
        out.add(doc);
        continue;
      }
      List<Incident> filled = new ArrayList<>();
      for (int i = 0; i < doc.incidents().size(); i++) {
        Incident inc = doc.incidents().get(i);
        List<Evidence> evidence = new ArrayList<>();
        for (int k = 0; k < inc.evidence().size(); k++) {
          Evidence e = inc.evidence().get(k);
          if (offsetOnly(e)) {
            if (e.end() > text.length()) {
              throw new GoldFormatException(
                  doc.where() + outside(doc.docId(), i, k, e, text.length()));
            }
            e = new Evidence(e.start(), e.end(), text.substring(e.start(), e.end()), e.fields());
          }
          evidence.add(e);
        }
        filled.add(inc.withEvidence(evidence));
      }
      out.add(doc.withIncidents(filled));
    }
    return out;
  }

  /**
   * Every problem of the gold's evidence against the documents, each naming {@code file:line},
   * document, incident and evidence: a document absent from {@code textByDocId}; offsets outside
   * the document; offsets that start or end inside a word; a quoted text that differs from the
   * document's words at its offsets (with a hint when the offsets count code points instead of
   * UTF-16 units); a quoted text without offsets that the document does not contain.
   */
  public static List<String> check(List<GoldDocument> gold, Map<String, String> textByDocId) {
    List<String> problems = new ArrayList<>();
    for (GoldDocument doc : gold) {
      String text = textByDocId.get(doc.docId());
      if (text == null) {
        problems.add(doc.where() + "document " + doc.docId() + " is not in the documents");
        continue;
      }
      for (int i = 0; i < doc.incidents().size(); i++) {
        List<Evidence> evidence = doc.incidents().get(i).evidence();
        for (int k = 0; k < evidence.size(); k++) {
          String p = problem(text, evidence.get(k));
          if (p != null) {
            problems.add(
                doc.where()
                    + "document "
                    + doc.docId()
                    + " incident "
                    + i
                    + " evidence "
                    + k
                    + ": "
                    + p);
          }
        }
      }
    }
    return problems;
  }

  // The problem of one evidence against its document's text, or null.
  private static String problem(String text, Evidence e) {
    boolean offsets = e.end() > e.start();
    if (!offsets) {
      return text.contains(e.text()) ? null : "text not found in the document: " + quote(e.text());
    }
    if (e.end() > text.length()) {
      return "offsets ["
          + e.start()
          + ", "
          + e.end()
          + ") fall outside the document ("
          + text.length()
          + " characters)";
    }
    String at = text.substring(e.start(), e.end());
    if (!e.text().isEmpty() && !at.equals(e.text())) {
      String hint = "";
      if (codePointSpan(text, e.start(), e.end()).equals(e.text())) {
        hint = " (the offsets count code points: count UTF-16 units, as Java and JavaScript do)";
      } else if (text.contains(e.text())) {
        hint = " (the text is at offset " + text.indexOf(e.text()) + ")";
      }
      return "text "
          + quote(e.text())
          + " differs from the document's "
          + quote(at)
          + " at ["
          + e.start()
          + ", "
          + e.end()
          + ")"
          + hint;
    }
    if (insideWord(text, e.start()) || insideWord(text, e.end())) {
      return "offsets ["
          + e.start()
          + ", "
          + e.end()
          + ") cut a word: "
          + quote(
              text.substring(Math.max(0, e.start() - 10), Math.min(text.length(), e.end() + 10)));
    }
    return null;
  }

  private static String codePointSpan(String text, int start, int end) {
    int cps = text.codePointCount(0, text.length());
    if (end > cps) {
      return "";
    }
    return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
  }

  // Whether a boundary at i splits two letters or digits. A lower-case letter before an upper-case
  // one is a word start: scraped texts glue stray letters to the next word ("\nnSelon").
  private static boolean insideWord(String text, int i) {
    if (i <= 0 || i >= text.length()) {
      return false;
    }
    char before = text.charAt(i - 1);
    char after = text.charAt(i);
    return Character.isLetterOrDigit(before)
        && Character.isLetterOrDigit(after)
        && !(Character.isLowerCase(before) && Character.isUpperCase(after));
  }

  private static String quote(String s) {
    String one = s.replaceAll("\\s+", " ");
    return "'" + (one.length() > 80 ? one.substring(0, 77) + "..." : one) + "'";
  }

  private static String outside(String docId, int incident, int k, Evidence e, int length) {
    return "document "
        + docId
        + " incident "
        + incident
        + " evidence "
        + k
        + ": offsets ["
        + e.start()
        + ", "
        + e.end()
        + ") fall outside the document ("
        + length
        + " characters)";
  }

  private static boolean hasOffsetOnly(Incident i) {
    return i.evidence().stream().anyMatch(GoldEvidence::offsetOnly);
  }

  private static boolean offsetOnly(Evidence e) {
    return e.text().isEmpty() && e.end() > e.start();
  }
}

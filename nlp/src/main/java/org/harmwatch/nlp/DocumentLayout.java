package org.harmwatch.nlp;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.harmwatch.core.model.Document;
import org.harmwatch.nlp.text.PrefilteredPattern;
import org.harmwatch.nlp.text.Sentence;

/**
 * The layout of a document's sentences that segmentation reads before their words: headlines, photo
 * captions, coders' field labels, list items, and whether the whole text is a brief. Stateless.
 */
final class DocumentLayout {
  private static final PrefilteredPattern FIELD_LABEL =
      PrefilteredPattern.compile(
          "^\\W*(?:date|lieu|location|place|localit[ée]|localisation|where|when)\\s*:",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  // A photo caption or image credit: "Click to expand Image ...", "File Photo: ...", "© 2023 AFP".
  private static final PrefilteredPattern CAPTION_START =
      PrefilteredPattern.compile(
          "^\\W*(?:Click to expand Image|(?:File )?Photo(?:graph)?s?\\s*(?::|by\\b)|Image\\s*:|Caption\\s*:|Cr[ée]dits?(?: photo)?\\s*:|Photo d['’]illustration|Illustration\\s*:|L[ée]gende\\s*:)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The longest paragraph read as a caption when it carries an image credit. */
  static final int CAPTION_CHARS = 700;

  // A list item: a line that opens with a bullet ("• Kalemie, le 3 mai ;").
  private static final PrefilteredPattern LIST_ITEM = PrefilteredPattern.compile("^[•·▪◦‣*]\\s");

  private DocumentLayout() {}

  /** Whether {@code s} opens with a coder's field label ("Date :", "Lieu :", "Location:"). */
  static boolean isFieldLabel(Sentence s) {
    return FIELD_LABEL.matcher(s.text()).find();
  }

  /** Whether {@code s} is a list item: a line that opens with a bullet. */
  static boolean isListItem(Sentence s) {
    return LIST_ITEM.matcher(s.text()).find();
  }

  /**
   * The paragraphs that are photo captions or image credits: those that open as one ("Click to
   * expand Image", "File Photo:") and short ones that carry a credit ("© 2024 Reuters").
   */
  static Set<Integer> captionParagraphs(List<Sentence> sentences, String text) {
    Set<Integer> out = new HashSet<>();
    int i = 0;
    while (i < sentences.size()) {
      int para = sentences.get(i).paragraph();
      int j = i;
      while (j < sentences.size() && sentences.get(j).paragraph() == para) {
        j++;
      }
      String body = text.substring(sentences.get(i).start(), sentences.get(j - 1).end());
      if (CAPTION_START.matcher(body).find()
          || body.length() <= CAPTION_CHARS && body.indexOf('©') >= 0) {
        out.add(para);
      }
      i = j;
    }
    return out;
  }

  /** The most sentences, and characters, of a text read as a brief that tells one event. */
  static final int BRIEF_SENTENCES = 4;

  static final int BRIEF_CHARS = 800;

  /** Whether a text is a brief: one paragraph of a few sentences. */
  static boolean isBrief(List<Sentence> sentences, String text) {
    return sentences.size() <= BRIEF_SENTENCES
        && text.strip().length() <= BRIEF_CHARS
        && sentences.stream().allMatch(x -> x.paragraph() == sentences.get(0).paragraph());
  }

  /**
   * Whether {@code s} is a headline: the document's title told again, a first line without a full
   * stop, or a title-cased line without one.
   */
  static boolean isHeadline(Sentence s, List<Sentence> all, String text, Document doc) {
    if (s.paragraph() > 1 || all.size() < 2 || all.get(all.size() - 1).paragraph() == 0) {
      return false;
    }
    // The title told again as the body's first line, maybe split in two ("Burkina Faso. Des VDP
    // doivent répondre ...").
    boolean isTitle =
        doc.title() != null
            && s.text().length() >= 12
            && doc.title().strip().contains(s.text().strip());
    char last = s.text().charAt(s.text().length() - 1);
    if (isTitle || (s == all.get(0) && ".!?\"”»".indexOf(last) < 0)) {
      return true;
    }
    // "Witnesses Describe Killings in Koumbri": a title-cased line without a full stop.
    String[] words = s.text().split("\\s+");
    int capitalised = 0;
    for (String w : words) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        capitalised++;
      }
    }
    return ".!?\"”»".indexOf(last) < 0 && words.length >= 3 && capitalised * 10 >= words.length * 6;
  }
}

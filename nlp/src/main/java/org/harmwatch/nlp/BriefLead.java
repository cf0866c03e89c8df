package org.harmwatch.nlp;

import java.util.regex.Pattern;
import org.harmwatch.nlp.event.Trigger;
import org.harmwatch.nlp.text.PrefilteredPattern;

/**
 * The rule that picks a brief's lead: the sentence of a coder's note or news flash that tells its
 * event plainly, even when it names no figure, date or place of its own.
 */
final class BriefLead {
  // Words before an event cue that make it feared, threatened or planned, not told as done.
  private static final PrefilteredPattern UNREAL =
      PrefilteredPattern.compile(
          "\\b(?:fears?|feared|threat(?:s|en|ens|ened)?|risks?|could|would|might|will|plans?|planned|planning|warn(?:s|ed)?|prevent(?:ed)?|avoid(?:ed)?|craint|crainte|menace|risque|pourrait)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  // An event word in the plural ("attacks", "enlèvements"): many events.
  private static final PrefilteredPattern PLURAL = PrefilteredPattern.compile("[sx]$");

  // How plainly a sentence tells one event: 2 for an event word of its own, 0 for none, a
  // reference back ("the killing"), a quote, an event only feared or planned ("Residents fear an
  // attack") or, after the brief's first sentence, events in the plural or quoted words ("recent
  // attacks", "raids have increased"), which are background there.
  static int plain(SentenceFacts f, boolean first) {
    Trigger t = f.trigger();
    String st = f.sentence().text();
    if (t == null
        || t.anaphoric()
        || Segmenter.QUOTED.matcher(st).find()
        || UNREAL.matcher(st.substring(0, t.start())).find()) {
      return 0;
    }
    if (!first && (PLURAL.matcher(t.text()).find() || insideQuote(st, t.start()))) {
      return 0;
    }
    return 2;
  }

  // Whether offset i of s lies between quotation marks.
  private static boolean insideQuote(String s, int i) {
    int straight = 0;
    int open = 0;
    for (int k = 0; k < i; k++) {
      char c = s.charAt(k);
      if (c == '"') {
        straight++;
      } else if (c == '“' || c == '«') {
        open++;
      } else if (c == '”' || c == '»') {
        open--;
      }
    }
    return straight % 2 == 1 || open > 0;
  }

  private BriefLead() {}
}

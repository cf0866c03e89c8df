package org.harmwatch.nlp;

import java.util.regex.Pattern;
import org.harmwatch.nlp.text.PrefilteredPattern;

/**
 * The phrases that tie a sentence to incidents told before it, shared by segmentation and the actor
 * and attribution resolvers: blame, claims, and references back to one incident or to all.
 */
final class DiscourseCues {
  static final PrefilteredPattern BLAME =
      PrefilteredPattern.compile(
          "\\b(?:blamed|blames|blame|attributed|claimed responsibility|accused|accuses|accuse|revendiqué|imputé|attribué|attribuée|accusé|accuse|accusent)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  static final PrefilteredPattern CLAIM =
      PrefilteredPattern.compile(
          "\\b(?:(?:has |have |had )?claimed(?: responsibility)?|claims responsibility|(?:a|ont|avait) revendiqué|revendique)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  static final PrefilteredPattern BACK_TO_ONE =
      PrefilteredPattern.compile(
          "\\b(?:the|this|that|cette|ce|cet|l['’]|la|le|les)\\s*(?:attack|attackers|assailants|gunmen|fighters|soldiers|militiamen|raid|strike|bombing|killings?|massacre|victims|dead|abductors|kidnappers|attaque|attentat|assaillants|ravisseurs|hommes armés|soldats|militaires|combattants|frappe|tuerie|victimes|morts|incident)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  static final PrefilteredPattern BACK_TO_ALL =
      PrefilteredPattern.compile(
          "\\b(?:these|those|both|ces|les deux)\\s+(?:incidents|attacks|attaques|killings|tueries|strikes|frappes|events|faits|massacres)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private DiscourseCues() {}
}

package org.harmwatch.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who states the facts of a sentence ("according to Human Rights Watch", "selon des sources
 * locales", "residents said") and gives the canonical source name. Organisations count wherever
 * they are named in an incident's sentences; generic sources ("residents", "local sources") only
 * next to a reporting verb. Stateless and thread-safe.
 */
final class Reporters {
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Map<String, Pattern> ORGANISATIONS = new LinkedHashMap<>();
  private static final Map<String, Pattern> GENERIC = new LinkedHashMap<>();

  static {
    ORGANISATIONS.put("Human Rights Watch", Pattern.compile("\\b(?:Human Rights Watch|HRW)\\b"));
    ORGANISATIONS.put("Amnesty International", Pattern.compile("\\bAmnesty(?: International)?\\b"));
    ORGANISATIONS.put(
        "UN OHCHR",
        Pattern.compile(
            "\\b(?:OHCHR|UN human rights office|UN Human Rights Office|Office of the UN High Commissioner for Human Rights|UN High Commissioner for Human Rights|Haut-Commissariat (?:des Nations unies )?aux droits de l['’]homme|HCDH)\\b"));
    ORGANISATIONS.put("MINUSMA", Pattern.compile("\\bMINUSMA\\b"));
    ORGANISATIONS.put("ACLED", Pattern.compile("\\bACLED\\b"));
    ORGANISATIONS.put("Reuters", Pattern.compile("\\bReuters\\b"));
    ORGANISATIONS.put("AFP", Pattern.compile("\\b(?:AFP|Agence France-Presse)\\b"));
    ORGANISATIONS.put(
        "Médecins Sans Frontières",
        Pattern.compile("\\b(?:MSF|Médecins [Ss]ans [Ff]rontières|Doctors Without Borders)\\b"));
    GENERIC.put(
        "local sources",
        Pattern.compile("\\b(?:local sources|sources locales|des sources locales)\\b", CI));
    GENERIC.put(
        "security sources",
        Pattern.compile(
            "\\b(?:security sources?|sources? sécuritaires?|sources? de sécurité)\\b", CI));
    GENERIC.put(
        "humanitarian sources",
        Pattern.compile(
            "\\b(?:humanitarian sources?|(?:an? )?(?:humanitarian|aid) (?:workers?|officials?)|sources? humanitaires?|(?:un )?humanitaires?|(?:un )?travailleurs? humanitaires?)\\b",
            CI));
    GENERIC.put(
        "local officials",
        Pattern.compile(
            "\\b(?:(?:a |an )?local (?:elected |government )?officials?|an? elected official|elected officials|local authorities|autorités locales|élus? locaux|responsables? locaux|a local official|un élu local|(?:le |the )?(?:gouverneur|préfet|maire|governor|prefect|mayor)(?: de la région| of the region| de la localité)?)\\b",
            CI));
    GENERIC.put(
        "community leaders",
        Pattern.compile("\\b(?:community leaders?|notables?|leaders communautaires)\\b", CI));
    GENERIC.put("witnesses", Pattern.compile("\\b(?:witnesses|témoins)\\b", CI));
    GENERIC.put(
        "residents", Pattern.compile("\\b(?:residents|a resident|habitants|un habitant)\\b", CI));
  }

  private static final Pattern REPORTING =
      Pattern.compile(
          "\\b(?:reported|reports|report|said|says|say|stated|told|noted|announced|documented|highlighted|recounted|confirmed|declared|according to|selon|d['’]après|a déclaré|ont déclaré|a indiqué|ont indiqué|a rapporté|ont rapporté|a annoncé|a affirmé|ont affirmé|a confirmé|ont confirmé|rapporte|rapportent|indique|affirment|a dénoncé|a documenté|ont raconté|a raconté)\\b",
          CI);
  private static final Pattern SOURCE_BEFORE =
      Pattern.compile(
          "(?:according to|selon|d['’]après|told|cited by|quoted by|contacted by|interrogés? par|said|(?:a|ont)\\s+(?:indiqué|déclaré|affirmé|rapporté|confirmé|précisé|expliqué|raconté))\\s+(?:the\\s+|des\\s+|les\\s+|de\\s+|plusieurs\\s+|several\\s+|some\\s+)?(?:\\p{L}+\\s+)?$",
          CI);
  private static final Pattern SOURCE_AFTER =
      Pattern.compile(
          "^\\s*(?:\\p{L}+\\s+)?(?:said|told|accuse|accused|blamed|allege|alleged|reported|say|says|described|recounted|confirmed|a déclaré|ont déclaré|ont indiqué|a indiqué|ont rapporté|a rapporté|affirment|rapportent|ont raconté|a raconté|ont confirmé|joints par)",
          CI);
  private static final Pattern BACK_REFERENCE =
      Pattern.compile(
          "\\b(?:according to the (?:report|group|organi[sz]ation)|the report (?:said|says|found|noted)|it (?:noted|said|added|reported|found)|selon le rapport|selon l['’]organisation|le rapport (?:indique|précise))\\b",
          CI);

  private Reporters() {}

  /** The organisations named in {@code sentence}, canonical, in order of the list. */
  static List<String> organisations(String sentence) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Pattern> e : ORGANISATIONS.entrySet()) {
      if (e.getValue().matcher(sentence).find()) {
        out.add(e.getKey());
      }
    }
    return out;
  }

  /** The sources stating the facts of {@code sentence}: organisations, and attributed generics. */
  static List<String> sources(String sentence) {
    List<String> out = organisations(sentence);
    for (Map.Entry<String, Pattern> e : GENERIC.entrySet()) {
      Matcher m = e.getValue().matcher(sentence);
      while (m.find()) {
        // "killing 12 residents" names victims; "residents said" names a source.
        String before = sentence.substring(Math.max(0, m.start() - 25), m.start());
        String after = sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 30));
        if (SOURCE_BEFORE.matcher(before).find() || SOURCE_AFTER.matcher(after).find()) {
          out.add(e.getKey());
          break;
        }
      }
    }
    return out;
  }

  /** Whether {@code sentence} refers back to a source named before ("according to the report"). */
  static boolean refersBack(String sentence) {
    return BACK_REFERENCE.matcher(sentence).find();
  }

  /** The reporting verbs of {@code sentence}, as [start, end) pairs. */
  static List<int[]> reportingVerbs(String sentence) {
    List<int[]> out = new ArrayList<>();
    Matcher m = REPORTING.matcher(sentence);
    while (m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }
}

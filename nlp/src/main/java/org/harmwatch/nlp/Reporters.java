package org.harmwatch.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmwatch.nlp.lang.LanguagePacks;
import org.harmwatch.nlp.text.PrefilteredPattern;
import org.harmwatch.nlp.text.Sentence;

/**
 * Finds who states the facts of a sentence ("according to Human Rights Watch", "selon des sources
 * locales", "residents said") and gives the canonical source name. Organisations count wherever
 * they are named in an incident's sentences; generic sources ("residents", "local sources") only
 * next to a reporting verb. Stateless and thread-safe.
 */
final class Reporters {
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** Stands for the government of the incident's country ("the Ministry of Interior said"). */
  static final String GOVERNMENT = "@GOVERNMENT";

  /** Stands for the state forces of the incident's country ("the army said in a statement"). */
  static final String STATE_FORCES = "@STATE";

  /** Stands for the police of the incident's country ("the police spokesman said"). */
  static final String POLICE = "@POLICE";

  private static final Map<String, PrefilteredPattern> ORGANISATIONS = new LinkedHashMap<>();
  private static final Map<String, PrefilteredPattern> GENERIC = new LinkedHashMap<>();

  static {
    ORGANISATIONS.put(
        "Human Rights Watch", PrefilteredPattern.compile("\\b(?:Human Rights Watch|HRW)\\b"));
    ORGANISATIONS.put(
        "Amnesty International", PrefilteredPattern.compile("\\bAmnesty(?: International)?\\b"));
    ORGANISATIONS.put(
        "UN OHCHR",
        PrefilteredPattern.compile(
            "\\b(?:OHCHR|UN human rights office|UN Human Rights Office|Office of the UN High Commissioner for Human Rights|UN High Commissioner for Human Rights|Haut-Commissariat (?:des Nations unies )?aux droits de l['’]homme|HCDH)\\b"));
    ORGANISATIONS.put("MINUSMA", PrefilteredPattern.compile("\\bMINUSMA\\b"));
    ORGANISATIONS.put("ACLED", PrefilteredPattern.compile("\\bACLED\\b"));
    // National news agencies, by the short name they sign with ("Dori, (AIB) - ...").
    ORGANISATIONS.put(
        "AIB",
        PrefilteredPattern.compile(
            "\\b(?:AIB|[Aa]gence d['’]information du Burkina(?: Faso)?)\\b"));
    ORGANISATIONS.put("NAN", PrefilteredPattern.compile("\\b(?:NAN|News Agency of Nigeria)\\b"));
    ORGANISATIONS.put(
        "ACP", PrefilteredPattern.compile("\\b(?:ACP|[Aa]gence [Cc]ongolaise de [Pp]resse)\\b"));
    ORGANISATIONS.put("Reuters", PrefilteredPattern.compile("\\bReuters\\b"));
    ORGANISATIONS.put("AFP", PrefilteredPattern.compile("\\b(?:AFP|Agence France-Presse)\\b"));
    ORGANISATIONS.put(
        "Médecins Sans Frontières",
        PrefilteredPattern.compile(
            "\\b(?:MSF|Médecins [Ss]ans [Ff]rontières|Doctors Without Borders)\\b"));
    GENERIC.put(
        "local sources",
        PrefilteredPattern.compile(
            "\\b(?:local sources|(?:a )?local source|sources locales|des sources locales|(?:une )?source locale|sources? (?:proches? )?(?:de la localité|du village|de la zone)|sources? close to the (?:area|village|community))\\b",
            CI));
    GENERIC.put(
        "security sources",
        PrefilteredPattern.compile(
            "\\b(?:security sources?|(?:a )?security officials?|military sources?|sources? sécuritaires?|sources? de sécurité|sources? militaires?)\\b",
            CI));
    GENERIC.put(
        "humanitarian sources",
        PrefilteredPattern.compile(
            "\\b(?:humanitarian sources?|(?:an? )?(?:humanitarian|aid|health) (?:workers?|officials?)|(?:a )?nurses?|(?:a |an )?(?:local )?NGO|(?:une )?ONG(?: locale)?|sources? humanitaires?|(?:un )?humanitaires?|(?:un )?travailleurs? humanitaires?|(?:un )?agents? de santé|(?:un )?infirmiers?)\\b",
            CI));
    GENERIC.put(
        "local officials",
        PrefilteredPattern.compile(
            "\\b(?:(?:a |an )?local (?:elected |government )?officials?|an? elected official|elected officials|local authorities|(?:a |an )?(?:regional|municipal|district|communal|provincial|village)(?: transport)? officials?|(?:a |an )?(?:regional )?transport officials?|autorités locales|autorités communales|élus? locaux|responsables? locaux|un responsable local|a local official|un élu(?: local| de la commune)?|des élus|(?:le |the )?(?:gouverneur|préfet|maire|governor|prefect|mayor)(?: de la région| of the region| de la localité| of the \\p{Lu}\\p{L}+ region)?)\\b",
            CI));
    GENERIC.put(
        "community leaders",
        PrefilteredPattern.compile(
            "\\b(?:community leaders?|traditional leaders?|religious leaders?|notables?|leaders? communautaires?|responsables? communautaires?|chefs? coutumiers?|(?:une |an? )?(?:association (?:peule|locale|communautaire)|(?:local |community |Fulani )association))\\b",
            CI));
    GENERIC.put(
        "media reports",
        PrefilteredPattern.compile(
            "\\b(?:media reports?|press reports?|news reports?|(?:les )?médias locaux|(?:la )?presse locale)\\b",
            CI));
    GENERIC.put(
        "witnesses",
        PrefilteredPattern.compile(
            "\\b(?:witnesses|a witness|eyewitnesses|survivors|a survivor|témoins|un témoin|rescapés|survivants)\\b",
            CI));
    GENERIC.put(
        "residents",
        PrefilteredPattern.compile("\\b(?:residents|a resident|habitants|un habitant)\\b", CI));
    GENERIC.put(
        GOVERNMENT,
        PrefilteredPattern.compile(
            "\\b(?:(?:the |le )?(?:government|gouvernement)|(?:la )?(?:direction de la communication de la )?pr[ée]sidence (?:du Faso|de la République)|(?:the )?(?:defen[cs]e |interior |security )?ministry(?: of (?:the )?(?:interior|defen[cs]e|security))?|(?:le )?ministère (?:de l['’]Intérieur|de la (?:Défense|Sécurité)|des Armées)|minister of (?:the )?(?:interior|defen[cs]e|security)|government spokes(?:man|woman|person)|presse minist[ée]rielle|(?:le )?bilan officiel|(?:les )?chiffres officiels|(?:the )?official (?:death )?(?:toll|figures?))\\b",
            CI));
    GENERIC.put(
        STATE_FORCES,
        PrefilteredPattern.compile(
            "\\b(?:the army|the military|(?-i:(?:[Tt]he )?\\p{Lu}\\p{L}+ (?:Army|Air Force|Navy))|l['’]armée(?: \\p{L}+)?|l['’][ée]tat[- ]major(?: général)?(?: des armées)?|(?:army|military|defen[cs]e) spokes(?:man|woman|person)|(?:army|military|defen[cs]e) headquarters|(?:the )?director(?:ate)? of (?:army public relations|defen[cs]e information)|army public relations|(?:le )?porte-parole de l['’]armée|(?:the )?general staff|(?:la )?direction de la communication et des relations publiques des armées|(?:le )?commandement (?:des opérations )?du théâtre national|(?:the )?General Officer Commanding|(?:les )?forces armées nationales|(?-i:FARDC|FAMa)|(?:les )?Forces armées de la République démocratique du Congo)\\b",
            CI));
    GENERIC.put(
        POLICE,
        PrefilteredPattern.compile(
            "\\b(?:(?:the )?police|(?:the )?police (?:spokes(?:man|woman|person)|public relations officer|command|commissioner)|(?:the )?(?:\\p{L}+ )?(?:state )?police command|(?:the )?commissioner of police|la police(?: nationale)?|la gendarmerie(?: nationale)?|(?:le )?porte-parole de la (?:police|gendarmerie))\\b",
            CI));
  }

  // A named radio station or outlet stating facts itself ("Radio Omega reported").
  private static final PrefilteredPattern OUTLET =
      PrefilteredPattern.compile(
          "\\b(?:Radio|Studio|Télévision|Television|Télé|Agence) \\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+)?");
  // A website or paper named as the source ("selon le site X", "nous apprend X").
  private static final PrefilteredPattern NAMED_OUTLET =
      PrefilteredPattern.compile(
          "\\b(?:(?:selon|d['’]après|according to)\\s+(?:le site|le journal|le quotidien|le média|la radio|the website|the newspaper|the news site)(?: d['’]information)?|nous apprend|apprend-on de|rapporte le site)\\s+(\\p{Lu}[\\p{L}'’-]*(?:\\.\\p{L}+)*(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*(?:\\.\\p{L}+)*|info|infos|news))*)");
  private static final PrefilteredPattern PROSECUTOR =
      PrefilteredPattern.compile(
          "\\b(?:(?:the )?(?:public )?prosecutor (?:at|of) the (\\p{Lu}[\\p{L}-]+)(?: high| regional)? court|(?:le )?procureur(?: du Faso)? près le tribunal de grande instance (?:de |d['’])(\\p{Lu}[\\p{L}-]+))");

  // The words of saying of every bundled pack (reporting-verbs.txt).
  private static final PrefilteredPattern REPORTING =
      PrefilteredPattern.compile(
          LanguagePacks.alternation(LanguagePacks.bundled().entries("reporting-verbs.txt")), CI);
  // Before the source: "according to", "selon", "told", a coder's "Source:" label, "in a
  // statement, the ministry", "a-t-on appris de sources locales".
  private static final PrefilteredPattern SOURCE_BEFORE =
      PrefilteredPattern.compile(
          "(?:according to|selon|d['’]après|told|cited by|quoted by|contacted by|interrogés? par|rapportée?s? par|reported by|confirmed by|cross-checked with|recoupée?s? (?:avec|auprès d['’]?e?)|(?:a-t-on|avons-nous) appris (?:de|auprès d['’]?e?)|said|(?:a|ont)\\s+(?:indiqué|déclaré|affirmé|rapporté|confirmé|précisé|expliqué|raconté|annoncé|fait savoir|ajouté|souligné)|(?:^|\\s)Sources?\\s*:|(?:un|le|a|the) (?:\\p{L}+ )?(?:communiqué|statement) (?:du|de|from|by)|dans un communiqué,?|in a statement,?|(?:donnée?s?|fournie?s?|publiée?s?|communiquée?s?|rendue?s? public(?:que)?s? par|released by|issued by|given by)(?: par)?)\\s*(?:the\\s+|des\\s+|les\\s+|de\\s+|plusieurs\\s+|several\\s+|some\\s+|l['’])?(?:\\p{L}+\\s+)?$",
          CI);
  // After the source: a verb of saying, possibly after a place ("residents of Koumbri"), an
  // apposition between commas, or one adverb ("also said").
  // Verbs of saying after a source ("residents said", "a fait état de").
  private static final String SAYING_AFTER =
      "(?:said|told|accuse|accused|blamed|attributed|allege|alleged|reported|recall|recalled|say|says|described|recounted|confirmed|stated|announced|a déclaré|ont déclaré|ont indiqué|a indiqué|ont rapporté|a rapporté|affirment|affirme|a affirmé|rapportent|ont raconté|a raconté|racontent|ont confirmé|a confirmé|a annoncé|annonce|précise|a précisé|témoignent|dénoncent|joints par|attribuent|accusent|a fait état|ont fait état|fait état|put the (?:death )?toll at|estimated the (?:death )?toll|revealed|disclosed|informed|informe|informent|a révélé|révèle|a souligné|a expliqué|explique|a précisé|déplore|déplorent|deplored|deplores|fait cas|évoque|évoquent|warned|warns|prévient|préviennent)";
  private static final PrefilteredPattern SOURCE_AFTER =
      PrefilteredPattern.compile(
          // "Les Forces armées ... (FARDC) accusent": the source's short name in brackets.
          "^\\s*(?:\\([^()]{1,15}\\)\\s*|\\)\\s*)?(?:(?:of|in|at|from|de|d['’]|du|à)\\s*(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*\\s*)?(?:,[^,]{1,60},\\s*)?"
              // "Residents reached by our reporters put the toll at", "joints par téléphone"
              + "(?:(?:reached|contacted|interviewed|quoted|joined|joints?|contactés?|interrogés?)\\s+(?:by|par)\\s+(?:[\\p{L}'’-]+\\s+){1,3}?)?"
              + "(?:(?:on|le|ce)\\s+)?(?:\\p{L}+\\s+)?"
              + SAYING_AFTER
              + "\\b",
          CI);
  // A second source joined to the first: "residents and a humanitarian worker said".
  private static final PrefilteredPattern JOINED_AFTER =
      PrefilteredPattern.compile(
          "^\\s*(?:and|et|as well as|ainsi que)\\s+(?:[\\p{L}'’-]+\\s+){1,5}?"
              + SAYING_AFTER
              + "\\b",
          CI);
  // "selon des sources locales et un élu de la zone": the source after "et" is one too.
  private static final PrefilteredPattern JOINED_BEFORE =
      PrefilteredPattern.compile(
          "(?:according to|selon|d['’]après)\\s+(?:[\\p{L}'’-]+\\s+){1,5}?(?:and|et)\\s+$", CI);
  // "community leaders via partner NGO": the NGO passed the account on, it is no source.
  private static final PrefilteredPattern CHANNEL_BEFORE =
      PrefilteredPattern.compile(
          "\\b(?:via|through|par l['’]intermédiaire d['’]?e?|par le biais d['’]?e?)\\s+(?:\\p{L}+\\s+)?$",
          CI);

  /** A coder's "Source:" / "Sources :" line. */
  static final PrefilteredPattern SOURCE_LABEL =
      PrefilteredPattern.compile("^\\W*Sources?\\s*:", CI);

  // A communiqué's closing line that is only its author, a communication office ("Direction de la
  // communication de la Présidence"): it signs the whole text, as a "Source :" line does.
  private static final PrefilteredPattern SIGNATURE =
      PrefilteredPattern.compile(
          "^\\W*(?:la )?(?:direction|service|cellule|bureau) (?:de la |de |du )?(?:communication|presse)\\b[^.!?:;]{0,100}$",
          CI);

  // A lead that retells a statement without naming its author here ("D'après ce communiqué").
  private static final PrefilteredPattern RETOLD =
      PrefilteredPattern.compile(
          "\\b(?:(?:selon|d['’]après) (?:ce|le|ledit) communiqué|according to (?:the|this) statement)\\b",
          CI);

  /** Whether {@code sentence} is a source line: a "Source :" label or a communiqué's signature. */
  static boolean sourceLine(String sentence) {
    return SOURCE_LABEL.matcher(sentence).find() || SIGNATURE.matcher(sentence.strip()).find();
  }

  private static final PrefilteredPattern BACK_REFERENCE =
      PrefilteredPattern.compile(
          "\\b(?:according to the (?:report|group|organi[sz]ation)|the report (?:said|says|found|noted)|it (?:noted|said|added|reported|found)|selon le rapport|selon l['’]organisation|le rapport (?:indique|précise))\\b",
          CI);

  private Reporters() {}

  /** The organisations named in {@code sentence}, canonical, in order of the list. */
  private static final PrefilteredPattern ANY_ORGANISATION =
      PrefilteredPattern.compile(
          String.join(
              "|", ORGANISATIONS.values().stream().map(p -> "(?:" + p.source() + ")").toList()));

  static List<String> organisations(String sentence) {
    return names(organisationMentions(sentence));
  }

  // The organisations named in the sentence, each at its first mention, in order of the list.
  private static List<SourceMention> organisationMentions(String sentence) {
    List<SourceMention> out = new ArrayList<>();
    // One scan for any organisation first: most sentences name none.
    if (!ANY_ORGANISATION.matcher(sentence).find()) {
      return out;
    }
    for (Map.Entry<String, PrefilteredPattern> e : ORGANISATIONS.entrySet()) {
      Matcher m = e.getValue().matcher(sentence);
      if (m.find()) {
        out.add(new SourceMention(e.getKey(), m.start(), m.end(), m.group()));
      }
    }
    return out;
  }

  private static List<String> names(List<SourceMention> mentions) {
    List<String> out = new ArrayList<>();
    for (SourceMention m : mentions) {
      out.add(m.name());
    }
    return out;
  }

  /**
   * The sources stating the facts of {@code sentence}, with their offsets in it: organisations, and
   * attributed generics. The government and the army of the incident's country come back as {@link
   * #GOVERNMENT} and {@link #STATE_FORCES}, for the caller to name.
   */
  static List<SourceMention> sources(String sentence) {
    List<SourceMention> out = organisationMentions(sentence);
    // A coder's "Sources: local sources (2 calls), humanitarian sources" lists sources only.
    boolean label = sourceLine(sentence);
    Matcher pm = PROSECUTOR.matcher(sentence);
    if (pm.find()) {
      out.add(
          new SourceMention(
              "public prosecutor of " + (pm.group(1) != null ? pm.group(1) : pm.group(2)),
              pm.start(),
              pm.end(),
              pm.group()));
    }
    Matcher nm = NAMED_OUTLET.matcher(sentence);
    if (nm.find() && !names(out).contains(nm.group(1))) {
      out.add(new SourceMention(nm.group(1), nm.start(1), nm.end(1), nm.group(1)));
    }
    Matcher om = OUTLET.matcher(sentence);
    while (om.find()) {
      String after = sentence.substring(om.end(), Math.min(sentence.length(), om.end() + 60));
      if (SOURCE_AFTER.matcher(after).find() && !names(out).contains(om.group())) {
        out.add(new SourceMention(om.group(), om.start(), om.end(), om.group()));
      }
    }
    for (Map.Entry<String, PrefilteredPattern> e : GENERIC.entrySet()) {
      Matcher m = e.getValue().matcher(sentence);
      while (m.find()) {
        // "killing 12 residents" names victims; "residents said" names a source.
        String before = sentence.substring(Math.max(0, m.start() - 30), m.start());
        String after = sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 90));
        String wider = sentence.substring(Math.max(0, m.start() - 80), m.start());
        if (label && !CHANNEL_BEFORE.matcher(before).find()
            || SOURCE_BEFORE.matcher(before).find()
            || SOURCE_AFTER.matcher(after).find()
            || JOINED_AFTER.matcher(after).find()
            || JOINED_BEFORE.matcher(wider).find()) {
          out.add(new SourceMention(e.getKey(), m.start(), m.end(), m.group()));
          break;
        }
      }
    }
    return out;
  }

  /**
   * The first state source of {@code sentence} that states its facts (the government, the army or
   * the police of the incident's country, as {@link #GOVERNMENT}, {@link #STATE_FORCES} or {@link
   * #POLICE}), or null.
   */
  static SourceMention stateSource(String sentence) {
    for (SourceMention m : sources(sentence)) {
      if (m.name().equals(GOVERNMENT) || m.name().equals(STATE_FORCES) || m.name().equals(POLICE)) {
        return m;
      }
    }
    return null;
  }

  /** The paragraphs of a report's lead, where a source that the whole report retells is named. */
  static final int LEAD_PARAGRAPHS = 2;

  /**
   * The first state source named as stating facts in the report's lead ("The army said on Tuesday
   * that ...") or in a source line anywhere ("Source : ministère de la Sécurité"), outside the
   * {@code captions} paragraphs; one named further down a long report tells one of its stories, not
   * all of them.
   */
  static SourceMention leadStateSource(List<Sentence> sentences, Set<Integer> captions) {
    boolean retold = false;
    for (Sentence s : sentences) {
      if (!captions.contains(s.paragraph())
          && (s.paragraph() < LEAD_PARAGRAPHS || sourceLine(s.text()))) {
        SourceMention m = Reporters.stateSource(s.text());
        if (m != null) {
          return m;
        }
        retold |= s.paragraph() < LEAD_PARAGRAPHS && RETOLD.matcher(s.text()).find();
      }
    }
    if (retold) {
      // "D'après ce communiqué, ...": the lead retells a statement whose author the report names
      // further down ("les FARDC préviennent ...").
      for (Sentence s : sentences) {
        if (!captions.contains(s.paragraph())) {
          SourceMention m = Reporters.stateSource(s.text());
          if (m != null) {
            return m;
          }
        }
      }
    }
    return null;
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

package org.harmwatch.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmwatch.core.geo.PlaceContext;
import org.harmwatch.core.geo.PlaceMention;
import org.harmwatch.core.geo.PlaceResolver;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.ActorType;
import org.harmwatch.core.model.Casualties;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.DocumentRef;
import org.harmwatch.core.model.Evidence;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;
import org.harmwatch.core.model.Provenance;
import org.harmwatch.core.model.SubEventType;
import org.harmwatch.core.pipeline.Extractor;
import org.harmwatch.nlp.actors.ActorDictionary;
import org.harmwatch.nlp.event.EventCues;
import org.harmwatch.nlp.event.Trigger;
import org.harmwatch.nlp.place.PlaceMentionFinder;
import org.harmwatch.nlp.quantity.CasualtyFinder;
import org.harmwatch.nlp.quantity.CasualtyKind;
import org.harmwatch.nlp.quantity.CasualtyMention;
import org.harmwatch.nlp.text.PrefilteredPattern;
import org.harmwatch.nlp.text.Sentence;
import org.harmwatch.nlp.text.SentenceSplitter;
import org.harmwatch.nlp.time.DateFinder;
import org.harmwatch.nlp.time.DateMention;

/**
 * The rule- and dictionary-based incident extractor for English and French reports. Extraction
 * (finding triggers, figures, dates, place and actor phrases with offsets in each sentence) is kept
 * apart from resolution (the {@link PlaceResolver} for places, the actor dictionary for actors,
 * date arithmetic against the publication date). Immutable and thread-safe: one instance serves all
 * callers; every pattern and dictionary is loaded once in the constructor.
 *
 * <p>Segmentation: a sentence opens an incident when it names a violent event that is not a
 * reference back ("a raid", "two drone strikes", "another strike") and anchors it with a figure, a
 * date, a place below country level or, for "another", a previous incident; background and
 * aggregate statements ("since 2021", "this year") never do. A later sentence of the same paragraph
 * that starts with a pronoun or connector ("They", "Additionally", "Ils"), refers back to the event
 * ("the bombing", "l'attaque") or only adds figures is merged into the open incident.
 *
 * <p>When sentences (usually different sources) give different figures for one incident, they are
 * combined as the eval guidelines ask: the lowest minimum and the highest maximum, an open maximum
 * winning ("officials said 20, HRW said 31" → {20, 31}).
 */
public final class RuleBasedExtractor implements Extractor {
  /** The version of these rules, recorded in every incident's provenance. */
  public static final String VERSION = "rules-0.3.0";

  private static final PrefilteredPattern FOLLOW_UP_START =
      PrefilteredPattern.compile(
          "^[\"“«]?\\s*(?:They|It|He|She|Additionally|Moreover|Also|In addition|Furthermore|The victims|The dead|The bodies|Among (?:them|the)|Of (?:them|those)|The (?:attackers|assailants|gunmen|soldiers|survivors)|According to the|Ils|Elles|Il|Parmi|En outre|Par ailleurs|De plus|Les victimes|Les corps|Les assaillants|Selon le)\\b");
  private static final PrefilteredPattern BLAME =
      PrefilteredPattern.compile(
          "\\b(?:blamed|blames|blame|attributed|claimed responsibility|accused|accuses|accuse|revendiqué|imputé|attribué|attribuée|accusé|accuse|accusent)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // Quoted speech: opens with a quote, or ends in one followed by "he said".
  private static final PrefilteredPattern QUOTED =
      PrefilteredPattern.compile(
          "^[\"“«]|[\"”»],?\\s+(?:he|she|they|il|elle|an?|the|one|un|une)\\b[^.]{0,40}?\\b(?:said|says|told|added|recalled|explained|déclare|a déclaré|a dit|a ajouté|raconte|a raconté|explique)\\b");
  private static final PrefilteredPattern WEAK_TRIGGER =
      PrefilteredPattern.compile(
          "(?i)killed|killing|executed|tués?|tuées?|exécutés?|arrested|detained|arrêtés?|burned|incendiés?");
  private static final PrefilteredPattern BODIES_FOUND =
      PrefilteredPattern.compile(
          "\\b(?:bodies|corps|cadavres)\\b.{0,40}\\b(?:found|discovered|recovered|retrouvés|découverts|retrouvées)\\b|\\b(?:were|was|had been|have been) (?:later |then |summarily )?executed\\b|\\bexécutés\\b|\\bsummarily executed\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final PrefilteredPattern TARGET_BEFORE =
      PrefilteredPattern.compile(
          "(?:\\b(?:killed|killing|kill|attacked|attacking|targeted|targeting|ambushed|ambushing|abducted|kidnapped|executed|shot|tué|tuant|tuer|attaqué|attaquant|ciblant|ciblé|visant|enlevé|enlevant|embuscade contre|against|contre|clashed with|clashes with|clash with|fought|fighting|engaged|repelled|repoussé|affronté|affrontant|combattu|combattant)|\\b(?:attacks?|assault|raids?|attaques?|assaut)\\s+(?:on|against|contre))\\s+(?:(?!(?:when|as|after|while|before|lorsque|quand|alors|après)\\b)\\S+\\s+){0,2}$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // Mentions that neither act nor suffer: "a convoy escorted by the army", "collaborators of the
  // army", "accused of collaborating with the FAMa".
  private static final PrefilteredPattern NEUTRAL_BEFORE =
      PrefilteredPattern.compile(
          "(?:\\b(?:escorted|escorting|guarded|protected|backed|supported|helped|helping|informing|informed|collaborating|collaborate|colluding|supplying|working|travelling|escortée?s?|protégée?s?|soutenue?s?|informer|renseigner|collaborer|collaboré|aidé|aider)\\s+(?:(?:by|with|for|to|par|avec|pour|les|la|le|l['’]|des|the)\\s*)?(?:\\S+\\s+)?|\\b(?:before|until|avant|jusqu['’]à)\\s+(?:the\\s+)?|\\b(?:according\\s+to|selon|communiqué\\s+(?:de|du)|statement\\s+(?:by|from|of)|spokes(?:man|person|woman)\\s+(?:for|of)|porte-parole\\s+(?:de|du))\\s+(?:\\S+\\s+)?|\\b(?:collaborators?|collaborateurs?|informants?|informateurs?|complices?|accomplices?)[\"”»]?\\s+(?:of|de|du|des)\\s+(?:the\\s+|l['’]|la\\s+|les\\s+)?)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final PrefilteredPattern AGENT_BEFORE =
      PrefilteredPattern.compile("\\b(?:by|par)\\s+(?:\\S+\\s+)?$", Pattern.CASE_INSENSITIVE);
  // "attacked on Saturday a detachment of the Burkinabe army", "ont attaqué le poste militaire
  // des FAMa": the unit attacked is the target, however far the verb.
  private static final PrefilteredPattern UNIT_ATTACKED =
      PrefilteredPattern.compile(
          "\\b(?:attacked|attacking|ambushed|targeted|overran|stormed|attaqué|attaquant|ciblé|visé|pris\\s+d['’]assaut|assailli)\\b[^.;]{0,40}?\\b(?:detachment|post|outpost|base|position|camp|convoy|patrol|unit|checkpoint|barracks|détachement|poste|base|position|camp|convoi|patrouille|unité|caserne)s?\\s+(?:militaires?\\s+)?(?:of|de|du|des)\\s+(?:the\\s+|l['’]|la\\s+|le\\s+)?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // "The army says it repelled the assault", "L'armée affirme avoir repoussé l'assaut".
  private static final PrefilteredPattern DEFENDER_AFTER =
      PrefilteredPattern.compile(
          "^\\s*(?:(?:said|says|claimed|claims|affirme|a\\s+affirmé|dit|a\\s+dit|assure)\\s+(?:it\\s+|that\\s+it\\s+|to\\s+have\\s+|avoir\\s+)?)?(?:had\\s+|has\\s+|a\\s+)?(?:repelled|repulsed|fought\\s+off|repoussé|riposté)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final PrefilteredPattern TARGET_AFTER =
      PrefilteredPattern.compile(
          "^\\s*(?:were|was|have been|had been|ont été|a été|sont)\\s+(?:\\S+\\s+)?(?:killed|attacked|ambushed|wounded|injured|abducted|kidnapped|targeted|tués|attaqués|blessés|enlevés|ciblés|pris)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Set<String> FRENCH_STOP =
      Set.of(
          "le", "la", "les", "des", "du", "une", "est", "et", "dans", "qui", "au", "aux", "ont",
          "été", "selon", "pour", "sur");
  private static final Set<String> ENGLISH_STOP =
      Set.of(
          "the", "of", "and", "to", "in", "was", "were", "that", "on", "by", "with", "for", "have",
          "has", "said");

  private final PlaceResolver places;
  private final PlaceMentionFinder placeFinder;
  private final ActorDictionary actors;
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final CasualtyFinder casualtyFinder = new CasualtyFinder();
  private final DateFinder dateFinder = new DateFinder();
  private final EventCues cues = new EventCues();

  /**
   * An extractor that resolves places with {@code places} and actors with the bundled dictionary.
   */
  public RuleBasedExtractor(PlaceResolver places) {
    this(places, ActorDictionary.load());
  }

  /** An extractor with another actor dictionary. */
  public RuleBasedExtractor(PlaceResolver places, ActorDictionary actors) {
    if (places == null) {
      throw new IllegalArgumentException("places is null");
    }
    if (actors == null) {
      throw new IllegalArgumentException("actors is null");
    }
    this.places = places;
    this.placeFinder = new PlaceMentionFinder(places);
    this.actors = actors;
  }

  @Override
  public String version() {
    return VERSION;
  }

  /** The version of the actor dictionary in use. */
  public String actorsVersion() {
    return actors.version();
  }

  /** The language of {@code document}: its declared one, else "fr" or "en" by stop-word count. */
  public static String language(Document document) {
    if (document.language() != null && !document.language().isBlank()) {
      return document.language().toLowerCase(Locale.ROOT).startsWith("fr") ? "fr" : "en";
    }
    int fr = 0;
    int en = 0;
    String text = document.text();
    int limit = Math.min(text.length(), 4000);
    for (String w : text.substring(0, limit).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (FRENCH_STOP.contains(w)) {
        fr++;
      } else if (ENGLISH_STOP.contains(w)) {
        en++;
      }
    }
    return fr > en ? "fr" : "en";
  }

  /** What one sentence says, before it is assigned to an incident. */
  private record Facts(
      Sentence sentence,
      Trigger trigger,
      boolean generic,
      List<CasualtyMention> casualties,
      List<DateMention> dates,
      List<Location> locations,
      List<String> sources,
      CasualtyMention amongTheDead) {}

  /** An incident being assembled; local to one call. */
  private static final class Draft {
    final int paragraph;
    final Draft previous;
    final boolean another;
    final List<Facts> facts = new ArrayList<>();
    // Sentences that only say who reports this incident ("Source: residents.", "Selon un élu
    // local, les assaillants ...").
    final List<Facts> sourceFacts = new ArrayList<>();
    // A coder's note fields before the incident ("Date: 11 April 2024.", "Lieu : Macina."), used
    // when the incident's own sentences give no date or place.
    final List<Facts> labelFacts = new ArrayList<>();
    // Later sentences that name who claimed or is blamed for this incident ("The Islamic State
    // claimed the attack", "Security sources blamed the attack on JNIM").
    final List<Facts> claimFacts = new ArrayList<>();
    // Whether sentences joined this incident after it was built.
    boolean rebuild;

    Draft(int paragraph, Draft previous, boolean another) {
      this.paragraph = paragraph;
      this.previous = previous;
      this.another = another;
    }

    Incident built;
  }

  @Override
  public List<Incident> extract(Document document) {
    if (document == null) {
      throw new IllegalArgumentException("document is null");
    }
    String text = document.text();
    LocalDate published = document.published();
    PlaceContext context = places.contextOf(text);
    String docCountry = context.countryCodes().isEmpty() ? null : context.countryCodes().get(0);
    List<Draft> drafts = new ArrayList<>();
    Map<Integer, String> lastOrganisation = new LinkedHashMap<>();
    Map<Draft, String> paragraphSource = new LinkedHashMap<>();
    Draft current = null;
    boolean eventSince = false;
    List<Facts> pendingLabels = new ArrayList<>();
    List<Sentence> sentences = splitter.split(text);
    for (Sentence s : sentences) {
      if (isHeadline(s, sentences, text, document)) {
        // A headline repeats the story's lead; the body tells the incident with its details.
        noteOrganisations(s, lastOrganisation);
        continue;
      }
      boolean sameParagraph = current != null && current.paragraph == s.paragraph();
      boolean nearby = current != null && s.paragraph() - current.paragraph <= 1;
      Trigger cue = cues.trigger(s.text());
      if (cue == null && FIELD_LABEL.matcher(s.text()).find()) {
        Facts label = facts(s, null, published, context);
        if (!label.dates().isEmpty() || !label.locations().isEmpty()) {
          pendingLabels.add(label);
          noteOrganisations(s, lastOrganisation);
          continue;
        }
      }
      if (cue == null && !nearby) {
        // Neither an event nor a possible follow-up: skip the costly finders.
        noteOrganisations(s, lastOrganisation);
        continue;
      }
      Facts f = facts(s, cue, published, context);
      boolean ownPlace =
          f.locations().stream().anyMatch(l -> l.precision() != LocationPrecision.COUNTRY);
      boolean anchored = !f.casualties().isEmpty() || !f.dates().isEmpty() || ownPlace;
      Trigger t = f.trigger();
      boolean quoted = QUOTED.matcher(s.text()).find();
      boolean followUp = sameParagraph && FOLLOW_UP_START.matcher(s.text()).find();
      // "Dozens were killed", "32 civilians had been killed": figures for the incident just told.
      boolean figuresOnly =
          nearby
              && !f.casualties().isEmpty()
              && (t == null || (WEAK_TRIGGER.matcher(t.text()).matches() && !t.another()))
              && !ownPlace
              && f.dates().stream().noneMatch(d -> d.date() != null);
      int before = drafts.size();
      int factsBefore = current == null ? -1 : current.facts.size();
      Draft was = current;
      if (f.generic()) {
        // Background and aggregates never open nor extend an incident.
      } else if (followUp && (t == null || !t.another())) {
        // "They arrested 25 ...", "Ils ont également enlevé ...": the same incident goes on.
        current.facts.add(f);
      } else if (t != null
          && t.anaphoric()
          && current != null
          && !BACK_TO_ALL.matcher(s.text()).find()) {
        // "The attack ...": the incident told before, never a new one.
        if (sameParagraph || (nearby && !anchored)) {
          current.facts.add(f);
        }
      } else if (nearby && !anchored && t == null && BLAME.matcher(s.text()).find()) {
        // "The sources blamed JNIM fighters": the perpetrator of the incident just told.
        current.facts.add(f);
      } else if (figuresOnly) {
        current.facts.add(f);
      } else if (t != null && !quoted && (anchored || (t.another() && current != null))) {
        current = new Draft(s.paragraph(), current, t.another());
        current.facts.add(f);
        current.labelFacts.addAll(pendingLabels);
        pendingLabels.clear();
        drafts.add(current);
        // The organisation named last before the incident, in its paragraph or earlier (a
        // report's header, "Human Rights Watch said" in the previous paragraph).
        String org = lastOrganisation.get(s.paragraph());
        for (int p = s.paragraph() - 1; org == null && p >= 0; p--) {
          org = lastOrganisation.get(p);
        }
        if (org != null) {
          paragraphSource.put(current, org);
        }
      }
      boolean consumed =
          drafts.size() != before || (was != null && was.facts.size() != factsBefore);
      if (!consumed
          && was != null
          && f.casualties().isEmpty()
          && (CLAIM.matcher(s.text()).find()
              || BLAME.matcher(s.text()).find()
                  && f.dates().stream().noneMatch(x -> x.date() != null))
          && BACK_TO_ONE.matcher(s.text()).find()
          && s.paragraph() - was.paragraph <= 2) {
        // "L'État islamique au Sahel a revendiqué l'attaque" in the next paragraph: who did the
        // incident just told, even when the sentence also names the area.
        was.claimFacts.add(f);
        consumed = true;
      }
      if (!consumed && was != null && !f.sources().isEmpty()) {
        attachSources(f, s, was, drafts, !eventSince);
      }
      // Whether an event sentence that joined no incident came since the open incident's last one.
      eventSince = !consumed && (eventSince || t != null);
      noteOrganisations(s, lastOrganisation);
    }
    mergeRetellings(drafts);
    List<Incident> out = new ArrayList<>();
    Provenance provenance = new Provenance(VERSION, places.version(), actors.version());
    for (Draft d : drafts) {
      d.built = build(d, document, docCountry, paragraphSource.get(d), provenance);
    }
    foldSummaries(drafts, paragraphSource);
    for (Draft d : drafts) {
      if (d.rebuild) {
        d.built = build(d, document, docCountry, paragraphSource.get(d), provenance);
      }
    }
    for (Draft d : drafts) {
      if (!duplicate(d, out)) {
        out.add(d.built);
      }
    }
    return List.copyOf(out);
  }

  private static final PrefilteredPattern FIELD_LABEL =
      PrefilteredPattern.compile(
          "^\\W*(?:date|lieu|location|place|localit[ée]|localisation|where|when)\\s*:",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final PrefilteredPattern DISTANCE =
      PrefilteredPattern.compile(
          "\\b(?:km|kms|kilom[eè]t(?:er|re)s?|miles?)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // A settlement said to lie a few kilometres from a town cannot be farther than this from it.
  private static final double ANCHOR_KM = 100;

  /** A location and the sentence that names it. */
  private record Placed(Facts facts, Location location) {}

  // The most precise location the sentences name, the first of equals, leaving out places that
  // contradict the document's country.
  private static Placed mostPrecise(List<Facts> facts, String docCountry) {
    Placed best = null;
    for (Facts f : facts) {
      for (Location l : f.locations()) {
        if ((best == null || l.precision().ordinal() < best.location().precision().ordinal())
            && !foreignNamesake(l, f.locations(), docCountry)) {
          best = new Placed(f, l);
        }
      }
    }
    return best;
  }

  // "à Kompa, dans la commune de Karimama (département de l'Alibori)" in a Benin story, with only
  // a Kompa of Niger in the gazetteer: a place abroad whose own sentence names a division of the
  // document's country and none of the place's country is a namesake; the division stands.
  private static boolean foreignNamesake(Location l, List<Location> sentence, String docCountry) {
    if (l.precision() != LocationPrecision.PLACE
        || docCountry == null
        || docCountry.equals(l.countryCode())) {
      return false;
    }
    List<String> divisionCountries =
        sentence.stream()
            .filter(
                d ->
                    d.precision() == LocationPrecision.ADMIN1
                        || d.precision() == LocationPrecision.ADMIN2)
            .map(Location::countryCode)
            .toList();
    return divisionCountries.contains(docCountry) && !divisionCountries.contains(l.countryCode());
  }

  // The town a sentence measures from: "15 km from Djibo", "near Djibo", "dans la commune de
  // Djibo".
  private static Location distanceAnchor(Facts facts) {
    String st = facts.sentence().text();
    for (Location l : facts.locations()) {
      if (l.text() == null || l.lat() == null) {
        continue;
      }
      if (DISTANCE.matcher(l.text()).find()) {
        return l;
      }
      int at = st.indexOf(l.text());
      if (at > 0 && NEAR_BEFORE.matcher(st.substring(Math.max(0, at - 30), at)).find()) {
        return l;
      }
    }
    return null;
  }

  private static final PrefilteredPattern NEAR_BEFORE =
      PrefilteredPattern.compile(
          "\\b(?:near|close to|outside|outskirts of|près d[e'’]|proche d[e'’]|non loin d[e'’]|proximité d[e'’]|environs d[e'’]|abords d[e'’]|commune d[e'’]|commune rurale d[e'’])\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static boolean tooFar(Location place, Location anchor) {
    if (place.lat() == null || place.precision() != LocationPrecision.PLACE) {
      return false;
    }
    return place.kmTo(anchor) > ANCHOR_KM;
  }

  private static final PrefilteredPattern BACK_TO_ONE =
      PrefilteredPattern.compile(
          "\\b(?:the|this|that|cette|ce|cet|l['’]|la|le|les)\\s*(?:attack|attackers|assailants|gunmen|fighters|soldiers|militiamen|raid|strike|bombing|killings?|massacre|victims|dead|abductors|kidnappers|attaque|attentat|assaillants|ravisseurs|hommes armés|soldats|militaires|combattants|frappe|tuerie|victimes|morts|incident)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final PrefilteredPattern BACK_TO_ALL =
      PrefilteredPattern.compile(
          "\\b(?:these|those|both|ces|les deux)\\s+(?:incidents|attacks|attaques|killings|tueries|strikes|frappes|events|faits|massacres)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  // A sentence that opens nothing but names who reports: a coder's "Source: residents." right
  // after the item, "Selon un élu local, les assaillants ..." about the incident just told, or
  // "Ces incidents, rapportés par des élus locaux, ..." about every incident of the paragraph.
  private static void attachSources(
      Facts f, Sentence s, Draft current, List<Draft> drafts, boolean rightAfter) {
    String st = s.text();
    if (BACK_TO_ALL.matcher(st).find()) {
      for (Draft d : drafts) {
        if (d.paragraph == s.paragraph() || d.paragraph == current.paragraph) {
          d.sourceFacts.add(f);
        }
      }
    } else if (current.paragraph == s.paragraph()
        && (rightAfter && Reporters.SOURCE_LABEL.matcher(st).find()
            || BACK_TO_ONE.matcher(st).find())) {
      current.sourceFacts.add(f);
    }
  }

  // The same event told twice ("on Monday ... in the Tenenkou circle" then "on Monday ... in
  // Diafarabe"): same day, and places that do not name two different towns.
  private void mergeRetellings(List<Draft> drafts) {
    for (int i = drafts.size() - 1; i > 0; i--) {
      Draft later = drafts.get(i);
      if (later.another) {
        continue;
      }
      Count lk = firstKilled(later);
      if (lk != null && firstDate(later) == null && towns(later).isEmpty()) {
        // "the 37 people killed", told again without a date or place: the same incident.
        for (int j = 0; j < i; j++) {
          Count ek = firstKilled(drafts.get(j));
          if (ek != null
              && java.util.Objects.equals(ek.min(), lk.min())
              && java.util.Objects.equals(ek.max(), lk.max())) {
            drafts.get(j).facts.addAll(later.facts);
            drafts.get(j).sourceFacts.addAll(later.sourceFacts);
            drafts.remove(i);
            break;
          }
        }
        continue;
      }
      IncidentDate ld = firstDate(later);
      if (ld == null) {
        continue;
      }
      for (int j = 0; j < i; j++) {
        Draft earlier = drafts.get(j);
        IncidentDate ed = firstDate(earlier);
        if (ed != null && ed.equals(ld) && placesCompatible(earlier, later)) {
          earlier.facts.addAll(later.facts);
          earlier.sourceFacts.addAll(later.sourceFacts);
          drafts.remove(i);
          break;
        }
      }
    }
  }

  /**
   * A report's lead often sums up an incident it then tells in detail ("soldiers executed at least
   * 17 men in the Ségou region in March", then "On 3 March, soldiers ... in Nampala"). Such a
   * summary, dated to a month and placed in a region, is not an incident of its own when a later
   * incident of that month and region shares a perpetrator: it only says who reports the detailed
   * one. Only the lead's sources carry over, so that the other events it sums up ("and a drone
   * strike killed eight") do not leak into the detailed incident.
   */
  private static void foldSummaries(List<Draft> drafts, Map<Draft, String> paragraphSource) {
    for (int i = 0; i < drafts.size(); i++) {
      Incident summary = drafts.get(i).built;
      for (int j = i + 1; j < drafts.size(); j++) {
        if (summarises(summary, drafts.get(j).built)) {
          Draft lead = drafts.remove(i);
          Draft detail = drafts.get(j - 1);
          detail.sourceFacts.addAll(lead.facts);
          detail.sourceFacts.addAll(lead.sourceFacts);
          String org = paragraphSource.get(lead);
          if (org != null) {
            paragraphSource.putIfAbsent(detail, org);
          }
          detail.rebuild = true;
          i--;
          break;
        }
      }
    }
  }

  private static boolean summarises(Incident lead, Incident detail) {
    Location l = lead.location();
    Location d = detail.location();
    org.harmwatch.core.model.DatePrecision coarse =
        lead.date() == null ? null : lead.date().precision();
    boolean sharedPerpetrator =
        lead.perpetrators().stream()
            .map(Actor::name)
            .anyMatch(n -> detail.perpetrators().stream().anyMatch(a -> a.name().equals(n)));
    // "alarmed by the killing of civilians in western Niger this week": an allusion with neither
    // perpetrator nor toll.
    boolean allusion = lead.perpetrators().isEmpty() && lead.casualties().killed() == null;
    return (coarse == org.harmwatch.core.model.DatePrecision.MONTH
            || coarse == org.harmwatch.core.model.DatePrecision.WEEK)
        && detail.date() != null
        && detail.date().precision() == org.harmwatch.core.model.DatePrecision.DAY
        && !detail.date().start().isBefore(lead.date().start())
        && !detail.date().end().isAfter(lead.date().end())
        && l != null
        && d != null
        && (l.precision() == LocationPrecision.ADMIN1 || l.precision() == LocationPrecision.REGION)
        && java.util.Objects.equals(l.countryCode(), d.countryCode())
        && (l.admin1() == null ? allusion : l.admin1().equals(d.admin1()))
        && (sharedPerpetrator || allusion);
  }

  private static Count firstKilled(Draft d) {
    for (Facts f : d.facts) {
      for (CasualtyMention c : f.casualties()) {
        if (c.kind() == CasualtyKind.KILLED) {
          return c.count();
        }
      }
    }
    return null;
  }

  private static IncidentDate firstDate(Draft d) {
    for (Facts f : d.facts) {
      for (DateMention dm : f.dates()) {
        if (dm.date() != null
            && dm.date().precision() == org.harmwatch.core.model.DatePrecision.DAY) {
          return new IncidentDate(dm.date().start(), dm.date().end(), dm.date().precision(), null);
        }
        return null;
      }
    }
    return null;
  }

  private static boolean placesCompatible(Draft a, Draft b) {
    Set<String> ta = towns(a);
    Set<String> tb = towns(b);
    if (ta.isEmpty() || tb.isEmpty()) {
      return true;
    }
    for (String x : ta) {
      if (tb.contains(x)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> towns(Draft d) {
    Set<String> out = new LinkedHashSet<>();
    for (Facts f : d.facts) {
      for (Location l : f.locations()) {
        if (l.precision() == LocationPrecision.PLACE && l.name() != null) {
          out.add(l.name());
        }
      }
    }
    return out;
  }

  private static boolean isHeadline(Sentence s, List<Sentence> all, String text, Document doc) {
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

  private static void noteOrganisations(Sentence s, Map<Integer, String> lastOrganisation) {
    List<String> orgs = Reporters.organisations(s.text());
    if (!orgs.isEmpty()) {
      lastOrganisation.put(s.paragraph(), orgs.get(orgs.size() - 1));
    }
  }

  private Facts facts(Sentence s, Trigger trigger, LocalDate published, PlaceContext context) {
    String st = s.text();
    List<CasualtyMention> cas = new ArrayList<>(casualtyFinder.find(st));
    CasualtyMention lone = casualtyFinder.loneVictim(st);
    if (lone != null && cas.stream().noneMatch(c -> c.kind() == lone.kind())) {
      cas.add(lone);
    }
    List<DateMention> dates = new ArrayList<>();
    for (DateMention dm : dateFinder.find(st, published)) {
      if (!datesReport(st, dm, trigger)) {
        dates.add(dm);
      }
    }
    List<Location> locations = new ArrayList<>();
    for (PlaceMention pm : placeFinder.find(st, s.start())) {
      places.resolve(pm, context).ifPresent(locations::add);
    }
    return new Facts(
        s,
        trigger,
        cues.isGeneric(st),
        cas,
        dates,
        locations,
        Reporters.sources(st),
        casualtyFinder.amongTheDead(st));
  }

  private static final Set<String> STATE_ONLY_AIR_POWER = Set.of("ML", "BF", "NE");

  // "BAMAKO, ", "SOKOTO, Nigeria, ", "GENEVA (" before the date of a dateline.
  private static final PrefilteredPattern DATELINE =
      PrefilteredPattern.compile(
          "^\\p{Lu}[\\p{Lu} ]+(?:,\\s*\\p{Lu}[\\p{L}'’ -]{1,30})?(?:,\\s*|\\s*\\(\\s*)$");
  // " (Sahel Wire) - ", ") – " after it.
  private static final PrefilteredPattern DASH =
      PrefilteredPattern.compile("^\\s*\\)?\\s*(?:\\([^()]{1,40}\\)\\s*)?[-–—]");
  private static final PrefilteredPattern THAT =
      PrefilteredPattern.compile("\\b(?:that|que|qu['’])\\b");

  // "Earlier this week, Amnesty reported that ...", "said on Thursday", "declared mourning on
  // Monday after the attack" and datelines ("BAMAKO, March 18 -") date the report, not the event.
  private static boolean datesReport(String sentence, DateMention d, Trigger trigger) {
    if (DATELINE.matcher(sentence.substring(0, d.start())).find()
        && DASH.matcher(sentence.substring(d.end())).find()) {
      return true;
    }
    for (int[] r : Reporters.reportingVerbs(sentence)) {
      if (trigger != null && r[0] >= d.end() && r[1] <= trigger.start()) {
        return true;
      }
      if (r[1] <= d.start() && d.start() - r[1] <= 4) {
        return true;
      }
      if (trigger != null
          && r[1] <= d.start()
          && d.end() <= trigger.start()
          && !THAT.matcher(sentence.substring(r[1], d.start())).find()) {
        return true;
      }
    }
    return false;
  }

  private Incident build(
      Draft d, Document doc, String docCountry, String paragraphOrg, Provenance provenance) {
    Map<Facts, Set<String>> fields = new LinkedHashMap<>();
    for (Facts f : d.facts) {
      fields.put(f, new LinkedHashSet<>());
    }
    Facts first = d.facts.get(0);
    fields.get(first).add("event_type");
    StringBuilder all = new StringBuilder();
    for (Facts f : d.facts) {
      all.append(f.sentence().text()).append(' ');
    }
    String joined = all.toString();

    // Location: the most precise one named; "another strike" keeps the previous place.
    Placed placed = mostPrecise(d.facts, docCountry);
    if (placed != null) {
      Location anchor = distanceAnchor(placed.facts());
      if (anchor != null && placed.location() != anchor && tooFar(placed.location(), anchor)) {
        // "the village of X, 15 km from Djibo" with an X that the gazetteer knows only 100 km
        // away: a namesake, not the village meant; the town it is measured from is sure.
        placed = new Placed(placed.facts(), anchor);
      }
    } else {
      placed = mostPrecise(d.labelFacts, docCountry);
      if (placed != null) {
        fields.put(placed.facts(), new LinkedHashSet<>());
      }
    }
    Location location = placed == null ? null : placed.location();
    Facts locationSource = placed == null ? null : placed.facts();
    if (locationSource != null) {
      fields.get(locationSource).add("location");
    } else if (d.previous != null
        && d.previous.built != null
        && d.previous.paragraph == d.paragraph
        && (d.another || first.dates().stream().anyMatch(DateMention::relativeToPrevious))) {
      location = d.previous.built.location();
    }
    String country =
        location != null && location.countryCode() != null ? location.countryCode() : docCountry;

    // Date.
    IncidentDate date = null;
    outer:
    for (Facts f : d.facts) {
      for (DateMention dm : f.dates()) {
        fields.get(f).add("date");
        if (dm.relativeToPrevious()) {
          IncidentDate prev =
              d.previous == null || d.previous.built == null ? null : d.previous.built.date();
          date =
              prev == null || prev.precision() != org.harmwatch.core.model.DatePrecision.DAY
                  ? null
                  : IncidentDate.day(prev.start().plusDays(dm.daysAfterPrevious()), dm.text());
        } else {
          date = dm.date();
        }
        break outer;
      }
    }

    if (date == null) {
      for (Facts label : d.labelFacts) {
        DateMention dm =
            label.dates().stream().filter(x -> x.date() != null).findFirst().orElse(null);
        if (dm != null) {
          date = dm.date();
          fields.computeIfAbsent(label, k -> new LinkedHashSet<>()).add("date");
          break;
        }
      }
    }

    // Casualties: the first figure of each kind is kept (primary attribution first).
    Map<CasualtyKind, CasualtyMention> figures = new LinkedHashMap<>();
    boolean bodiesFound = false;
    String bodiesText = null;
    for (Facts f : d.facts) {
      Set<CasualtyKind> seenHere = new java.util.HashSet<>();
      for (CasualtyMention c : f.casualties()) {
        if (!seenHere.add(c.kind())) {
          continue; // within a sentence the first figure of a kind is the one the verb governs
        }
        CasualtyMention before = figures.get(c.kind());
        figures.put(c.kind(), before == null ? c : combine(before, c));
        fields.get(f).add("casualties." + c.kind().name().toLowerCase(Locale.ROOT));
      }
      java.util.regex.Matcher bm = BODIES_FOUND.matcher(f.sentence().text());
      if (bm.find()) {
        bodiesFound = true;
        bodiesText = bm.group();
        fields.get(f).add("casualties.killed");
      }
    }
    CasualtyMention killed = figures.get(CasualtyKind.KILLED);
    CasualtyMention detained = figures.get(CasualtyKind.DETAINED);
    Count killedCount = killed == null ? null : killed.count();
    Integer children = killed == null ? null : killed.children();
    Integer women = killed == null ? null : killed.women();
    // "Parmi les victimes figuraient au moins huit enfants": a sub-count of the toll told before,
    // taken only when it fits within that toll.
    for (Facts f : d.facts) {
      CasualtyMention among = f.amongTheDead();
      if (among == null || killedCount == null) {
        continue;
      }
      if (children == null && within(among.children(), killedCount)) {
        children = among.children();
        fields.get(f).add("casualties.killed");
      }
      if (women == null && within(among.women(), killedCount)) {
        women = among.women();
        fields.get(f).add("casualties.killed");
      }
    }
    // Bodies found after a detention: the detained were killed.
    if (killedCount == null && bodiesFound && detained != null) {
      killedCount = new Count(detained.count().min(), detained.count().max(), bodiesText);
      children = detained.children();
      women = detained.women();
    }
    Casualties casualties =
        new Casualties(
            killedCount,
            count(figures.get(CasualtyKind.INJURED)),
            count(detained),
            count(figures.get(CasualtyKind.MISSING)),
            children,
            women);

    // Event type.
    Set<SubEventType> types = cues.types(joined);
    SubEventType sub = subType(types, first.trigger(), casualties, joined);

    // Actors, by their place in the sentence.
    Map<String, Actor> perpetrators = new LinkedHashMap<>();
    Map<String, Actor> targets = new LinkedHashMap<>();
    for (Facts f : d.facts) {
      String st = f.sentence().text();
      for (ActorDictionary.Match m : actors.find(st, country)) {
        String before = st.substring(Math.max(0, m.start() - 40), m.start());
        // "were killed by JNIM fighters": the agent of a passive is the perpetrator.
        if (NEUTRAL_BEFORE.matcher(before).find()) {
          continue;
        }
        boolean agent = AGENT_BEFORE.matcher(before).find();
        boolean target =
            !agent
                && (TARGET_BEFORE.matcher(before).find()
                    || TARGET_AFTER.matcher(st.substring(m.end())).find()
                    || DEFENDER_AFTER.matcher(st.substring(m.end())).find()
                    || UNIT_ATTACKED
                        .matcher(st.substring(Math.max(0, m.start() - 90), m.start()))
                        .find());
        for (Actor a : m.actors()) {
          (target ? targets : perpetrators).putIfAbsent(a.name(), a);
        }
        fields.get(f).add(target ? "targets" : "perpetrators");
      }
    }
    for (Facts f : d.claimFacts) {
      List<Actor> named = claimedOrBlamed(f.sentence().text(), country);
      if (!named.isEmpty()) {
        perpetrators.remove("Unidentified Armed Group");
        named.forEach(a -> perpetrators.putIfAbsent(a.name(), a));
        fields.computeIfAbsent(f, k -> new LinkedHashSet<>()).add("perpetrators");
      }
    }
    // "Unidentified Armed Group" only when no named perpetrator does the deed.
    if (perpetrators.size() > 1) {
      perpetrators.remove("Unidentified Armed Group");
    }
    // Only state forces fly armed drones and aircraft in Mali, Burkina Faso and Niger (guideline
    // 6); elsewhere an unattributed strike keeps no perpetrator rather than a guessed one.
    if (perpetrators.isEmpty()
        && sub == SubEventType.AIR_DRONE_STRIKE
        && country != null
        && STATE_ONLY_AIR_POWER.contains(country)) {
      Actor state = ActorDictionary.stateForces(country, first.trigger().text());
      if (state != null) {
        perpetrators.put(state.name(), state);
      }
    }
    boolean civilians = d.facts.stream().anyMatch(f -> cues.mentionsCivilians(f.sentence().text()));
    if (civilians && sub != SubEventType.ARMED_CLASH) {
      targets.putIfAbsent("Civilians", Actor.civilians(null));
      for (Facts f : d.facts) {
        if (cues.mentionsCivilians(f.sentence().text())) {
          fields.get(f).add("targets");
          break;
        }
      }
    }
    if (sub == SubEventType.ATTACK
        && !targets.containsKey("Civilians")
        && targets.values().stream().anyMatch(a -> a.type() != ActorType.CIVILIANS)) {
      sub = SubEventType.ARMED_CLASH;
    }

    // Weapons.
    List<String> weapons = new ArrayList<>(cues.weapons(joined));
    if (sub == SubEventType.AIR_DRONE_STRIKE
        && !weapons.contains("drone")
        && !weapons.contains("airstrike")) {
      weapons.add(0, paragraphMentionsDrone(doc, d) ? "drone" : "airstrike");
    }

    // Sources.
    Set<String> reporters = new LinkedHashSet<>();
    for (Facts f : d.facts) {
      if (!f.sources().isEmpty()) {
        addSources(f.sources(), country, reporters);
        fields.get(f).add("reported_by");
      }
    }
    for (Facts f : d.facts) {
      // "JNIM claimed the abduction of 48 passengers near Boni": the claim tells the facts, unless
      // the sentence names who else does ("... 17 were killed, the governor said").
      if (f.sources().isEmpty() && (!f.casualties().isEmpty() || !f.locations().isEmpty())) {
        List<String> claimants = claimants(f.sentence().text(), country);
        if (!claimants.isEmpty()) {
          reporters.addAll(claimants);
          fields.get(f).add("reported_by");
        }
      }
    }
    for (Facts f : d.claimFacts) {
      List<String> claimants = claimants(f.sentence().text(), country);
      if (!claimants.isEmpty()) {
        reporters.addAll(claimants);
        fields.computeIfAbsent(f, k -> new LinkedHashSet<>()).add("reported_by");
      }
    }
    for (Facts f : d.sourceFacts) {
      int sizeBefore = reporters.size();
      addSources(f.sources(), country, reporters);
      if (reporters.size() != sizeBefore) {
        fields.computeIfAbsent(f, k -> new LinkedHashSet<>()).add("reported_by");
      }
    }
    if (reporters.isEmpty() && paragraphOrg != null) {
      reporters.add(paragraphOrg);
    }
    if (reporters.isEmpty()
        && d.previous != null
        && d.previous.built != null
        && (d.another || d.previous.paragraph == d.paragraph)) {
      reporters.addAll(d.previous.built.reportedBy());
    }

    List<Evidence> evidence = new ArrayList<>();
    for (Map.Entry<Facts, Set<String>> e : fields.entrySet()) {
      Sentence s = e.getKey().sentence();
      evidence.add(new Evidence(s.start(), s.end(), s.text(), List.copyOf(e.getValue())));
    }
    evidence.sort(java.util.Comparator.comparingInt(Evidence::start));
    double confidence = 0.4;
    confidence += date != null ? 0.1 : 0;
    confidence += location != null ? 0.15 : 0;
    confidence += !perpetrators.isEmpty() ? 0.1 : 0;
    confidence += !casualties.isEmpty() ? 0.15 : 0;
    confidence += !reporters.isEmpty() ? 0.05 : 0;
    return new Incident(
        null,
        DocumentRef.of(doc),
        sub.eventType(),
        sub,
        date,
        location,
        List.copyOf(perpetrators.values()),
        List.copyOf(targets.values()),
        casualties,
        weapons,
        List.copyOf(reporters),
        evidence,
        Math.min(0.95, confidence),
        provenance);
  }

  // The government and the army are named after the incident's country; unknown country, no name.
  private static void addSources(List<String> sources, String country, Set<String> out) {
    for (String source : sources) {
      if (source.equals(Reporters.GOVERNMENT) || source.equals(Reporters.STATE_FORCES)) {
        Actor state = ActorDictionary.stateForces(country, source);
        if (state != null) {
          out.add(
              source.equals(Reporters.STATE_FORCES)
                  ? state.name()
                  : state.name().replace("Military Forces of ", "Government of "));
        }
      } else {
        out.add(source);
      }
    }
  }

  private static final PrefilteredPattern CLAIM =
      PrefilteredPattern.compile(
          "\\b(?:(?:has |have |had )?claimed(?: responsibility)?|claims responsibility|(?:a|ont|avait) revendiqué|revendique)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final PrefilteredPattern CLAIMED_BY =
      PrefilteredPattern.compile(
          "\\b(?:claimed by|revendiquée? par)\\s+(?:the\\s+|l['’]|le\\s+|la\\s+)?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  // The named groups that claim the event told in {@code sentence}: the subject of "claimed" or
  // the agent of "claimed by"; never an unnamed group or the state.
  // The named groups a claim or blame sentence says did it: the claimant, or who is blamed
  // ("blamed the attack on JNIM", "attribuée à l'EI"); never generic or state mentions.
  private List<Actor> claimedOrBlamed(String sentence, String country) {
    List<ActorDictionary.Match> found = actors.find(sentence, country);
    List<Actor> out = new ArrayList<>();
    for (String name : claimants(sentence, country)) {
      found.stream()
          .flatMap(m -> m.actors().stream())
          .filter(a -> a.name().equals(name))
          .findFirst()
          .ifPresent(out::add);
    }
    if (out.isEmpty() && BLAME.matcher(sentence).find()) {
      for (ActorDictionary.Match m : found) {
        for (Actor a : m.actors()) {
          if (a.type() != ActorType.UNKNOWN && a.type() != ActorType.STATE_FORCES) {
            out.add(a);
          }
        }
      }
    }
    return out;
  }

  private List<String> claimants(String sentence, String country) {
    Matcher cm = CLAIM.matcher(sentence);
    boolean claim = cm.find();
    List<String> out = new ArrayList<>();
    for (ActorDictionary.Match m : actors.find(sentence, country)) {
      boolean subject =
          claim
              && m.end() <= cm.start()
              && cm.start() - m.end() <= 40
              && sentence.substring(m.end(), cm.start()).indexOf(',') < 0;
      boolean agent =
          CLAIMED_BY.matcher(sentence.substring(Math.max(0, m.start() - 30), m.start())).find();
      if (subject || agent) {
        for (Actor a : m.actors()) {
          if (a.type() != ActorType.UNKNOWN && a.type() != ActorType.STATE_FORCES) {
            out.add(a.name());
          }
        }
      }
    }
    return out;
  }

  // Figures given by different sentences (often different sources) are combined as a range: the
  // lowest minimum and the highest maximum, an open maximum winning; sub-counts keep the largest.
  private static CasualtyMention combine(CasualtyMention a, CasualtyMention b) {
    Count x = a.count();
    Count y = b.count();
    // "several" or "a man" next to a real figure adds nothing: the figure stands.
    if (vague(y)) {
      return a;
    }
    if (vague(x)) {
      return b;
    }
    // "two nephews died" beside "dozens were killed" counts a part of the victims, not another
    // toll.
    if (y.max() != null && x.min() != null && y.max() * 2 < x.min()) {
      return a;
    }
    if (x.max() != null && y.min() != null && x.max() * 2 < y.min()) {
      return b;
    }
    Integer min =
        x.min() == null || y.min() == null ? null : Integer.valueOf(Math.min(x.min(), y.min()));
    if (min == null) {
      min = x.min() != null ? x.min() : y.min();
    }
    Integer max = x.max() == null || y.max() == null ? null : Math.max(x.max(), y.max());
    if (min != null && max != null && max < min) {
      max = null;
    }
    Integer children = larger(a.children(), b.children());
    Integer women = larger(a.women(), b.women());
    return new CasualtyMention(
        a.kind(), new Count(min, max, x.text()), a.start(), a.end(), children, women);
  }

  private static boolean within(Integer part, Count toll) {
    return part != null && (toll.max() != null ? part <= toll.max() : toll.min() != null);
  }

  private static boolean vague(Count c) {
    return c.max() == null && c.min() != null && c.min() <= 2;
  }

  private static Integer larger(Integer a, Integer b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : Integer.valueOf(Math.max(a, b));
  }

  private static Count count(CasualtyMention m) {
    return m == null ? null : m.count();
  }

  private static boolean paragraphMentionsDrone(Document doc, Draft d) {
    String s = d.facts.get(0).sentence().text().toLowerCase(Locale.ROOT);
    int from = Math.max(0, d.facts.get(0).sentence().start() - 600);
    String before =
        doc.text().substring(from, d.facts.get(0).sentence().start()).toLowerCase(Locale.ROOT);
    int para = before.lastIndexOf("\n\n");
    String window = para >= 0 ? before.substring(para) : before;
    return s.contains("drone") || window.contains("drone");
  }

  private static SubEventType subType(
      Set<SubEventType> types, Trigger trigger, Casualties c, String text) {
    for (SubEventType t :
        List.of(
            SubEventType.SUICIDE_BOMB,
            SubEventType.AIR_DRONE_STRIKE,
            SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK,
            SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
            SubEventType.SEXUAL_VIOLENCE)) {
      if (types.contains(t)) {
        return t;
      }
    }
    if (types.contains(SubEventType.ARMED_CLASH) && trigger.hint() == SubEventType.ARMED_CLASH) {
      return SubEventType.ARMED_CLASH;
    }
    if (types.contains(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE) && c.killed() == null) {
      return SubEventType.ABDUCTION_FORCED_DISAPPEARANCE;
    }
    return SubEventType.ATTACK;
  }

  // The same event told twice: same kind, same place, compatible dates and figures.
  private static boolean duplicate(Draft d, List<Incident> kept) {
    if (d.another || d.built.location() == null) {
      return false;
    }
    Incident a = d.built;
    for (int i = 0; i < kept.size(); i++) {
      Incident b = kept.get(i);
      if (b.subEventType() == a.subEventType()
          && b.location() != null
          && a.location().name() != null
          && a.location().name().equals(b.location().name())
          && a.location().precision() == LocationPrecision.PLACE
          && compatible(a.date(), b.date())
          && compatible(a.casualties().killed(), b.casualties().killed())) {
        return true;
      }
    }
    return false;
  }

  private static boolean compatible(Object x, Object y) {
    if (x == null || y == null) {
      return true;
    }
    if (x instanceof Count a && y instanceof Count b) {
      return java.util.Objects.equals(a.min(), b.min())
          && java.util.Objects.equals(a.max(), b.max());
    }
    if (x instanceof IncidentDate a && y instanceof IncidentDate b) {
      return a.start().equals(b.start()) && a.end().equals(b.end());
    }
    return x.equals(y);
  }
}

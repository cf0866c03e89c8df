package org.harmwatch.nlp;

import static org.harmwatch.nlp.DiscourseCues.BACK_TO_ALL;
import static org.harmwatch.nlp.DiscourseCues.BACK_TO_ONE;
import static org.harmwatch.nlp.DiscourseCues.BLAME;
import static org.harmwatch.nlp.DiscourseCues.CLAIM;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.harmwatch.core.geo.PlaceContext;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.LocationPrecision;
import org.harmwatch.core.pipeline.Cancellation;
import org.harmwatch.nlp.event.Trigger;
import org.harmwatch.nlp.text.PrefilteredPattern;
import org.harmwatch.nlp.text.Sentence;

/**
 * The segmentation stage: groups a document's sentences into incident drafts.
 *
 * <p>A sentence opens an incident when it names a violent event that is not a reference back ("a
 * raid", "two drone strikes", "another strike") and anchors it with a figure, a date, a place below
 * country level or, for "another", a previous incident; background and aggregate statements ("since
 * 2021", "this year") never do. A later sentence of the same paragraph that starts with a pronoun
 * or connector ("They", "Additionally", "Ils"), refers back to the event ("the bombing",
 * "l'attaque") or only adds figures is merged into the open incident. Headlines are skipped;
 * coder's field labels, later claims and source lines are kept beside the incident they concern.
 */
final class Segmenter {
  private static final PrefilteredPattern FOLLOW_UP_START =
      PrefilteredPattern.compile(
          "^[\"“«]?\\s*(?:They|It|He|She|Additionally|Moreover|Also|In addition|Furthermore|The victims|The dead|The bodies|Among (?:them|the)|Of (?:them|those)|The (?:attackers|assailants|gunmen|soldiers|survivors)|According to the|Ils|Elles|Il|Parmi|En outre|Par ailleurs|De plus|Les victimes|Les corps|Les assaillants|Selon le)\\b");
  // Quoted speech: opens with a quote, or ends in one followed by "he said".
  static final PrefilteredPattern QUOTED =
      PrefilteredPattern.compile(
          "^[\"“«]|[\"”»],?\\s+(?:he|she|they|il|elle|an?|the|one|un|une)\\b[^.]{0,40}?\\b(?:said|says|told|added|recalled|explained|déclare|a déclaré|a dit|a ajouté|raconte|a raconté|explique)\\b");
  private static final PrefilteredPattern WEAK_TRIGGER =
      PrefilteredPattern.compile(
          "(?i)killed|killing|executed|tués?|tuées?|exécutés?|arrested|detained|arrêtés?|burned|incendiés?|wounded|injured|wounding|injuring|blessés?|deaths?|dead|died|fatalit(?:y|ies)|morts?|décès|décédée?s?");

  // An arrest or detention by the authorities: not an incident of the real gold (ACLED codes it as
  // a strategic development) unless the sentence also tells an abduction or violence.
  private static final PrefilteredPattern ARREST_TRIGGER =
      PrefilteredPattern.compile(
          "(?i)arrest(?:ed|s)?|detained|arrêtée?s?|interpellée?s?", Pattern.UNICODE_CASE);
  private static final PrefilteredPattern NOT_ONLY_ARREST =
      PrefilteredPattern.compile(
          "\\b(?:abduct(?:ed|ion|ions|s)?|kidnapp(?:ed|ing)|kidnaps?|disappear(?:ed|ance|ances)?|whereabouts|incommunicado|enlevée?s?|enlèvements?|disparue?s?|disparitions?|beat(?:en|ing)?|tortur(?:e|ed|ing)|frappée?s?|battue?s?|killed|tuée?s?|shot|abattue?s?|bod(?:y|ies)|dead|died|corpses?|executed|exécutée?s?|morts?|décédée?s?|corps|cadavres?|sans vie)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  // "..., précise le communiqué de l'armée": the statement that told the incident just before.
  private static final PrefilteredPattern BACK_TO_STATEMENT =
      PrefilteredPattern.compile(
          "\\b(?:le|ce|the|this|that|its) (?:communiqué|statement|press release|bilan)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final PrefilteredPattern AFTERMATH =
      PrefilteredPattern.compile(
          "(?i)(?:wounded|injured|wounding|injuring|blessée?s?|bod(?:y|ies)\\b.*|found dead)",
          Pattern.UNICODE_CASE);

  private final SentenceAnnotator annotator;

  /** A segmenter that annotates the sentences it needs with {@code annotator}. */
  Segmenter(SentenceAnnotator annotator) {
    this.annotator = annotator;
  }

  /** The incident drafts that {@code sentences} of {@code document} tell, in document order. */
  List<IncidentDraft> segment(Document document, List<Sentence> sentences, PlaceContext context) {
    return segment(document, sentences, context, Cancellation.none());
  }

  /**
   * As {@link #segment(Document, List, PlaceContext)}, polling {@code cancellation} before each
   * sentence.
   *
   * @throws Cancellation.Cancelled once it is set
   */
  List<IncidentDraft> segment(
      Document document,
      List<Sentence> sentences,
      PlaceContext context,
      Cancellation cancellation) {
    String text = document.text();
    LocalDate published = document.published();
    List<IncidentDraft> drafts = new ArrayList<>();
    Map<Integer, String> lastOrganisation = new LinkedHashMap<>();
    IncidentDraft current = null;
    boolean eventSince = false;
    List<SentenceFacts> pendingLabels = new ArrayList<>();
    SentenceFacts firstUnanchored = null;
    boolean isBrief = DocumentLayout.isBrief(sentences, text);
    Set<Integer> captions = DocumentLayout.captionParagraphs(sentences, text);
    Integer narrative = null;
    // The last event sentence, and the event word of the bulleted list being read.
    SentenceFacts lastEvent = null;
    Trigger listCue = null;
    boolean inList = false;
    for (Sentence s : sentences) {
      cancellation.check();
      Integer narrativeBefore = narrative;
      if (!captions.contains(s.paragraph())) {
        narrative = annotator.narrativeYear(narrative, s, published);
      }
      if (captions.contains(s.paragraph())) {
        // A photo caption or credit is not evidence: it neither tells an incident nor names who
        // reports one ("© 2023 AFP via Getty Images").
        continue;
      }
      if (DocumentLayout.isHeadline(s, sentences, text, document)) {
        // A headline repeats the story's lead; the body tells the incident with its details.
        noteOrganisations(s, lastOrganisation);
        continue;
      }
      boolean sameParagraph = current != null && current.paragraph == s.paragraph();
      boolean nearby = current != null && s.paragraph() - current.paragraph <= 1;
      Trigger cue = annotator.trigger(s);
      if (cue == null && DocumentLayout.isFieldLabel(s)) {
        SentenceFacts label = annotator.annotate(s, null, published, context);
        if (!label.dates().isEmpty() || !label.locations().isEmpty()) {
          pendingLabels.add(label);
          noteOrganisations(s, lastOrganisation);
          continue;
        }
      }
      boolean listItem = DocumentLayout.isListItem(s);
      if (listItem && !inList) {
        // "Positions were attacked again, including: • X, on 12 May; • Y, on 17 May": the items
        // are events of the kind told just before the list.
        listCue =
            lastEvent != null && s.paragraph() - lastEvent.sentence().paragraph() <= LIST_REACH
                ? lastEvent.trigger()
                : null;
      }
      inList = listItem;
      if (cue == null && listItem && listCue != null) {
        Trigger itemCue = new Trigger(0, 0, listCue.text(), listCue.hint(), false, false);
        SentenceFacts item = annotator.annotate(s, itemCue, published, narrative, context);
        List<IncidentDraft> items = DatedPlaceList.item(item, current);
        if (!items.isEmpty()) {
          drafts.addAll(items);
          current = items.get(items.size() - 1);
          eventSince = false;
          continue;
        }
      }
      if (cue == null
          && !listItem
          && lastEvent != null
          && s.paragraph() - lastEvent.sentence().paragraph() <= LIST_REACH
          && DatedPlaceList.mayList(s.text())) {
        // "C'est le cas de A le 12 août, de B le 14 août et de C le 15 août", after the event
        // sentence: places listed with their days, events of the kind told before.
        Trigger listed = lastEvent.trigger();
        Trigger itemCue = new Trigger(0, 0, listed.text(), listed.hint(), false, false);
        SentenceFacts item = annotator.annotate(s, itemCue, published, narrative, context);
        List<IncidentDraft> items =
            item.generic() ? List.of() : DatedPlaceList.split(item, current);
        if (!items.isEmpty()) {
          drafts.addAll(items);
          current = items.get(items.size() - 1);
          eventSince = false;
          continue;
        }
      }
      if (cue == null && !nearby) {
        // Neither an event nor a possible follow-up: skip the costly finders.
        noteOrganisations(s, lastOrganisation);
        continue;
      }
      SentenceFacts f = annotator.annotate(s, cue, published, narrativeBefore, context);
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
      IncidentDraft was = current;
      // "Ten people were wounded", "the bodies were found later": more about the incident just
      // told, even when the sentence names the hospital's town or where the bodies lay; in a long
      // report such words alone open no incident, in a brief they may.
      boolean aftermath =
          sameParagraph && t != null && !t.another() && AFTERMATH.matcher(t.text()).matches();
      boolean blame =
          nearby && !anchored && (t == null || t.anaphoric()) && BLAME.matcher(s.text()).find();
      if (f.generic() && !blame) {
        // Background and aggregates never open nor extend an incident; but "Security sources
        // blamed the group, which has stepped up attacks in recent months" still names who did it.
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
      } else if (blame) {
        // "The sources blamed JNIM fighters": the perpetrator of the incident just told.
        current.facts.add(f);
      } else if (figuresOnly || aftermath) {
        current.facts.add(f);
      } else if (t != null
          && !quoted
          && (anchored || (t.another() && current != null))
          && (isBrief || !arrestOnly(t, sentences, s) && !AFTERMATH.matcher(t.text()).matches())) {
        List<IncidentDraft> listed = DatedPlaceList.split(f, current);
        if (!listed.isEmpty()) {
          // "C'est le cas de A le 12 août, de B le 14 août et de C le 15 août": one per place.
          drafts.addAll(listed);
          current = listed.get(listed.size() - 1);
          continue;
        }
        current = new IncidentDraft(s.paragraph(), current, t.another());
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
          current.paragraphSource = org;
        }
      }
      boolean consumed =
          drafts.size() != before || (was != null && was.facts.size() != factsBefore);
      if (isBrief && !consumed && t != null && !f.generic() && drafts.isEmpty()) {
        // A brief's lead may come after a sentence that sets the scene ("Students protested in
        // X. Soldiers shot at them.").
        if (firstUnanchored == null && BriefLead.plain(f, s == sentences.get(0)) > 0) {
          firstUnanchored = f;
        }
      }
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
      if (!listItem && t != null && !t.anaphoric() && !f.generic() && !quoted) {
        lastEvent = f;
      }
      // Whether an event sentence that joined no incident came since the open incident's last one.
      eventSince = !consumed && (eventSince || t != null);
      noteOrganisations(s, lastOrganisation);
    }
    if (isBrief && firstUnanchored != null) {
      briefLead(firstUnanchored, drafts, sentences, pendingLabels, published, context);
    }
    if (!drafts.isEmpty()) {
      SourceMention state = Reporters.leadStateSource(sentences, captions);
      drafts.forEach(d -> d.documentSource = state);
    }
    return drafts;
  }

  /** The most paragraphs between a bulleted list and the event sentence it goes on from. */
  static final int LIST_REACH = 2;

  /**
   * A brief (a coder's note, a news flash) tells one event in a few sentences: its lead is the
   * incident even when it names no figure, date or place of its own, and the sentences around it
   * (the scene before it, "He had been shot" after it) are about the same event. With no incident
   * opened, the lead opens one that takes in the brief's other sentences; with one opened later in
   * the brief ("Clashes between X and Y. Two people killed."), a plain lead before it joins it as
   * its first sentence, so that its event word types the incident.
   */
  private void briefLead(
      SentenceFacts lead,
      List<IncidentDraft> drafts,
      List<Sentence> sentences,
      List<SentenceFacts> pendingLabels,
      LocalDate published,
      PlaceContext context) {
    if (drafts.isEmpty()) {
      IncidentDraft brief = new IncidentDraft(lead.sentence().paragraph(), null, false);
      brief.facts.add(lead);
      for (Sentence s : sentences) {
        if (s != lead.sentence()) {
          SentenceFacts f = annotator.annotate(s, null, published, context);
          if (!f.generic()) {
            brief.facts.add(f);
          }
        }
      }
      brief.labelFacts.addAll(pendingLabels);
      drafts.add(brief);
    } else if (drafts.size() == 1
        && lead.sentence().start() < drafts.get(0).first().sentence().start()) {
      drafts.get(0).facts.add(0, lead);
    }
  }

  /**
   * Whether {@code t}, the cue of {@code s}, names only an arrest or a detention, with no
   * abduction, violence or death in the rest of its paragraph ("arrested 40 men ... the bodies of
   * 21 of them were found").
   */
  static boolean arrestOnly(Trigger t, List<Sentence> sentences, Sentence s) {
    return ARREST_TRIGGER.matcher(t.text()).matches()
        && !NOT_ONLY_ARREST.matcher(paragraphText(sentences, s)).find();
  }

  // The text of the sentences of s's paragraph from s on.
  private static String paragraphText(List<Sentence> sentences, Sentence s) {
    StringBuilder b = new StringBuilder();
    for (int i = sentences.indexOf(s); i < sentences.size(); i++) {
      Sentence x = sentences.get(i);
      if (x.paragraph() != s.paragraph()) {
        break;
      }
      b.append(x.text()).append(' ');
    }
    return b.toString();
  }

  // A sentence that opens nothing but names who reports: a coder's "Source: residents." right
  // after the item, "Selon un élu local, les assaillants ..." about the incident just told, or
  // "Ces incidents, rapportés par des élus locaux, ..." about every incident of the paragraph.
  private static void attachSources(
      SentenceFacts f,
      Sentence s,
      IncidentDraft current,
      List<IncidentDraft> drafts,
      boolean rightAfter) {
    String st = s.text();
    if (BACK_TO_ALL.matcher(st).find()) {
      for (IncidentDraft d : drafts) {
        if (d.paragraph == s.paragraph() || d.paragraph == current.paragraph) {
          d.sourceFacts.add(f);
        }
      }
    } else if (current.paragraph == s.paragraph()
        && (rightAfter && Reporters.SOURCE_LABEL.matcher(st).find()
            || BACK_TO_ONE.matcher(st).find()
            || BACK_TO_STATEMENT.matcher(st).find())) {
      current.sourceFacts.add(f);
    }
  }

  private static void noteOrganisations(Sentence s, Map<Integer, String> lastOrganisation) {
    List<String> orgs = Reporters.organisations(s.text());
    if (!orgs.isEmpty()) {
      lastOrganisation.put(s.paragraph(), orgs.get(orgs.size() - 1));
    }
  }
}

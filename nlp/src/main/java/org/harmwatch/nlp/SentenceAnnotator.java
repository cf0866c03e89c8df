package org.harmwatch.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.harmwatch.core.geo.PlaceContext;
import org.harmwatch.core.geo.PlaceMention;
import org.harmwatch.core.geo.PlaceResolver;
import org.harmwatch.core.model.Location;
import org.harmwatch.nlp.event.EventCues;
import org.harmwatch.nlp.event.Trigger;
import org.harmwatch.nlp.place.PlaceMentionFinder;
import org.harmwatch.nlp.quantity.CasualtyFinder;
import org.harmwatch.nlp.quantity.CasualtyMention;
import org.harmwatch.nlp.text.PrefilteredPattern;
import org.harmwatch.nlp.text.Sentence;
import org.harmwatch.nlp.time.DateFinder;
import org.harmwatch.nlp.time.DateMention;
import org.harmwatch.nlp.time.NarrativeYear;

/**
 * The annotation stage: finds in one sentence its event cue, figures, dates, places (resolved
 * against the gazetteer with the document's context) and sources, each with its offsets.
 * Thread-safe.
 */
final class SentenceAnnotator {
  // "BAMAKO, ", "SOKOTO, Nigeria, ", "GENEVA (" before the date of a dateline.
  private static final PrefilteredPattern DATELINE =
      PrefilteredPattern.compile(
          "^\\p{Lu}[\\p{Lu} ]+(?:,\\s*\\p{Lu}[\\p{L}'’ -]{1,30})?(?:,\\s*|\\s*\\(\\s*)$");
  // " (Sahel Wire) - ", ") – " after it.
  private static final PrefilteredPattern DASH =
      PrefilteredPattern.compile("^\\s*\\)?\\s*(?:\\([^()]{1,40}\\)\\s*)?[-–—]");
  // "Solenzo, 24 avril 2022(AIB)-": a town in title case is a dateline only before an agency's
  // short name in brackets and a dash.
  private static final PrefilteredPattern TOWN_DATELINE =
      PrefilteredPattern.compile("^\\p{Lu}[\\p{L}'’-]+(?:[ -]\\p{Lu}[\\p{L}'’-]+){0,3},\\s*$");
  private static final PrefilteredPattern AGENCY_DASH =
      PrefilteredPattern.compile("^\\s*\\(\\s*\\p{Lu}{2,10}\\s*\\)\\s*[-–—]");
  private static final PrefilteredPattern THAT =
      PrefilteredPattern.compile("\\b(?:that|que|qu['’])\\b");

  // Words then a comma between the reporting verb and the date: the reported clause has begun
  // ("said troops of the brigade, on March 17, were attacked"; "selon un communiqué (reçu
  // samedi), dans la nuit de jeudi ..."), so the date is the event's.
  private static final PrefilteredPattern CLAUSE_BEFORE = PrefilteredPattern.compile("\\w[^,]*,");

  private final PlaceResolver places;
  private final PlaceMentionFinder placeFinder;
  private final EventCues cues;
  private final CasualtyFinder casualtyFinder;
  private final DateFinder dateFinder;
  private final NarrativeYear narrativeYear;

  /**
   * An annotator that resolves places with {@code places}, finds events with {@code cues} and
   * figures and dates with the words of every bundled pack.
   */
  SentenceAnnotator(PlaceResolver places, EventCues cues) {
    this(places, cues, new CasualtyFinder(), new DateFinder());
  }

  /** An annotator with the finders of one choice of language packs. */
  SentenceAnnotator(
      PlaceResolver places, EventCues cues, CasualtyFinder casualties, DateFinder dates) {
    this.places = places;
    this.placeFinder = new PlaceMentionFinder(places);
    this.cues = cues;
    this.casualtyFinder = casualties;
    this.dateFinder = dates;
    this.narrativeYear = new NarrativeYear(dates);
  }

  /** The narrative year after {@code s}: see {@link NarrativeYear#update}. */
  Integer narrativeYear(Integer current, Sentence s, LocalDate published) {
    return narrativeYear.update(current, s.text(), published);
  }

  /** The event cue of {@code s}, or null: cheap, tried before the costly finders. */
  Trigger trigger(Sentence s) {
    return cues.trigger(s.text());
  }

  /** Everything {@code s} says, with {@code trigger} as its event cue. */
  SentenceFacts annotate(Sentence s, Trigger trigger, LocalDate published, PlaceContext context) {
    return annotate(s, trigger, published, null, context);
  }

  /**
   * Everything {@code s} says, its dates without a year read in {@code narrative}, the year of the
   * report's last dated sentence before it (see {@link NarrativeYear}), when that is set.
   */
  SentenceFacts annotate(
      Sentence s, Trigger trigger, LocalDate published, Integer narrative, PlaceContext context) {
    String st = s.text();
    List<CasualtyMention> cas = new ArrayList<>(casualtyFinder.find(st));
    CasualtyMention lone = casualtyFinder.loneVictim(st);
    if (lone != null && cas.stream().noneMatch(c -> c.kind() == lone.kind())) {
      cas.add(lone);
    }
    List<DateMention> dates = new ArrayList<>();
    List<DateMention> found =
        narrativeYear.reread(st, dateFinder.find(st, published), narrative, published);
    for (DateMention dm : found) {
      if (!datesReport(st, dm, trigger)) {
        dates.add(dm);
      }
    }
    List<Location> locations = new ArrayList<>();
    List<PlaceMention> mentions = placeFinder.find(st, s.start());
    for (PlaceMention pm : mentions) {
      places.resolve(pm, context).ifPresent(locations::add);
    }
    List<Location> areas = new ArrayList<>();
    for (PlaceMention pm : placeFinder.areas(st, s.start(), mentions)) {
      places.resolve(pm, context).ifPresent(areas::add);
    }
    return new SentenceFacts(
        s,
        trigger,
        cues.isGeneric(st),
        cas,
        dates,
        locations,
        Reporters.sources(st),
        casualtyFinder.amongTheDead(st),
        areas);
  }

  /** Whether {@code d} is the date of a dateline ("BAMAKO, March 18 -"). */
  static boolean datesDateline(String sentence, DateMention d) {
    String before = sentence.substring(0, d.start());
    String after = sentence.substring(d.end());
    return DATELINE.matcher(before).find() && DASH.matcher(after).find()
        || TOWN_DATELINE.matcher(before).find() && AGENCY_DASH.matcher(after).find();
  }

  // "Earlier this week, Amnesty reported that ...", "said on Thursday", "declared mourning on
  // Monday after the attack" and datelines ("BAMAKO, March 18 -") date the report, not the event.
  static boolean datesReport(String sentence, DateMention d, Trigger trigger) {
    if (datesDateline(sentence, d)) {
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
          && !THAT.matcher(sentence.substring(r[1], d.start())).find()
          && !CLAUSE_BEFORE.matcher(sentence.substring(r[1], d.start())).find()) {
        return true;
      }
    }
    return false;
  }
}

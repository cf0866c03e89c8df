package org.harmwatch.nlp;

import java.util.List;
import java.util.regex.Pattern;
import org.harmwatch.core.geo.CountryProfiles;
import org.harmwatch.core.model.Casualties;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.LocationPrecision;
import org.harmwatch.core.model.SubEventType;
import org.harmwatch.nlp.lang.LanguagePacks;
import org.harmwatch.nlp.text.PrefilteredPattern;

/**
 * The last word on which assembled drafts are incidents. A draft is left out when a report (not a
 * brief) places its event outside Africa (the countries of core's profiles); when the sentence that
 * opened it tells no event that happened, only a threat, a plan or a fear of one, a rate, or deaths
 * from a natural cause or an accident (not-incident-markers.txt of the language packs); or when
 * that sentence reacts to attacks (a party's statement, an appeal, an interview:
 * reaction-markers.txt) and nothing dates the incident. In a report (not a brief) a draft is also
 * left out when nothing dates it and it counts no one and names no place closer than a region
 * ("northern Nigeria") or a country (an allusion to abuses, not an incident the text tells: the
 * real gold needs a time reference); when it is an abduction none of whose sentences tells a taking
 * or violence beyond an arrest (beyond-arrest-words.txt); and when one of its sentences is about a
 * conflict outside Africa (foreign-markers.txt) and its place is no more than a country or lies
 * outside the document's country. Immutable and thread-safe.
 */
final class IncidentFilter {
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private final PrefilteredPattern notAnEvent;
  private final PrefilteredPattern reaction;
  private final PrefilteredPattern taking;
  private final PrefilteredPattern foreign;

  private final CountryProfiles countries;

  /**
   * A filter that reads which countries are African from {@code countries} and its markers from
   * {@code packs} (a document language's, or every pack).
   */
  IncidentFilter(CountryProfiles countries, LanguagePacks packs) {
    this.countries = countries;
    this.notAnEvent =
        PrefilteredPattern.compile(
            LanguagePacks.alternation(packs.entries("not-incident-markers.txt")), CI);
    this.reaction =
        PrefilteredPattern.compile(
            LanguagePacks.alternation(packs.entries("reaction-markers.txt")), CI);
    List<String> takings = packs.entries("beyond-arrest-words.txt");
    // A pack without these words cannot tell an arrest from a taking, so it leaves abductions be.
    this.taking =
        takings.isEmpty()
            ? null
            : PrefilteredPattern.compile(LanguagePacks.alternation(takings), CI);
    this.foreign =
        PrefilteredPattern.compile(
            LanguagePacks.alternation(packs.entries("foreign-markers.txt")), CI);
  }

  /**
   * Whether the draft {@code d}, once built, is an incident to report; {@code brief} tells whether
   * its document is a brief (a coder's note, a news flash), {@code docCountry} is the country its
   * text names first, or null.
   */
  boolean keeps(IncidentDraft d, boolean brief, String docCountry) {
    if (d.built == null || d.facts.isEmpty() || !brief && !inAfrica(d.built)) {
      return false;
    }
    String opening = d.first().sentence().text();
    if (notAnEvent(opening) || d.built.date() == null && reaction(opening)) {
      return false;
    }
    return brief || !undatedAndUncounted(d.built) && !arrestOnly(d) && !abroad(d, docCountry);
  }

  // "Some of the worst abuses have taken place across Nigeria": no date, no figure, no place closer
  // than a region or a country, nothing a coder could record as one event.
  private static boolean undatedAndUncounted(Incident i) {
    Casualties c = i.casualties();
    LocationPrecision at = i.location() == null ? null : i.location().precision();
    return i.date() == null
        && (at == null || at.compareTo(LocationPrecision.REGION) >= 0)
        && c.killed() == null
        && c.injured() == null
        && c.detained() == null
        && c.missing() == null;
  }

  // "The army arrested 23 suspected cultists involved in kidnapping": an abduction by its event
  // word (coded an attack when no taking proper is named, and so still a draft of people taken
  // whose toll is empty), an arrest by every sentence that tells it.
  private boolean arrestOnly(IncidentDraft d) {
    SubEventType sub = d.built.subEventType();
    boolean taken =
        sub == SubEventType.ABDUCTION_FORCED_DISAPPEARANCE
            || sub == SubEventType.ATTACK
                && d.built.casualties().killed() == null
                && d.facts.stream()
                    .anyMatch(
                        f ->
                            f.trigger() != null
                                && f.trigger().hint()
                                    == SubEventType.ABDUCTION_FORCED_DISAPPEARANCE);
    if (taking == null || !taken) {
      return false;
    }
    for (SentenceFacts f : d.facts) {
      if (taking.matcher(f.sentence().text()).find()) {
        return false;
      }
    }
    return true;
  }

  // "Families of the hostages held in Gaza since the attack on Israel of 7 October 2023": a
  // world-page story, whatever African namesake the gazetteer found for its place; also when a
  // later sentence of the incident says where it is ("a Ukrainian news source said the museum
  // ...") and the incident names no African place of its own, only the document's country.
  private boolean abroad(IncidentDraft d, String docCountry) {
    if (d.facts.stream().noneMatch(f -> foreign.matcher(f.sentence().text()).find())) {
      return false;
    }
    Incident i = d.built;
    return i.location() == null
        || i.location().precision() == LocationPrecision.COUNTRY
        || docCountry != null && !docCountry.equals(i.location().countryCode());
  }

  /** Whether {@code sentence} speaks of no event that happened (see the class comment). */
  boolean notAnEvent(String sentence) {
    return notAnEvent.matcher(sentence).find();
  }

  /** Whether {@code sentence} reacts to attacks rather than tells one. */
  boolean reaction(String sentence) {
    return reaction.matcher(sentence).find();
  }

  // An unplaced incident or one placed in a country with no profile: Geneva talks, the war in
  // Gaza or an attack in Israel told by an African paper are not events of the record. A brief
  // tells one event of the region its source covers, so a foreign place there is a name the
  // gazetteer matched abroad (Tonga, Palma), not an event abroad: the brief keeps its incident.
  private boolean inAfrica(Incident i) {
    String cc = i.location() == null ? null : i.location().countryCode();
    return cc == null || countries.get(cc).isPresent();
  }
}

package org.harmwatch.nlp;

import java.util.regex.Pattern;
import org.harmwatch.core.geo.CountryProfiles;
import org.harmwatch.core.model.Incident;
import org.harmwatch.nlp.lang.LanguagePacks;
import org.harmwatch.nlp.text.PrefilteredPattern;

/**
 * The last word on which assembled drafts are incidents. A draft is left out when a report (not a
 * brief) places its event outside Africa (the countries of core's profiles); when the sentence that
 * opened it tells no event that happened, only a threat, a plan or a fear of one, a rate, or deaths
 * from a natural cause or an accident (not-incident-markers.txt of the language packs); or when
 * that sentence reacts to attacks (a party's statement, an appeal, an interview:
 * reaction-markers.txt) and nothing dates the incident. Immutable and thread-safe.
 */
final class IncidentFilter {
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private final PrefilteredPattern notAnEvent;
  private final PrefilteredPattern reaction;
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
  }

  /**
   * Whether the draft {@code d}, once built, is an incident to report; {@code brief} tells whether
   * its document is a brief (a coder's note, a news flash).
   */
  boolean keeps(IncidentDraft d, boolean brief) {
    if (d.built == null || d.facts.isEmpty() || !brief && !inAfrica(d.built)) {
      return false;
    }
    String opening = d.first().sentence().text();
    return !notAnEvent(opening) && (d.built.date() != null || !reaction(opening));
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

package org.harmwatch.nlp;

import java.util.List;
import java.util.regex.Pattern;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;
import org.harmwatch.nlp.text.PrefilteredPattern;
import org.harmwatch.nlp.time.DateMention;

/**
 * The place slot resolver: the incident's location among the places its sentences name (already
 * resolved against the gazetteer), with namesakes abroad and too-distant namesakes left out.
 */
final class PlaceSlot {
  private static final PrefilteredPattern DISTANCE =
      PrefilteredPattern.compile(
          "\\b(?:km|kms|kilom[eè]t(?:er|re)s?|miles?)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final PrefilteredPattern NEAR_BEFORE =
      PrefilteredPattern.compile(
          "\\b(?:near|close to|outside|outskirts of|près d[e'’]|proche d[e'’]|non loin d[e'’]|proximité d[e'’]|environs d[e'’]|abords d[e'’]|commune d[e'’]|commune rurale d[e'’])\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // A coder's own choice of location: "coded as Kitwe", "coded at approximate location as Dori",
  // "(coordinates for Mongiro used)", "[unfound location, coded: Kerawa]".
  private static final PrefilteredPattern CODED_BEFORE =
      PrefilteredPattern.compile(
          "\\b(?:coded\\s+(?:as|to|at)(?:\\s+approximate\\s+location\\s+as)?|coded\\s*:|coordinates\\s+(?:for|of))\\s*$",
          Pattern.CASE_INSENSITIVE);
  // A country named as where people came from or went to, or as a neighbour: "raiders from
  // Ethiopia", "fled into Somalia", "at the border with Tanzania" tell where the incident is not.
  private static final PrefilteredPattern ORIGIN_BEFORE =
      PrefilteredPattern.compile(
          "\\b(?:from|into|(?:fled|flee|fleeing|escaped|returned|retreated|withdrew|crossed)"
              + "(?:\\s+back)?\\s+(?:to|across\\s+the\\s+border\\s+to)|venus?\\s+du|venus?\\s+de"
              + "|venant\\s+du|venant\\s+de|border\\s+with|frontière\\s+avec|travell?ing\\s+to"
              + "|heading\\s+to|bound\\s+for)\\s*$",
          Pattern.CASE_INSENSITIVE);
  // A settlement said to lie a few kilometres from a town cannot be farther than this from it.
  private static final double ANCHOR_KM = 100;

  /** A location, the sentence that names it, and whether a coder's note chose it. */
  private record Placed(SentenceFacts facts, Location location, boolean coded) {
    Placed(SentenceFacts facts, Location location) {
      this(facts, location, false);
    }
  }

  private PlaceSlot() {}

  /**
   * The most precise location the incident's sentences name, else its coder's label's, else the
   * first area they name ("in the Bankass area"), else, for "another strike" or "the next day" in
   * the same paragraph, the previous incident's; else the widest place the document tells ({@code
   * docPlace}: its country, or the one division it names); or null.
   */
  static Location resolve(
      IncidentDraft d, String docCountry, Location docPlace, EvidenceMarks marks) {
    Placed placed = mostPrecise(d.facts, docCountry);
    Placed area = firstArea(d.facts, docCountry);
    if (area != null && (placed == null || finerInSameCountry(area.location(), placed))) {
      placed = area;
    }
    if (placed != null) {
      // A coder's chosen place stands even far from the town the note measures from.
      Location anchor = placed.coded() ? null : distanceAnchor(placed.facts());
      if (anchor != null && placed.location() != anchor && tooFar(placed.location(), anchor)) {
        // "the village of X, 15 km from Djibo" with an X that the gazetteer knows only 100 km
        // away: a namesake, not the village meant; the town it is measured from is sure.
        placed = new Placed(placed.facts(), anchor);
      }
    } else {
      placed = mostPrecise(d.labelFacts, docCountry);
      if (placed != null) {
        marks.open(placed.facts());
      }
    }
    if (placed != null) {
      marks.mark(placed.facts(), "location");
      return placed.location();
    }
    if (d.previous != null
        && d.previous.built != null
        && d.previous.paragraph == d.paragraph
        && (d.another || d.first().dates().stream().anyMatch(DateMention::relativeToPrevious))) {
      return d.previous.built.location();
    }
    // "Nigerian troops killed 12 insurgents": no place the gazetteer can pin, yet the country is
    // sure; it is recorded at that precision rather than left out.
    return docPlace;
  }

  // The most precise location the sentences name, the first of equals, leaving out places that
  // contradict the document's country.
  private static Placed mostPrecise(List<SentenceFacts> facts, String docCountry) {
    Placed best = null;
    for (SentenceFacts f : facts) {
      for (Location l : f.locations()) {
        if (coded(f, l)) {
          // "Attack in Kamfinsa, coded as Kitwe": the coder says which place stands for it.
          return new Placed(f, l, true);
        }
      }
    }
    for (SentenceFacts f : facts) {
      for (Location l : f.locations()) {
        if ((best == null || l.precision().ordinal() < best.location().precision().ordinal())
            && !foreignNamesake(l, f.locations(), docCountry)
            && !origin(f, l)) {
          best = new Placed(f, l);
        }
      }
    }
    return best;
  }

  // "in the Bankass area of the Mopti region": the area's town is finer than the division or the
  // country named beside it; a coder's own choice stands.
  private static boolean finerInSameCountry(Location area, Placed placed) {
    Location l = placed.location();
    return !placed.coded()
        && area.precision().ordinal() < l.precision().ordinal()
        && area.countryCode() != null
        && area.countryCode().equals(l.countryCode());
  }

  // "gunmen killed two herders in the Bankass area": with no other place named, the area's town
  // is where a coder places the event; not a namesake abroad of the document's country.
  private static Placed firstArea(List<SentenceFacts> facts, String docCountry) {
    for (SentenceFacts f : facts) {
      for (Location l : f.areas()) {
        if (docCountry == null || docCountry.equals(l.countryCode())) {
          return new Placed(f, l);
        }
      }
    }
    return null;
  }

  // "à Kompa, dans la commune de Karimama (département de l'Alibori)" in a Benin story, with only
  // a Kompa of Niger in the gazetteer: a place abroad whose own sentence names a division of the
  // document's country and none of the place's country is a namesake; the division stands.
  static boolean foreignNamesake(Location l, List<Location> sentence, String docCountry) {
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

  // "Merille raiders from Ethiopia attacked ...": a country named as where people came from.
  static boolean origin(SentenceFacts facts, Location l) {
    if (l.precision() != LocationPrecision.COUNTRY || l.text() == null) {
      return false;
    }
    String st = facts.sentence().text();
    int at = st.indexOf(l.text());
    return at > 0 && ORIGIN_BEFORE.matcher(st.substring(Math.max(0, at - 40), at)).find();
  }

  // Every place the name is written counts: "between Alpha and Beta (coded as Beta ...)".
  private static boolean coded(SentenceFacts facts, Location l) {
    if (l.text() == null || l.text().isEmpty()) {
      return false;
    }
    String st = facts.sentence().text();
    for (int at = st.indexOf(l.text()); at >= 0; at = st.indexOf(l.text(), at + 1)) {
      if (at > 0 && CODED_BEFORE.matcher(st.substring(Math.max(0, at - 45), at)).find()) {
        return true;
      }
    }
    return false;
  }

  // The town a sentence measures from: "15 km from Djibo", "near Djibo", "dans la commune de
  // Djibo".
  private static Location distanceAnchor(SentenceFacts facts) {
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

  private static boolean tooFar(Location place, Location anchor) {
    if (place.lat() == null || place.precision() != LocationPrecision.PLACE) {
      return false;
    }
    return place.kmTo(anchor) > ANCHOR_KM;
  }
}

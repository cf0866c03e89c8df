package org.harmwatch.nlp;

import java.util.List;
import org.harmwatch.core.model.Location;
import org.harmwatch.nlp.event.Trigger;
import org.harmwatch.nlp.quantity.CasualtyMention;
import org.harmwatch.nlp.text.Sentence;
import org.harmwatch.nlp.time.DateMention;

/**
 * What one sentence says, before it is assigned to an incident: the annotation stage's output, each
 * mention with its offsets.
 *
 * @param sentence the sentence, with its offsets in the document
 * @param trigger the event cue that opens or continues an incident, or null
 * @param generic whether the sentence is background or an aggregate ("since 2021", "this year")
 * @param casualties the figures of killed, injured, detained and missing
 * @param dates the dates that date the event (those that date the report are left out)
 * @param locations the places named, already resolved against the gazetteer
 * @param sources who the sentence says reports it, with offsets
 * @param amongTheDead a sub-count of a toll told before ("among the dead were eight children")
 * @param areas places named only as the area of an event ("in the Douentza area"), resolved; the
 *     incident's place only when its sentences name no other, and never a reason to split one
 */
record SentenceFacts(
    Sentence sentence,
    Trigger trigger,
    boolean generic,
    List<CasualtyMention> casualties,
    List<DateMention> dates,
    List<Location> locations,
    List<SourceMention> sources,
    CasualtyMention amongTheDead,
    List<Location> areas) {

  /** The facts of a sentence that names no place only as an area. */
  SentenceFacts(
      Sentence sentence,
      Trigger trigger,
      boolean generic,
      List<CasualtyMention> casualties,
      List<DateMention> dates,
      List<Location> locations,
      List<SourceMention> sources,
      CasualtyMention amongTheDead) {
    this(
        sentence, trigger, generic, casualties, dates, locations, sources, amongTheDead, List.of());
  }
}

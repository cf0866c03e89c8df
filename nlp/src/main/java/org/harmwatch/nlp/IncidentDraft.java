package org.harmwatch.nlp;

import java.util.ArrayList;
import java.util.List;
import org.harmwatch.core.model.Incident;

/**
 * The sentences that tell one incident, as segmentation groups them; local to one extraction. Slot
 * resolvers read it, and assembly stores the incident built from it.
 */
final class IncidentDraft {
  final int paragraph;
  final IncidentDraft previous;
  final boolean another;
  final List<SentenceFacts> facts = new ArrayList<>();
  // Sentences that only say who reports this incident ("Source: residents.", "Selon un élu
  // local, les assaillants ...").
  final List<SentenceFacts> sourceFacts = new ArrayList<>();
  // A coder's note fields before the incident ("Date: 11 April 2024.", "Lieu : Macina."), used
  // when the incident's own sentences give no date or place.
  final List<SentenceFacts> labelFacts = new ArrayList<>();
  // Later sentences that name who claimed or is blamed for this incident ("The Islamic State
  // claimed the attack", "Security sources blamed the attack on JNIM").
  final List<SentenceFacts> claimFacts = new ArrayList<>();
  // The organisation named last before the incident ("Human Rights Watch said" a paragraph
  // earlier), its reporter when no sentence of its own names one.
  String paragraphSource;
  // The state source the document names first (an army statement the whole report retells, a
  // ministry's "Source:" line at its end), its reporter when nothing nearer names one.
  SourceMention documentSource;
  // Whether sentences joined this incident after it was built.
  boolean rebuild;
  // The incident built from these sentences, once assembled.
  Incident built;

  IncidentDraft(int paragraph, IncidentDraft previous, boolean another) {
    this.paragraph = paragraph;
    this.previous = previous;
    this.another = another;
  }

  /** The first sentence, the one that opened the incident. */
  SentenceFacts first() {
    return facts.get(0);
  }
}

package org.harmwatch.nlp.event;

import org.harmwatch.core.model.SubEventType;

/**
 * The word or phrase of a sentence that names a violent event ("a raid", "two drone strikes",
 * "l'attaque"), with offsets relative to the sentence, the sub-event type it suggests and how it is
 * determined: {@code anaphoric} for a definite reference to an event told before ("the attack"),
 * {@code another} for a new event of the same kind ("another drone strike").
 */
public record Trigger(
    int start, int end, String text, SubEventType hint, boolean anaphoric, boolean another) {}

package org.harmwatch.nlp;

/**
 * Who a sentence says reports its facts: the source's canonical name ("Human Rights Watch", "local
 * sources", or {@link Reporters#GOVERNMENT} for the coding policy to name) and the words that name
 * it, with their offsets in the sentence.
 */
record SourceMention(String name, int start, int end, String text) {}

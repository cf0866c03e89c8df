package org.harmwatch.nlp.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.harmwatch.core.directory.ActorDirectory;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.ActorType;

/**
 * The {@link ActorDirectory} over an {@link ActorDictionary}: the actors a whole alias names
 * ("UPDF", "les FAMa") first, then canonical names holding the typed words, those starting with
 * them first. Thread-safe (the dictionary is immutable).
 */
public final class DictionaryActorDirectory implements ActorDirectory {
  private final ActorDictionary dictionary;

  public DictionaryActorDirectory(ActorDictionary dictionary) {
    this.dictionary = dictionary;
  }

  @Override
  public List<Actor> search(String text, String countryCode, int limit) {
    if (text == null || text.isBlank() || limit < 1) {
      return List.of();
    }
    Map<String, Actor> found = new LinkedHashMap<>();
    for (ActorDictionary.Match m : dictionary.find(text.strip(), countryCode)) {
      for (Actor a : m.actors()) {
        found.putIfAbsent(a.name(), new Actor(a.name(), a.type(), null));
      }
    }
    String key = fold(text);
    List<Map.Entry<String, ActorType>> named = new ArrayList<>();
    for (Map.Entry<String, ActorType> e : dictionary.canonicalNames().entrySet()) {
      if (fold(e.getKey()).contains(key)) {
        named.add(e);
      }
    }
    named.sort(
        Comparator.comparing((Map.Entry<String, ActorType> e) -> !fold(e.getKey()).startsWith(key))
            .thenComparing(e -> e.getKey().length())
            .thenComparing(Map.Entry::getKey));
    for (Map.Entry<String, ActorType> e : named) {
      found.putIfAbsent(e.getKey(), new Actor(e.getKey(), e.getValue(), null));
    }
    return found.values().stream().limit(limit).toList();
  }

  // Lower case without accents, spaces kept, so "forces armees" finds "Forces Armées".
  private static String fold(String s) {
    String d = Normalizer.normalize(s.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return d.replaceAll("\\p{M}+", "");
  }
}

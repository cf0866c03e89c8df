package org.harmwatch.nlp.quantity;

/** What happened to the people a figure counts. */
public enum CasualtyKind {
  KILLED,
  INJURED,
  DETAINED,
  MISSING
}

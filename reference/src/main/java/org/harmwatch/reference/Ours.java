package org.harmwatch.reference;

import static org.harmwatch.reference.Names.norm;
import static org.harmwatch.reference.Names.words;

import java.util.Set;

/** An incident of ours with its names normalised once. */
final class Ours {
  final CheckedIncident incident;
  final String place;
  final String admin1;
  final String admin2;
  final String[] perpetrators;
  final Set<String>[] perpetratorWords;
  final boolean civilians;

  @SuppressWarnings("unchecked")
  Ours(CheckedIncident o) {
    incident = o;
    place = o.place() == null ? null : norm(o.place());
    admin1 = o.admin1() == null ? null : norm(o.admin1());
    admin2 = o.admin2() == null ? null : norm(o.admin2());
    perpetrators = o.perpetrators().stream().map(Names::norm).toArray(String[]::new);
    perpetratorWords = new Set[perpetrators.length];
    for (int i = 0; i < perpetrators.length; i++) {
      perpetratorWords[i] = words(perpetrators[i]);
    }
    civilians = o.targets().stream().anyMatch(t -> t.startsWith("Civilians"));
  }
}

package org.harmwatch.core.store;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.Location;

/** The keys an incident is counted under in a summary, and the order of summary rows. */
public final class Tallies {
  private Tallies() {}

  /**
   * The keys (each [key, country code]) {@code i} counts under: one per distinct actor name, its
   * region, or its month; a single null key when it has none.
   */
  public static List<List<String>> keys(Incident i, TallyBy by) {
    List<String> none = Arrays.asList(null, null);
    return switch (by) {
      case ACTOR -> {
        Set<String> names = new LinkedHashSet<>();
        for (Actor a : i.perpetrators()) {
          names.add(a.name());
        }
        for (Actor a : i.targets()) {
          names.add(a.name());
        }
        yield names.isEmpty()
            ? List.of(none)
            : names.stream().map(n -> Arrays.asList(n, (String) null)).toList();
      }
      case ADMIN1 -> {
        Location l = i.location();
        yield l == null || l.admin1() == null && l.countryCode() == null
            ? List.of(none)
            : List.of(Arrays.asList(l.admin1(), l.countryCode()));
      }
      case MONTH ->
          i.date() == null || i.date().start() == null
              ? List.of(none)
              : List.of(Arrays.asList(i.date().start().toString().substring(0, 7), (String) null));
    };
  }

  /**
   * Rows in summary order: months in calendar order; actors and regions most incidents first, then
   * by key; rows without a key last.
   */
  public static List<Tally> sorted(List<Tally> rows, TallyBy by) {
    Comparator<Tally> byKey =
        Comparator.comparing(
            (Tally t) -> t.key() == null ? "" : t.key(), Comparator.naturalOrder());
    Comparator<Tally> order =
        by == TallyBy.MONTH
            ? byKey
            : Comparator.comparingLong(Tally::incidents)
                .reversed()
                .thenComparing(byKey)
                .thenComparing(t -> t.countryCode() == null ? "" : t.countryCode());
    return rows.stream()
        .sorted(Comparator.comparing((Tally t) -> t.key() == null).thenComparing(order))
        .toList();
  }
}

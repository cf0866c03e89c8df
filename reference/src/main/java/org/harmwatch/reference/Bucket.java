package org.harmwatch.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.harmwatch.core.reference.ReferenceEvent;

/** One country's events, by start day. */
final class Bucket {
  final ReferenceEvent[] events;
  final Theirs[] prepared;
  final long[] starts;
  final long longestSpan;

  Bucket(List<ReferenceEvent> list) {
    events = list.toArray(new ReferenceEvent[0]);
    Arrays.sort(
        events,
        Comparator.comparing(ReferenceEvent::dateStart).thenComparing(ReferenceEvent::eventId));
    starts = new long[events.length];
    prepared = new Theirs[events.length];
    long span = 0;
    for (int i = 0; i < events.length; i++) {
      starts[i] = events[i].dateStart().toEpochDay();
      prepared[i] = new Theirs(events[i]);
      span = Math.max(span, events[i].dateEnd().toEpochDay() - starts[i]);
    }
    longestSpan = span;
  }

  int firstAtOrAfter(long day) {
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < day) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  static Map<String, Bucket> index(List<ReferenceEvent> theirs) {
    Map<String, List<ReferenceEvent>> byCountry = new HashMap<>();
    for (ReferenceEvent e : theirs) {
      if (e.countryCode() != null) {
        byCountry
            .computeIfAbsent(e.countryCode().toUpperCase(Locale.ROOT), k -> new ArrayList<>())
            .add(e);
      }
    }
    Map<String, Bucket> out = new HashMap<>();
    byCountry.forEach((k, v) -> out.put(k, new Bucket(v)));
    return out;
  }
}

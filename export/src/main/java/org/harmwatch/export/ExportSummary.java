package org.harmwatch.export;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What an export did: how many incidents it wrote and how many the format could not hold, by reason
 * (e.g. "no date" for an ACLED row).
 *
 * @param written incidents written
 * @param leftOut incidents left out, by the format's reason, in the reasons' order
 */
public record ExportSummary(long written, Map<String, Long> leftOut) {
  public ExportSummary {
    leftOut = Map.copyOf(leftOut);
  }

  /** How many incidents were left out for any reason. */
  public long leftOutTotal() {
    return leftOut.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The left-out counts in words ("3 with no date, 1 with no country"), empty when none. */
  public String leftOutText() {
    return new TreeMap<>(leftOut)
        .entrySet().stream()
            .map(e -> e.getValue() + " with " + e.getKey())
            .collect(Collectors.joining(", "));
  }
}

package org.harmwatch.core.corroboration;

/**
 * What a relink of the whole database did. Immutable.
 *
 * @param reports reports (extracted incidents) linked
 * @param incidents incidents they form
 * @param changed reports whose incident changed
 * @param pairsCompared pairs of reports scored
 */
public record RelinkSummary(long reports, long incidents, long changed, long pairsCompared) {
  @Override
  public String toString() {
    return String.format(
        "relinked %d report(s) into %d incident(s); %d report(s) changed incident; %d pair(s)"
            + " compared",
        reports, incidents, changed, pairsCompared);
  }
}

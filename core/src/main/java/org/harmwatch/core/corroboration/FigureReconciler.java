package org.harmwatch.core.corroboration;

import java.util.List;

/**
 * Reconciles the figures of one incident's reports into one low, best and high per figure.
 * Implementations are stateless and thread-safe, and keep {@code low <= best <= high}; a report
 * that gives no number ("dozens") contributes nothing, and nothing is invented.
 */
public interface FigureReconciler {
  /** The reconciliation of {@code sources}, the reports of incident {@code incidentId}. */
  Corroborated reconcile(String incidentId, List<SourceReport> sources);
}

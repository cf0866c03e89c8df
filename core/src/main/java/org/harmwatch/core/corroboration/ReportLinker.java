package org.harmwatch.core.corroboration;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.harmwatch.core.model.Incident;

/**
 * Decides which stored reports (extracted incidents) tell the same event, and reconciles their
 * figures: what a {@link Corroboration} store needs of the linking module, in core's types only.
 * Implementations are thread-safe.
 */
public interface ReportLinker extends FigureReconciler {
  /**
   * A link between two reports.
   *
   * @param a one report's id
   * @param b the other report's id
   * @param score how alike they are, in [0,1]
   * @param reason why, readable ("same day, 4 km apart, ...")
   */
  record Match(String a, String b, double score, String reason) {}

  /**
   * An analyst's decision on two reports.
   *
   * @param a one report's id
   * @param b the other report's id
   * @param sameEvent true for must-link (same event), false for cannot-link
   */
  record Decision(String a, String b, boolean sameEvent) {
    public Decision {
      Objects.requireNonNull(a, "a");
      Objects.requireNonNull(b, "b");
    }
  }

  /**
   * Reports found to tell one event.
   *
   * @param id the group's id (its smallest report id)
   * @param reports the reports, as given
   * @param links the links that joined them
   */
  record Group(String id, List<Incident> reports, List<Match> links) {
    public Group {
      reports = List.copyOf(reports);
      links = List.copyOf(links);
    }
  }

  /**
   * The groups of a whole set of reports.
   *
   * @param groups every report in exactly one group
   * @param pairsCompared how many pairs were scored
   */
  record Grouping(List<Group> groups, long pairsCompared) {
    public Grouping {
      groups = List.copyOf(groups);
    }
  }

  /** The link between a new report and a stored one, when they tell the same event. */
  Optional<Match> match(Incident report, Incident stored);

  /** The two reports' likeness even below the linking threshold, unless a veto rules it out. */
  Optional<Match> assess(Incident a, Incident b);

  /** Groups every report, honouring the analysts' decisions; deterministic in any input order. */
  Grouping group(List<Incident> reports, List<Decision> decisions);
}

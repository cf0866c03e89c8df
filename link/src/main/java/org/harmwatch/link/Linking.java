package org.harmwatch.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.harmwatch.core.corroboration.Corroborated;
import org.harmwatch.core.corroboration.ReportLinker;
import org.harmwatch.core.corroboration.SourceReport;
import org.harmwatch.core.model.Incident;

/**
 * The {@link ReportLinker} of this module: stored reports linked by a {@link Linker}, figures
 * reconciled by the {@link Reconciler}. Thread-safe (both are).
 */
public final class Linking implements ReportLinker {
  private final Linker linker;
  private final Reconciler reconciler = new Reconciler();

  /** Linking with the default {@link Linker}. */
  public Linking() {
    this(new Linker());
  }

  public Linking(Linker linker) {
    this.linker = Objects.requireNonNull(linker, "linker");
  }

  @Override
  public Optional<Match> match(Incident report, Incident stored) {
    return linker.match(input(report), input(stored)).map(Linking::match);
  }

  @Override
  public Optional<Match> assess(Incident a, Incident b) {
    return linker.assess(input(a), input(b)).map(Linking::match);
  }

  @Override
  public Grouping group(List<Incident> reports, List<Decision> decisions) {
    List<LinkInput> inputs = new ArrayList<>(reports.size());
    for (Incident i : reports) {
      inputs.add(input(i));
    }
    List<ManualDecision> manual = new ArrayList<>(decisions.size());
    for (Decision d : decisions) {
      manual.add(
          new ManualDecision(
              d.a(),
              d.b(),
              d.sameEvent() ? ManualDecision.Kind.MUST_LINK : ManualDecision.Kind.CANNOT_LINK));
    }
    LinkResult result = linker.link(inputs, manual);
    List<Group> groups = new ArrayList<>(result.clusters().size());
    for (Cluster c : result.clusters()) {
      groups.add(
          new Group(
              c.id(),
              c.members().stream().map(LinkInput::incident).toList(),
              c.links().stream().map(Linking::match).toList()));
    }
    return new Grouping(groups, result.pairsCompared());
  }

  @Override
  public Corroborated reconcile(String incidentId, List<SourceReport> sources) {
    return reconciler.reconcile(incidentId, sources);
  }

  /** A stored report as the linker's input: its document, that document's publication date. */
  static LinkInput input(Incident i) {
    return new LinkInput(i, i.document().id(), i.document().published(), null);
  }

  private static Match match(Link l) {
    return new Match(l.a(), l.b(), l.score(), l.reason());
  }
}

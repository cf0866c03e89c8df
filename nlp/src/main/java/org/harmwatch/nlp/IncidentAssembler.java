package org.harmwatch.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.Casualties;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.DocumentRef;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.Evidence;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.Provenance;
import org.harmwatch.core.model.SubEventType;
import org.harmwatch.nlp.event.BattleSigns;
import org.harmwatch.nlp.event.EventCues;
import org.harmwatch.nlp.quantity.CasualtyKind;
import org.harmwatch.nlp.time.DateFinder;

/**
 * The assembly stage: builds one incident from a draft by running the slot resolvers in turn
 * (place, date, casualties, event type, actor roles, weapons, attribution), applying the coding
 * policy, and adding the evidence and a confidence.
 */
final class IncidentAssembler {
  private final EventCues cues;
  private final DateFinder dates;
  private final RoleResolver roles;
  private final AttributionResolver attribution;
  private final CodingPolicy policy;

  IncidentAssembler(EventCues cues, DateFinder dates, RoleResolver roles, CodingPolicy policy) {
    this.cues = cues;
    this.dates = dates;
    this.roles = roles;
    this.attribution = new AttributionResolver(roles, policy);
    this.policy = policy;
  }

  /**
   * The incident {@code d} tells, in a document about {@code docCountry} (or null) whose widest
   * place is {@code docPlace} (or null).
   */
  Incident build(
      IncidentDraft d, Document doc, String docCountry, Location docPlace, Provenance provenance) {
    EvidenceMarks marks = new EvidenceMarks(d.facts);
    SentenceFacts first = d.first();
    marks.mark(first, "event_type");
    StringBuilder all = new StringBuilder();
    for (SentenceFacts f : d.facts) {
      all.append(f.sentence().text()).append(' ');
    }
    String joined = all.toString();

    Location location = PlaceSlot.resolve(d, docCountry, docPlace, marks);
    String country =
        location != null && location.countryCode() != null ? location.countryCode() : docCountry;
    IncidentDate date = DateSlot.resolve(d, doc, marks, dates);
    Casualties casualties = CasualtySlot.resolve(d, marks);
    SubEventType sub =
        CodingPolicy.subEventType(
            cues.types(joined), first.trigger(), casualties, cues.takingOnly(joined));

    // A note that names no place still names its country through its actors ("Ugandan army"):
    // enough to read "the army" or "the rebels" as that country's.
    String actorCountry = country != null ? country : roles.impliedCountry(doc.text());
    Integer year = eventYear(date, doc);
    RoleResolver.Roles found = roles.resolve(d, actorCountry, year, marks);
    // "the insurgents" of a report that names Boko Haram and no other group are Boko Haram.
    Supplier<Actor> soleGroup = () -> roles.soleNamedGroup(doc.text(), actorCountry, year);
    GroupReference.refer(found.perpetrators(), soleGroup);
    GroupReference.refer(found.targets(), soleGroup);
    CodingPolicy.civiliansOfAPeopleSuffer(
        found.perpetrators(), found.targets(), cues::mentionsCivilians);
    CodingPolicy.unidentifiedOnlyAlone(found.perpetrators());
    CodingPolicy.armedPerpetratorsOnly(found.perpetrators());
    BattleSigns signs = cues.battleSigns(joined);
    sub = CodingPolicy.sides(sub, signs, found.perpetrators(), found.targets());
    boolean civiliansDead = civiliansAmongDead(d, casualties);
    sub = BattleRules.attackOnForces(sub, signs, found.targets(), civiliansDead);
    sub = BattleRules.forcesAttacked(sub, signs, found.perpetrators(), civiliansDead);
    sub = BattleRules.bothSidesFight(sub, signs, found.perpetrators(), civiliansDead);
    BattleRules.oneSidePerBattle(sub, found.perpetrators(), found.targets());
    policy.stateOnlyAirPower(sub, country, first.trigger().text(), found.perpetrators());
    casualties = CasualtySlot.civiliansOfAnAttack(casualties, sub.eventType(), d);
    boolean civilians = d.facts.stream().anyMatch(f -> cues.mentionsCivilians(f.sentence().text()));
    if (civilians && sub.eventType() != EventType.BATTLES) {
      d.facts.stream()
          .filter(f -> cues.mentionsCivilians(f.sentence().text()))
          .findFirst()
          .ifPresent(f -> marks.mark(f, "targets"));
    }
    CodingPolicy.civiliansTargeted(sub, civilians, found.targets(), roles.civilians(actorCountry));
    CodingPolicy.victimGroups(sub, cues.victimGroups(joined), found.targets());
    CodingPolicy.harmedGroups(sub, year, cues.harmedGroups(joined), found.targets());

    List<String> weapons = new ArrayList<>(cues.weapons(joined));
    CodingPolicy.strikeWeapon(sub, () -> paragraphMentionsDrone(doc, d), weapons);
    List<String> reporters = attribution.resolve(d, country, marks);

    List<Evidence> evidence = marks.evidence();
    return new Incident(
        null,
        DocumentRef.of(doc),
        sub.eventType(),
        sub,
        date,
        location,
        List.copyOf(found.perpetrators().values()),
        List.copyOf(found.targets().values()),
        casualties,
        weapons,
        reporters,
        evidence,
        confidence(date, location, !found.perpetrators().isEmpty(), casualties, reporters),
        provenance);
  }

  // The year actors are named as of (ACLED renames them over time): the event's when its date lies
  // in one year, else the publication's, since a report mostly tells recent events.
  private static Integer eventYear(IncidentDate date, Document doc) {
    if (date != null
        && date.start() != null
        && date.end() != null
        && date.start().getYear() == date.end().getYear()) {
      return date.start().getYear();
    }
    return doc.published() == null ? null : doc.published().getYear();
  }

  // How much of the record was found: a base for the event, more for each field filled.
  private static double confidence(
      IncidentDate date,
      Location location,
      boolean perpetrators,
      Casualties casualties,
      List<String> reporters) {
    double confidence = 0.4;
    confidence += date != null ? 0.1 : 0;
    confidence += location != null ? 0.15 : 0;
    confidence += perpetrators ? 0.1 : 0;
    confidence += !casualties.isEmpty() ? 0.15 : 0;
    confidence += !reporters.isEmpty() ? 0.05 : 0;
    return Math.min(0.95, confidence);
  }

  // Civilians among the dead: counted as such, or named in a sentence that tells deaths.
  private boolean civiliansAmongDead(IncidentDraft d, Casualties casualties) {
    if (casualties.civiliansKilled() != null) {
      return true;
    }
    return d.facts.stream()
        .anyMatch(
            f ->
                f.casualties().stream().anyMatch(c -> c.kind() == CasualtyKind.KILLED)
                    && cues.mentionsCivilians(f.sentence().text()));
  }

  private static boolean paragraphMentionsDrone(Document doc, IncidentDraft d) {
    String s = d.first().sentence().text().toLowerCase(Locale.ROOT);
    int from = Math.max(0, d.first().sentence().start() - 600);
    String before =
        doc.text().substring(from, d.first().sentence().start()).toLowerCase(Locale.ROOT);
    int para = before.lastIndexOf("\n\n");
    String window = para >= 0 ? before.substring(para) : before;
    return s.contains("drone") || window.contains("drone");
  }
}

package org.harmwatch.core.alert;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.harmwatch.core.corroboration.FigureEstimate;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.pipeline.Cancellation;
import org.harmwatch.core.pipeline.IngestResult;
import org.harmwatch.core.pipeline.IngestService;
import org.harmwatch.core.store.IncidentQuery;
import org.harmwatch.core.store.IncidentStore;
import org.harmwatch.core.store.IncidentSummary;
import org.harmwatch.core.text.Withheld;
import org.harmwatch.core.text.WithheldMask;

/**
 * The watch over saved searches: after each ingest, every saved search is run over the new
 * incidents; those that match are recorded as hits of the search's user and, when the user set a
 * webhook, sent there as one JSON body per search. Thread-safe when its parts are.
 *
 * <p>An incident that linking folds into an older one (a second report of a known event) is no new
 * incident and raises no hit.
 */
public final class SearchWatch {
  private static final System.Logger LOG = System.getLogger(SearchWatch.class.getName());

  private final IncidentStore store;
  private final SavedSearchStore searches;
  private final Function<String, IncidentQuery> parser;
  private final WebhookSink webhooks;
  private final WebhookReading reading;
  private final Clock clock;

  /**
   * A watch over {@code searches}, reading each saved query with {@code parser} and running it on
   * {@code store}; webhook bodies withhold nothing ({@link WebhookReading#OPEN}).
   */
  public SearchWatch(
      IncidentStore store,
      SavedSearchStore searches,
      Function<String, IncidentQuery> parser,
      WebhookSink webhooks,
      Clock clock) {
    this(store, searches, parser, webhooks, WebhookReading.OPEN, clock);
  }

  /**
   * A watch over {@code searches}, reading each saved query with {@code parser} and running it on
   * {@code store}; webhook bodies hold what {@code reading} lets the search's owner read.
   */
  public SearchWatch(
      IncidentStore store,
      SavedSearchStore searches,
      Function<String, IncidentQuery> parser,
      WebhookSink webhooks,
      WebhookReading reading,
      Clock clock) {
    this.reading = Objects.requireNonNull(reading, "reading");
    this.store = Objects.requireNonNull(store, "store");
    this.searches = Objects.requireNonNull(searches, "searches");
    this.parser = Objects.requireNonNull(parser, "parser");
    this.webhooks = Objects.requireNonNull(webhooks, "webhooks");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * {@code inner} followed by a check of the incidents of each newly stored document; a
   * cancellation goes on to {@code inner}.
   */
  public IngestService around(IngestService inner) {
    Objects.requireNonNull(inner, "inner");
    return new IngestService() {
      @Override
      public IngestResult ingest(Document document) {
        return ingest(document, Cancellation.none());
      }

      @Override
      public IngestResult ingest(Document document, Cancellation cancellation) {
        IngestResult result = inner.ingest(document, cancellation);
        if (result.created() && !result.incidents().isEmpty()) {
          check(result.incidents().stream().map(Incident::id).toList());
        }
        return result;
      }
    };
  }

  /** Runs every saved search over {@code incidentIds}; returns the number of hits recorded. */
  public int check(Collection<String> incidentIds) {
    if (incidentIds.isEmpty()) {
      return 0;
    }
    int recorded = 0;
    Instant now = clock.instant();
    for (SavedSearch s : searches.all()) {
      IncidentQuery query;
      try {
        query = parser.apply(s.query());
      } catch (IllegalArgumentException e) {
        // Saved queries are checked when saved; one the rules have since outgrown is skipped.
        LOG.log(
            System.Logger.Level.WARNING,
            "saved search " + s.id() + " is no longer valid: " + e.getMessage());
        continue;
      }
      List<String> matched;
      try {
        matched = store.matching(query, incidentIds);
      } catch (IllegalArgumentException e) {
        LOG.log(
            System.Logger.Level.WARNING,
            "saved search " + s.id() + " cannot run: " + e.getMessage());
        continue;
      }
      List<String> fresh =
          matched.isEmpty() ? List.of() : searches.recordHits(s.id(), matched, now);
      recorded += fresh.size();
      if (!fresh.isEmpty()) {
        Optional<String> hook = searches.webhook(s.username());
        if (hook.isPresent()) {
          webhooks.send(URI.create(hook.get()), payload(s, fresh, now));
        }
      }
    }
    return recorded;
  }

  /**
   * The webhook body: the search, and each new incident's summary with its reconciled figure, as
   * {@link #reading} lets the search's owner read it: withheld strings masked in every text, and an
   * incident of a document the owner may not read without its title ({@code "document_restricted":
   * true}).
   */
  String payload(SavedSearch s, List<String> incidentIds, Instant now) {
    WithheldMask mask = reading.mask();
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("event", "saved_search.new_incidents");
    o.put("sent_at", now.toString());
    ObjectNode search = o.putObject("search");
    search.put("id", s.id());
    search.put("name", mask.mask(s.name()));
    search.put("query", mask.mask(s.query()));
    search.put("user", s.username());
    Map<String, FigureEstimate> killed = store.killedFigures(incidentIds);
    ArrayNode items = o.putArray("incidents");
    for (String id : incidentIds) {
      Optional<Incident> found = store.incident(id);
      if (found.isEmpty()) {
        continue;
      }
      Incident incident = found.get();
      boolean restricted =
          incident.document() != null && !reading.mayRead(s.username(), incident.document().id());
      IncidentSummary i =
          IncidentSummary.of(
              Withheld.incident(restricted ? Withheld.withoutQuotes(incident) : incident, mask));
      if (killed.containsKey(id)) {
        i = i.withKilled(killed.get(id));
      }
      ObjectNode n = items.addObject();
      n.put("id", i.id());
      n.put("date_start", i.dateStart() == null ? null : i.dateStart().toString());
      n.put("date_end", i.dateEnd() == null ? null : i.dateEnd().toString());
      n.put("event_type", i.eventType());
      n.put("country_code", i.countryCode());
      n.put("admin1", i.admin1());
      n.put("place", i.place());
      n.put("killed_low", i.killedLow());
      n.put("killed_best", i.killedBest());
      n.put("killed_high", i.killedHigh());
      n.put("title", i.title());
      if (restricted) {
        n.put("document_restricted", true);
      }
    }
    return o.toString();
  }
}

package org.harmwatch.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.harmwatch.core.account.ReadChannel;
import org.harmwatch.core.corroboration.Corroboration;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.review.Grade;
import org.harmwatch.core.review.ReviewStatus;
import org.harmwatch.core.review.ReviewStore;
import org.harmwatch.core.store.IncidentQuery;
import org.harmwatch.core.store.IncidentStore;
import org.harmwatch.core.store.Page;
import org.harmwatch.core.text.Withheld;

/**
 * Dossiers for advocacy annexes: {@code GET /dossier?...} is the HTML print view (a page that
 * renders itself from the API), {@code GET /api/dossier.pdf?...} the PDF. Both take either one or
 * more {@code id} parameters or the filters of {@code /api/incidents} (at most {@value #MAX}
 * incidents) and {@code lang} (en|fr; else the Accept-Language header, else English) for the PDF's
 * words and dates. Thread-safe: holds only thread-safe stores.
 */
public final class DossierApi implements ApiModule {
  /** The most incidents one dossier holds. */
  static final int MAX = 500;

  private final IncidentStore store;
  private final Optional<ReviewStore> review;
  private final Clock clock;
  private final String page;
  private final SourceEvidence sourceEvidence;

  /** Dossiers over {@code store}, showing grades and statuses from {@code review}. */
  public DossierApi(IncidentStore store, ReviewStore review, Clock clock) {
    this(store, Optional.of(Objects.requireNonNull(review, "review")), Optional.empty(), clock);
  }

  /**
   * Dossiers over {@code store} with grades and statuses from {@code review}, and every source of
   * each incident (by {@code corroboration}) with its figures and quotes.
   */
  public DossierApi(
      IncidentStore store, ReviewStore review, Corroboration corroboration, Clock clock) {
    this(
        store,
        Optional.of(Objects.requireNonNull(review, "review")),
        Optional.of(Objects.requireNonNull(corroboration, "corroboration")),
        clock);
  }

  /** Dossiers over {@code store} of a build without review state: no grades are shown. */
  public DossierApi(IncidentStore store, Clock clock) {
    this(store, Optional.empty(), Optional.empty(), clock);
  }

  private DossierApi(
      IncidentStore store,
      Optional<ReviewStore> review,
      Optional<Corroboration> corroboration,
      Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.sourceEvidence = new SourceEvidence(store, corroboration);
    this.review = review;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.page = resource("/public/dossier.html");
  }

  @Override
  public List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get(
            "/dossier",
            Access.ANYONE,
            ctx -> ctx.contentType("text/html; charset=utf-8").result(page)),
        ApiRoute.get("/api/dossier.pdf", Access.VIEWER, this::pdf));
  }

  private void pdf(Context ctx) {
    // The language first: a bad one is a 400 before any incident is read.
    DossierLabels labels =
        DossierLabels.forRequest(ctx.queryParam("lang"), ctx.header("Accept-Language"));
    List<Incident> incidents = select(ctx);
    List<PdfDossier.Entry> entries = new ArrayList<>();
    java.util.Map<String, org.harmwatch.core.corroboration.FigureEstimate> killed =
        store.killedFigures(incidents.stream().map(Incident::id).toList());
    // Restricted documents the reader may not read: no title, text or quote of theirs.
    Set<String> hidden = DocumentAccess.hiddenFrom(ctx);
    for (Incident found : incidents) {
      boolean restricted = found.document() != null && hidden.contains(found.document().id());
      Incident i = restricted ? Withheld.withoutQuotes(found) : found;
      List<Document> sources = new ArrayList<>();
      Set<String> ids = new LinkedHashSet<>(store.documentsOfIncident(i.id()));
      if (ids.isEmpty() && i.document() != null) {
        ids.add(i.document().id());
      }
      ids.removeAll(hidden);
      for (String id : ids) {
        store.document(id).ifPresent(sources::add);
      }
      entries.add(
          new PdfDossier.Entry(
              i,
              sources,
              review.flatMap(r -> r.grade(i.id())).map(Grade::code).orElse(null),
              status(i.id()),
              killed.get(i.id()),
              sourceEvidence.of(found).stream()
                  .filter(q -> !hidden.contains(q.document().id()))
                  .toList()));
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    String user = RequestUser.require(ctx);
    TextReads.record(
        ctx,
        ReadChannel.DOSSIER,
        entries.stream().flatMap(e -> e.sources().stream()).map(Document::id).toList());
    byte[] pdf =
        PdfDossier.write(
            labels.text("title"),
            labels.text(
                "subtitle", entries.size(), labels.generated(now), user, describe(ctx, labels)),
            entries,
            Withholding.forCaller(ctx)::mask,
            labels);
    ctx.header("Content-Disposition", "attachment; filename=\"harmwatch-dossier.pdf\"");
    ctx.header("Cache-Control", "no-store");
    ctx.status(200).contentType("application/pdf").result(pdf);
  }

  private String status(String id) {
    return review.map(r -> r.status(id)).map(ReviewStatus::code).orElse(null);
  }

  private List<Incident> select(Context ctx) {
    List<String> ids = ctx.queryParams("id");
    if (!ids.isEmpty()) {
      if (ids.size() > MAX) {
        throw ApiException.badParameter("id", "a dossier holds at most " + MAX + " incidents");
      }
      List<Incident> out = new ArrayList<>();
      for (String id : new LinkedHashSet<>(ids)) {
        Optional<Incident> i = store.incident(id);
        out.add(i.orElseThrow(() -> ApiException.notFound("no incident '" + id + "'")));
      }
      return out;
    }
    IncidentQuery q = QueryParameters.incidentQuery(ctx, MAX);
    if (q.limit() > MAX) {
      throw ApiException.badParameter("limit", "a dossier holds at most " + MAX + " incidents");
    }
    Page<Incident> page = QueryParameters.search(store, q);
    return page.items();
  }

  private static String describe(Context ctx, DossierLabels labels) {
    StringBuilder b = new StringBuilder();
    ctx.queryParamMap()
        .forEach(
            (k, v) -> {
              if (!k.equals("lang") && !v.isEmpty() && !v.get(0).isBlank()) {
                b.append(b.length() == 0 ? "" : "; ")
                    .append(k)
                    .append('=')
                    .append(String.join(",", v));
              }
            });
    return b.length() == 0 ? labels.text("filters.none") : b.toString();
  }

  private static String resource(String name) {
    try (InputStream in = DossierApi.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }
}

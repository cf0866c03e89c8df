package org.harmwatch.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.harmwatch.core.corroboration.Corroborated;
import org.harmwatch.core.corroboration.Corroboration;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.pipeline.IngestResult;
import org.harmwatch.core.store.IncidentQuery;
import org.harmwatch.core.store.IncidentStore;
import org.harmwatch.core.store.Page;
import org.junit.jupiter.api.Test;

class IncidentExportTest {
  /** A store of {@code n} clashes, newest first, that records the page sizes it is asked for. */
  static final class ListStore implements IncidentStore {
    final List<Incident> incidents = new ArrayList<>();
    final List<Integer> limits = new ArrayList<>();

    ListStore(int n) {
      for (int k = 0; k < n; k++) {
        incidents.add(
            Fixtures.clash(String.format("inc-%05d", k), LocalDate.of(2024, 1, 1).minusDays(k)));
      }
    }

    @Override
    public Page<Incident> search(IncidentQuery q) {
      limits.add(q.limit());
      int from = Math.min(q.offset(), incidents.size());
      int to = Math.min(from + q.limit(), incidents.size());
      return new Page<>(incidents.subList(from, to), incidents.size(), q.limit(), q.offset());
    }

    @Override
    public IngestResult save(Document document, List<Incident> list) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Document> document(String id) {
      return Optional.empty();
    }

    @Override
    public Optional<Document> documentBySha256(String sha256) {
      return Optional.empty();
    }

    @Override
    public Optional<Incident> incident(String id) {
      return Optional.empty();
    }

    @Override
    public List<Incident> incidentsOfDocument(String documentId) {
      return List.of();
    }

    @Override
    public List<String> documentsOfIncident(String incidentId) {
      return List.of();
    }

    @Override
    public long documentCount() {
      return 0;
    }

    @Override
    public long incidentCount() {
      return incidents.size();
    }

    @Override
    public String describe() {
      return "list";
    }

    @Override
    public void close() {}
  }

  /** Collects what it is given. */
  static class Collect implements IncidentWriter {
    long total = -1;
    final List<ExportRecord> records = new ArrayList<>();
    boolean ended;

    @Override
    public void begin(long t) {
      total = t;
    }

    @Override
    public void write(ExportRecord r) {
      records.add(r);
    }

    @Override
    public void end() {
      ended = true;
    }
  }

  @Test
  void everyMatchingIncidentOnceInOrderReadPageByPage() throws IOException {
    ListStore store = new ListStore(1203);
    Collect out = new Collect();
    ExportSummary n =
        new IncidentExport(store, null, null).run(IncidentQuery.all(100), 0, Long.MAX_VALUE, out);
    assertThat(n.written()).isEqualTo(1203);
    assertThat(n.leftOut()).isEmpty();
    assertThat(out.total).isEqualTo(1203);
    assertThat(out.ended).isTrue();
    assertThat(out.records)
        .extracting(r -> r.incident().id())
        .containsExactlyElementsOf(store.incidents.stream().map(Incident::id).toList());
    // Three pages of at most 500, never the whole result at once.
    assertThat(store.limits).containsExactly(500, 500, 500);
  }

  @Test
  void offsetAndMaxCutTheResult() throws IOException {
    ListStore store = new ListStore(30);
    Collect out = new Collect();
    new IncidentExport(store, null, null).run(IncidentQuery.all(100), 5, 10, out);
    assertThat(out.total).isEqualTo(10);
    assertThat(out.records).extracting(r -> r.incident().id()).first().isEqualTo("inc-00005");
    assertThat(out.records).hasSize(10);
  }

  @Test
  void recordsTheFormatCannotHoldAreLeftOutAndCountedByReason() throws IOException {
    ListStore store = new ListStore(10);
    Collect out =
        new Collect() {
          @Override
          public String refusal(ExportRecord r) {
            int n = Integer.parseInt(r.incident().id().substring(4));
            return n % 3 == 0 ? "no date" : n == 7 ? "no country" : null;
          }
        };
    ExportSummary s = new IncidentExport(store, null, null).run(IncidentQuery.all(100), 0, 8, out);
    // Of inc-00000..inc-00007, 0, 3 and 6 have "no date" and 7 "no country".
    assertThat(s.written()).isEqualTo(4);
    assertThat(s.leftOut()).containsOnly(Map.entry("no date", 3L), Map.entry("no country", 1L));
    assertThat(s.leftOutText()).isEqualTo("1 with no country, 3 with no date");
    assertThat(out.records)
        .extracting(r -> r.incident().id())
        .containsExactly("inc-00001", "inc-00002", "inc-00004", "inc-00005");
  }

  @Test
  void anEmptyResultStillMakesAWholeOutput() throws IOException {
    Collect out = new Collect();
    new IncidentExport(new ListStore(0), null, null)
        .run(IncidentQuery.all(1), 0, Long.MAX_VALUE, out);
    assertThat(out.total).isZero();
    assertThat(out.ended).isTrue();
  }

  @Test
  void corroborationIsAskedOncePerPage() throws IOException {
    ListStore store = new ListStore(700);
    List<Integer> asked = new ArrayList<>();
    Corroboration corroboration =
        (Corroboration)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {Corroboration.class},
                (proxy, method, args) -> {
                  if (!method.getName().equals("corroboration")) {
                    throw new UnsupportedOperationException(method.getName());
                  }
                  Collection<?> ids = (Collection<?>) args[0];
                  asked.add(ids.size());
                  Map<String, Corroborated> m = new HashMap<>();
                  return m;
                });
    Collect out = new Collect();
    new IncidentExport(store, corroboration, null)
        .run(IncidentQuery.all(1), 0, Long.MAX_VALUE, out);
    assertThat(asked).containsExactly(500, 200);
    assertThat(out.records).allSatisfy(r -> assertThat(r.corroborated()).isNull());
  }
}

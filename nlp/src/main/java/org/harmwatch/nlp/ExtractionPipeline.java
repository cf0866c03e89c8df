package org.harmwatch.nlp;

import java.util.ArrayList;
import java.util.List;
import org.harmwatch.core.geo.CountryProfiles;
import org.harmwatch.core.geo.PlaceContext;
import org.harmwatch.core.geo.PlaceResolver;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.Provenance;
import org.harmwatch.core.pipeline.Cancellation;
import org.harmwatch.nlp.actors.ActorDictionary;
import org.harmwatch.nlp.event.EventCues;
import org.harmwatch.nlp.lang.LanguagePacks;
import org.harmwatch.nlp.quantity.CasualtyFinder;
import org.harmwatch.nlp.text.Sentence;
import org.harmwatch.nlp.text.SentenceSplitter;
import org.harmwatch.nlp.time.CalendarWords;
import org.harmwatch.nlp.time.DateFinder;

/**
 * The extraction stages in the order the data flows through them: sentences → annotation ({@link
 * SentenceAnnotator}) → segmentation into drafts ({@link Segmenter}) → retellings merged → assembly
 * of each draft by the slot resolvers and the coding policy ({@link IncidentAssembler}, {@link
 * CodingPolicy}) → drafts that are no incident left out ({@link IncidentFilter}) → a lead's summary
 * folded into its detailed incident → duplicates left out ({@link Deduplication}). Thread-safe.
 */
final class ExtractionPipeline {
  private final PlaceResolver places;
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final Segmenter segmenter;
  private final IncidentAssembler assembler;
  private final IncidentFilter filter;
  private final String version;

  /**
   * The stages for documents that read the vocabularies of {@code packs} (one language's pack and
   * its fallbacks, or every pack).
   */
  ExtractionPipeline(
      PlaceResolver places,
      ActorDictionary actors,
      CountryProfiles countries,
      String version,
      LanguagePacks packs) {
    EventCues cues = new EventCues(packs);
    CalendarWords calendar = new CalendarWords(packs);
    DateFinder dates = new DateFinder(calendar);
    this.places = places;
    this.segmenter =
        new Segmenter(
            new SentenceAnnotator(places, cues, new CasualtyFinder(packs, calendar), dates));
    this.assembler =
        new IncidentAssembler(cues, dates, new RoleResolver(actors), new CodingPolicy(countries));
    this.filter = new IncidentFilter(countries, packs);
    this.version = version;
  }

  /**
   * The incidents {@code document} tells, in document order; {@code cancellation} is polled between
   * the stages, before each sentence and before each draft is assembled.
   *
   * @throws Cancellation.Cancelled once it is set
   */
  List<Incident> extract(Document document, String actorsVersion, Cancellation cancellation) {
    PlaceContext context = places.contextOf(document.text());
    String docCountry = context.countryCodes().isEmpty() ? null : context.countryCodes().get(0);
    Location docPlace = places.documentLocation(context).orElse(null);
    cancellation.check();
    List<Sentence> sentences = splitter.split(document.text());
    List<IncidentDraft> drafts = segmenter.segment(document, sentences, context, cancellation);
    Deduplication.mergeRetellings(drafts);
    Provenance provenance = new Provenance(version, places.version(), actorsVersion);
    for (IncidentDraft d : drafts) {
      cancellation.check();
      d.built = assembler.build(d, document, docCountry, docPlace, provenance);
    }
    boolean brief = DocumentLayout.isBrief(sentences, document.text());
    drafts.removeIf(d -> !filter.keeps(d, brief, docCountry));
    Deduplication.foldSummaries(drafts);
    for (IncidentDraft d : drafts) {
      if (d.rebuild) {
        d.built = assembler.build(d, document, docCountry, docPlace, provenance);
      }
    }
    List<Incident> out = new ArrayList<>();
    for (IncidentDraft d : drafts) {
      if (!Deduplication.duplicate(d, out)) {
        out.add(d.built);
      }
    }
    return List.copyOf(out);
  }
}

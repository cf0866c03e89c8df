package org.harmwatch.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Evidence;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.Location;

/**
 * The Lucene entries of a {@link LuceneIndex}: its field names, and the entry of a document or an
 * incident, its text in both language fields.
 */
final class IndexEntries {
  static final String KEY = "key";
  static final String KIND = "kind";
  static final String ID = "id";
  static final String EN = "text_en";
  static final String FR = "text_fr";
  static final String TITLE = "title";
  static final String PUBLISHED = "published";
  static final String LANGUAGE = "language";
  static final String BODY = "body";
  static final String DOCUMENT = "document";
  static final String INCIDENT = "incident";

  private IndexEntries() {}

  /** The entry of a document: its id, title, text, date and language, its text searchable. */
  static org.apache.lucene.document.Document of(Document document) {
    org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
    d.add(new StringField(KEY, DOCUMENT + ":" + document.id(), Field.Store.NO));
    d.add(new StringField(KIND, DOCUMENT, Field.Store.NO));
    d.add(new StoredField(ID, document.id()));
    String title = document.title() == null ? "" : document.title();
    String text = document.text() == null ? "" : document.text();
    d.add(new StoredField(TITLE, title));
    d.add(new StoredField(BODY, text));
    if (document.published() != null) {
      d.add(new StoredField(PUBLISHED, document.published().toString()));
    }
    if (document.language() != null) {
      d.add(new StringField(LANGUAGE, document.language(), Field.Store.YES));
    }
    addText(d, title + "\n" + text);
    return d;
  }

  /** The entry of an incident (which has an id), its text searchable. */
  static org.apache.lucene.document.Document of(Incident incident, String language) {
    org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
    d.add(new StringField(KEY, INCIDENT + ":" + incident.id(), Field.Store.NO));
    d.add(new StringField(KIND, INCIDENT, Field.Store.NO));
    d.add(new StoredField(ID, incident.id()));
    if (language != null) {
      d.add(new StringField(LANGUAGE, language, Field.Store.YES));
    }
    addText(d, incidentText(incident));
    return d;
  }

  // What of an incident can be searched: its evidence, place, actors, weapons, sources and the
  // title of its document.
  private static String incidentText(Incident i) {
    List<String> parts = new ArrayList<>();
    for (Evidence e : i.evidence()) {
      parts.add(e.text());
    }
    Location l = i.location();
    if (l != null) {
      parts.add(l.name());
      parts.add(l.admin2());
      parts.add(l.admin1());
      parts.add(l.text());
    }
    for (Actor a : i.perpetrators()) {
      parts.add(a.name());
      parts.add(a.text());
    }
    for (Actor a : i.targets()) {
      parts.add(a.name());
      parts.add(a.text());
    }
    parts.addAll(i.weapons());
    parts.addAll(i.reportedBy());
    if (i.document() != null) {
      parts.add(i.document().title());
    }
    StringBuilder b = new StringBuilder();
    for (String p : parts) {
      if (p != null && !p.isBlank()) {
        b.append(p).append('\n');
      }
    }
    return b.toString();
  }

  private static void addText(org.apache.lucene.document.Document d, String text) {
    d.add(new TextField(EN, text, Field.Store.NO));
    d.add(new TextField(FR, text, Field.Store.NO));
  }
}

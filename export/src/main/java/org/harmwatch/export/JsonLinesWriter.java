package org.harmwatch.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.harmwatch.core.json.ExchangeJson;

/**
 * Writes incidents as JSON Lines in the exchange format, one incident a line, each as {@code GET
 * /api/incidents/{id}} shows it: with its {@code sources}, reconciled figures and {@code review}
 * (status and grade).
 */
public final class JsonLinesWriter implements IncidentWriter {
  private final Writer writer;

  public JsonLinesWriter(Writer writer) {
    this.writer = writer;
  }

  @Override
  public void begin(long total) {}

  @Override
  public void write(ExportRecord r) throws IOException {
    ObjectNode o = ExchangeJson.toJson(r.incident());
    if (r.corroborated() != null) {
      ExchangeJson.addCorroboration(o, r.corroborated());
    }
    ObjectNode review = o.putObject("review");
    review.put("status", r.review().status().code());
    review.put("grade", r.review().grade() == null ? null : r.review().grade().code());
    writer.write(ExchangeJson.write(o));
    writer.write('\n');
  }

  @Override
  public void end() throws IOException {
    writer.flush();
  }
}

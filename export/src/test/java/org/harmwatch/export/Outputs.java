package org.harmwatch.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs a writer over records in memory, for tests. */
final class Outputs {
  private Outputs() {}

  static byte[] bytes(ExportFormat format, boolean bom, List<ExportRecord> records) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      IncidentWriter w = format.open(out, bom);
      w.begin(records.size());
      for (ExportRecord r : records) {
        w.write(r);
      }
      w.end();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(ExportFormat format, List<ExportRecord> records) {
    return new String(bytes(format, false, records), StandardCharsets.UTF_8);
  }

  static List<String> fixtureLines(String name) {
    try (InputStream in = Outputs.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

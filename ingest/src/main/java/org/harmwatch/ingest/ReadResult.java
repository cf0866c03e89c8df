package org.harmwatch.ingest;

import java.util.Objects;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.pipeline.Rejected;

/** What reading one input item gave: a document, or a rejection with its reason. */
public sealed interface ReadResult {
  /** A document that was read. */
  record Read(Document document) implements ReadResult {
    public Read {
      Objects.requireNonNull(document, "document");
    }
  }

  /** An item that could not be read, kept as data. */
  record Failed(Rejected rejected) implements ReadResult {
    public Failed {
      Objects.requireNonNull(rejected, "rejected");
    }
  }

  /** A rejection of {@code source} for {@code reason}. */
  static ReadResult failed(String source, String reason) {
    return new Failed(new Rejected(source, reason));
  }
}

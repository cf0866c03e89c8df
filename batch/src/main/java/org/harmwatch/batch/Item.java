package org.harmwatch.batch;

import java.io.Serializable;

/** What reading one input item gave: a document or a rejection (exactly one is non-null). */
record Item(DocRow doc, Reject reject) implements Serializable {
  static Item of(DocRow doc) {
    return new Item(doc, null);
  }

  static Item rejected(String source, String stage, String reason) {
    return new Item(null, new Reject(source, stage, reason));
  }
}

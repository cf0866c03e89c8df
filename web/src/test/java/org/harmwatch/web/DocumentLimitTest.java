package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.pipeline.IngestService;
import org.junit.jupiter.api.Test;

class DocumentLimitTest {
  @Test
  void theLimitComesFromTheEnvironmentOrIsTheDefault() {
    assertThat(DocumentLimit.from(Map.of()).maxChars()).isEqualTo(DocumentLimit.DEFAULT_MAX_CHARS);
    assertThat(DocumentLimit.from(Map.of(DocumentLimit.VARIABLE, "250_000")).maxChars())
        .isEqualTo(250_000);
    assertThatThrownBy(() -> DocumentLimit.from(Map.of(DocumentLimit.VARIABLE, "lots")))
        .hasMessageContaining(DocumentLimit.VARIABLE)
        .hasMessageContaining("'lots'");
    assertThatThrownBy(() -> DocumentLimit.from(Map.of(DocumentLimit.VARIABLE, "0")))
        .hasMessageContaining(DocumentLimit.VARIABLE);
  }

  @Test
  void aLongerDocumentIsRefusedBeforeExtractionNamingItsSizeAndTheLimit() {
    int[] calls = new int[1];
    IngestService counting =
        d -> {
          calls[0]++;
          throw new AssertionError("not to be reached");
        };
    IngestService bounded = new DocumentLimit(10).bound(counting);
    Document eleven = Document.ofText("d11", null, null, "x".repeat(11));
    assertThatThrownBy(() -> bounded.ingest(eleven))
        .isInstanceOf(DocumentLimit.TooLarge.class)
        .hasMessageContaining("d11")
        .hasMessageContaining("11 characters")
        .hasMessageContaining("limit is 10")
        .hasMessageContaining(DocumentLimit.VARIABLE);
    assertThat(calls[0]).isZero();
    assertThatThrownBy(() -> bounded.ingest(Document.ofText("d10", null, null, "x".repeat(10))))
        .isInstanceOf(AssertionError.class);
    assertThat(calls[0]).isEqualTo(1);
  }
}

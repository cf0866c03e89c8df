package org.harmwatch.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.harmwatch.core.corroboration.Corroborated;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.text.WithheldMask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WithholdingWriterTest {
  // Strings of the Djibo fixture that stand in for a witness's name and words here.
  private static final WithheldMask MASK =
      WithheldMask.of(List.of("Djibo", "Human Rights Watch", "on Tuesday"));

  @ParameterizedTest
  @EnumSource(ExportFormat.class)
  void noFormatWritesAWithheldString(ExportFormat format) throws IOException {
    Incident djibo = Fixtures.djibo();
    Corroborated sources = Fixtures.djiboSources();
    ExportRecord record = new ExportRecord(djibo, sources, Fixtures.verifiedFair());
    String plain = Outputs.text(format, List.of(record));
    assertThat(plain).as("the fixture quotes the strings").contains("Djibo");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IncidentWriter w = new WithholdingWriter(format.open(out, false), MASK);
    w.begin(1);
    assertThat(w.refusal(record)).isNull();
    w.write(record);
    w.end();
    String masked = out.toString(StandardCharsets.UTF_8);
    assertThat(masked)
        .doesNotContain("Djibo")
        .doesNotContain("Human Rights Watch")
        .doesNotContainIgnoringCase("on Tuesday")
        .contains("inc-djibo");
  }
}

package org.harmwatch.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.harmwatch.core.model.DatePrecision;
import org.junit.jupiter.api.Test;

class JsonValuesTest {
  private static JsonNode json(String s) {
    return ExchangeJson.parse(s);
  }

  @Test
  void optionalTextIsNullWhenMissingOrNullAndTextOtherwise() {
    JsonNode n = json("{\"a\": \"x\", \"b\": null, \"c\": 3}");

    assertThat(JsonValues.optText(n, "a")).isEqualTo("x");
    assertThat(JsonValues.optText(n, "b")).isNull();
    assertThat(JsonValues.optText(n, "missing")).isNull();
    assertThat(JsonValues.optText(n, "c")).isEqualTo("3");
  }

  @Test
  void aDateMayCarryATimeWhichIsDroppedAndBlankMeansNone() {
    JsonNode n = json("{\"d\": \"2024-03-10T08:30:00Z\", \"e\": \"2024-03-11\", \"f\": \" \"}");

    assertThat(JsonValues.optDate(n, "d")).isEqualTo(LocalDate.of(2024, 3, 10));
    assertThat(JsonValues.optDate(n, "e")).isEqualTo(LocalDate.of(2024, 3, 11));
    assertThat(JsonValues.optDate(n, "f")).isNull();
  }

  @Test
  void aBadDateIsRefusedNamingTheFieldAndTheValue() {
    assertThatThrownBy(
            () -> JsonValues.optDate(json("{\"published\": \"10/03/2024\"}"), "published"))
        .isInstanceOf(ExchangeFormatException.class)
        .hasMessageContaining("\"published\"")
        .hasMessageContaining("10/03/2024");
  }

  @Test
  void aBadCodeIsRefusedNamingTheFieldAndTheValue() {
    assertThat(JsonValues.wrap("date.precision", "day", DatePrecision::fromCode))
        .isEqualTo(DatePrecision.DAY);
    assertThatThrownBy(
            () -> JsonValues.wrap("date.precision", "fortnight", DatePrecision::fromCode))
        .isInstanceOf(ExchangeFormatException.class)
        .hasMessage("bad date.precision: 'fortnight'");
  }

  @Test
  void valuesAreWrittenAsTheirTextAndNullStaysNull() {
    assertThat(JsonValues.str(LocalDate.of(2024, 3, 10))).isEqualTo("2024-03-10");
    assertThat(JsonValues.str(null)).isNull();
  }
}

package org.harmwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The loader's and the folding's fast paths give what the slow ones give: the table folding of
 * {@link NameFolding} against the normaliser, and the digit reading of coordinates against parsing.
 */
class GazetteerFastPathsTest {
  @Test
  void everyCharacterFoldsAsTheNormaliserFoldsIt() {
    for (char c = 0; c < 0x3100; c++) {
      String s = "A" + c + "b";
      assertThat(NameFolding.fold(s)).as("U+%04X", (int) c).isEqualTo(NameFolding.slow(s));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Ségou",
        "SÉGOU",
        "N'Tillit",
        "Sobane-Da",
        "Œuvre Straße",
        "Łódź",
        "Ørsta",
        "Ḥalab",
        "e\u0301cole",
        "ﬁlm ½",
        "Ꭰ 𝐀bc",
        "Ğ\uD800x",
        "",
        "abc123",
        "ቦሌ"
      })
  void namesFoldAsTheNormaliserFoldsThem(String name) {
    assertThat(NameFolding.fold(name)).isEqualTo(NameFolding.slow(name));
  }

  @Test
  void randomTextsFoldAsTheNormaliserFoldsThem() {
    Random random = new Random(12);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        sb.append((char) (random.nextBoolean() ? random.nextInt(0x250) : random.nextInt(0x3100)));
      }
      String s = sb.toString();
      assertThat(NameFolding.fold(s)).as("%s", s).isEqualTo(NameFolding.slow(s));
    }
  }

  @ParameterizedTest
  @CsvSource({
    "12.34567",
    "-12.34567",
    "0.5",
    "-0.5",
    "-0",
    "7",
    "180",
    "-179.99999",
    "14.2",
    "12.",
    "1.234567",
    "-1.2345678",
    "12345.6",
    "1e2",
    "-.5",
    ".25"
  })
  void coordinatesReadAsRoundedParsedDoubles(String s) {
    assertThat(builderE5(s)).isEqualTo((int) Math.round(Double.parseDouble(s) * 1e5));
  }

  @Test
  void randomCoordinatesReadAsRoundedParsedDoubles() {
    Random random = new Random(5);
    for (int n = 0; n < 100_000; n++) {
      long units = random.nextLong(36_000_001L) - 18_000_000L;
      String digits = String.valueOf(Math.abs(units));
      int decimals = random.nextInt(6);
      String s = (units < 0 ? "-" : "") + digits;
      if (decimals > 0 && digits.length() > decimals) {
        s =
            (units < 0 ? "-" : "")
                + digits.substring(0, digits.length() - decimals)
                + "."
                + digits.substring(digits.length() - decimals);
      }
      assertThat(builderE5(s)).as(s).isEqualTo((int) Math.round(Double.parseDouble(s) * 1e5));
    }
  }

  @Test
  void anEmptyCoordinateIsNone() {
    assertThat(builderE5("")).isEqualTo(Integer.MIN_VALUE);
  }

  private static int builderE5(String s) {
    return Coordinates.e5(s);
  }
}

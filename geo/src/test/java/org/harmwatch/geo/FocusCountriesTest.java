package org.harmwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.harmwatch.core.geo.CountryProfiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The focus setting: a list of African country codes, or none. */
class FocusCountriesTest {
  private static final CountryProfiles PROFILES = CountryProfiles.bundled();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ML,BF,NE|ML,BF,NE",
        "ml, bf ,ne|ML,BF,NE",
        "NG|NG",
        "so,SO,ke|SO,KE",
      })
  void parsesCodesInOrder(String setting, String expected) {
    assertThat(FocusCountries.parse(setting, PROFILES).codes())
        .isEqualTo(List.of(expected.split(",")));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void blankIsNoFocus(String setting) {
    assertThat(FocusCountries.parse(setting, PROFILES)).isEqualTo(FocusCountries.NONE);
    assertThat(FocusCountries.NONE.isEmpty()).isTrue();
    assertThat(FocusCountries.NONE).hasToString("none");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "XX|unknown country code 'XX'",
        "ML,xx|unknown country code 'xx'",
        "FR|unknown country code 'FR'",
        "Mali|unknown country code 'Mali'",
      })
  void namesTheBadValue(String setting, String message) {
    assertThatThrownBy(() -> FocusCountries.parse(setting, PROFILES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ML,,BF", "ML,"})
  void refusesAnEmptyCode(String setting) {
    assertThatThrownBy(() -> FocusCountries.parse(setting, PROFILES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty country code");
  }
}

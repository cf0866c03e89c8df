package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PrivateAddressesTest {
  @Test
  void unsetOrBlankMeansOff() {
    assertThat(PrivateAddresses.parse(null)).isFalse();
    assertThat(PrivateAddresses.parse("  ")).isFalse();
  }

  @Test
  void trueAndFalseAreReadWhateverTheirCaseAndSpaces() {
    assertThat(PrivateAddresses.parse(" TRUE ")).isTrue();
    assertThat(PrivateAddresses.parse("False")).isFalse();
  }

  @Test
  void anythingElseIsRefusedNamingTheVariableAndTheValue() {
    assertThatThrownBy(() -> PrivateAddresses.parse("yes"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("HARMWATCH_WATCH_PRIVATE_ADDRESSES must be true or false, not 'yes'");
  }
}

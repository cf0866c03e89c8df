package org.harmwatch.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Clock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses a watched source may be fetched from (literal addresses: no DNS is asked). */
class AddressGuardTest {

  @ParameterizedTest(name = "{0} public: {1}")
  @CsvSource({
    "8.8.8.8, true",
    "41.203.64.1, true",
    "2001:4860:4860::8888, true",
    "127.0.0.1, false",
    "127.0.0.2, false",
    "10.1.2.3, false",
    "172.16.0.1, false",
    "192.168.1.1, false",
    "169.254.169.254, false",
    "100.64.0.1, false",
    "0.0.0.0, false",
    "224.0.0.1, false",
    "::1, false",
    "fe80::1, false",
    "fd12:3456::1, false",
  })
  void tellsPublicAddressesFromTheRest(String address, boolean expected) throws Exception {
    assertThat(AddressGuard.isPublic(InetAddress.getByName(address))).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:9/feed.xml",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]:9/",
        "https://10.0.0.5/admin"
      })
  void aFetcherRefusesPrivateHostsBeforeConnecting(String url) {
    try (Fetcher fetcher = new Fetcher(FetchSettings.DEFAULTS, Clock.systemUTC())) {
      assertThatThrownBy(() -> fetcher.get(url, null, null, "*/*"))
          .isInstanceOf(FetchException.class)
          .hasMessageContaining("refused " + url)
          .hasMessageContaining("not a public internet address")
          .hasMessageContaining("HARMWATCH_WATCH_PRIVATE_ADDRESSES");
    }
  }
}

package org.harmwatch.watch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * The rule that keeps watched sources on the public internet: a URL whose host resolves to a
 * loopback, private, link-local, unique-local, carrier-grade NAT, multicast or unspecified address
 * is refused, so that whoever adds a source cannot make the server fetch its own network
 * (server-side request forgery). Tests and closed intranets switch it off.
 *
 * <p>The check resolves the host just before each request and each redirect; a host whose DNS
 * answer changes between the check and the connection is not caught.
 */
final class AddressGuard {
  private final boolean privateAllowed;

  AddressGuard(boolean privateAllowed) {
    this.privateAllowed = privateAllowed;
  }

  /**
   * Throws when {@code uri}'s host resolves to an address that is not public (unless private
   * addresses are allowed).
   */
  void check(URI uri) throws FetchException {
    if (privateAllowed) {
      return;
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(uri.getHost());
    } catch (UnknownHostException e) {
      throw new FetchException("unknown host: " + uri.getHost() + " (in " + uri + ")");
    }
    for (InetAddress a : addresses) {
      if (!isPublic(a)) {
        throw new FetchException(
            "refused "
                + uri
                + ": its host "
                + uri.getHost()
                + " is at "
                + a.getHostAddress()
                + ", not a public internet address (set HARMWATCH_WATCH_PRIVATE_ADDRESSES=true"
                + " to watch sources on a private network)");
      }
    }
  }

  /** Whether {@code a} is an address of the public internet. */
  static boolean isPublic(InetAddress a) {
    if (a.isAnyLocalAddress()
        || a.isLoopbackAddress()
        || a.isLinkLocalAddress()
        || a.isSiteLocalAddress()
        || a.isMulticastAddress()) {
      return false;
    }
    byte[] b = a.getAddress();
    if (b.length == 4) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      // 0.0.0.0/8 "this network" and 100.64.0.0/10 carrier-grade NAT are not reachable publicly.
      return first != 0 && !(first == 100 && second >= 64 && second < 128);
    }
    // IPv6 unique local addresses, fc00::/7.
    return (b[0] & 0xfe) != 0xfc;
  }
}

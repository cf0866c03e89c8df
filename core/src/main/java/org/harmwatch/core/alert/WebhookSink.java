package org.harmwatch.core.alert;

import java.net.URI;

/**
 * Where the watch sends the hits of a saved search: a JSON body POSTed to a user's URL, delivered
 * in the background with retries. Implementations are thread-safe.
 */
public interface WebhookSink {
  /**
   * Checks that {@code url} may receive webhooks (http or https, a host on the public internet
   * unless private addresses are allowed).
   *
   * @throws IllegalArgumentException saying why it may not
   */
  void checkTarget(URI url);

  /** Queues {@code json} for delivery to {@code url}; returns at once. */
  void send(URI url, String json);
}

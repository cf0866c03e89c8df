package org.harmwatch.core.alert;

import java.time.Instant;
import java.util.Objects;

/**
 * A search an analyst saved by name: {@code query} holds the filters of {@code /api/incidents} as a
 * URL query string ({@code country=ML&actor=Islamic+State}), exactly as the explore page's address
 * carries them.
 */
public record SavedSearch(long id, String username, String name, String query, Instant created) {
  /** The longest name accepted. */
  public static final int MAX_NAME = 200;

  /** The longest query string accepted. */
  public static final int MAX_QUERY = 2000;

  public SavedSearch {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(created, "created");
  }
}

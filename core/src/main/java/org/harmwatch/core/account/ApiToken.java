package org.harmwatch.core.account;

import java.time.Instant;
import java.util.Objects;

/**
 * An API token as its owner sees it later: a short public id (the start of the token's hash, never
 * the token), its label and when it was made.
 */
public record ApiToken(String id, String label, Instant created) {
  /** How many hex characters of the token hash make the public id. */
  public static final int ID_LENGTH = 12;

  public ApiToken {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(created, "created");
  }
}

package org.harmwatch.core.account;

import java.util.Locale;

/** What a user may do: viewers read, analysts also change incidents, admins also manage users. */
public enum Role {
  VIEWER,
  ANALYST,
  ADMIN;

  /** The lower-case code used in JSON and in the database ("viewer", "analyst", "admin"). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this role may change incidents and documents. */
  public boolean canChangeData() {
    return this != VIEWER;
  }

  /**
   * The role for {@code code}.
   *
   * @throws IllegalArgumentException naming the code when it is not a role
   */
  public static Role fromCode(String code) {
    if (code != null) {
      for (Role r : values()) {
        if (r.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
          return r;
        }
      }
    }
    throw new IllegalArgumentException(
        "role must be one of viewer, analyst, admin, was '" + code + "'");
  }
}

package org.harmwatch.core.review;

import java.util.Locale;

/** What kind of change a {@link Change} records. */
public enum ChangeKind {
  CREATED,
  EDITED,
  VERIFIED,
  GRADED,
  MERGED,
  SPLIT,
  LINKED,
  UNLINKED,
  DELETED,
  /** A source document of the incident was taken down; its quotes were purged. */
  TAKEN_DOWN;

  /** The lower-case code, e.g. {@code "edited"}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}

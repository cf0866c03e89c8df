package org.harmwatch.core.review;

import java.util.Objects;

/**
 * Where an incident stands in review: its status and its grade (null when ungraded). Shown as the
 * {@code "review"} object of every incident the API returns.
 */
public record ReviewState(ReviewStatus status, Grade grade) {
  /** A machine-extracted incident nobody has looked at yet. */
  public static final ReviewState NEW = new ReviewState(ReviewStatus.NEW, null);

  public ReviewState {
    Objects.requireNonNull(status, "status");
  }
}

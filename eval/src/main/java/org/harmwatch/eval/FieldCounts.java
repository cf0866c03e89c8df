package org.harmwatch.eval;

/**
 * The counts of one {@link Field} over a set of gold and predicted incidents, as Tribuo's
 * evaluations keep them: {@code scored} gold incidents (those where the field counts), {@code
 * right} of them (including matched pairs where neither side has a value), and over values: {@code
 * rightValues} (both have one and they agree), {@code wrong} (both have one, different), {@code
 * missing} (the gold has one, the prediction none or no prediction matched) and {@code spurious}
 * (the prediction has one, the gold none or no gold incident matched).
 *
 * <p>A wrong value is both a false positive and a false negative: precision is rightValues over
 * predicted values (rightValues + wrong + spurious), recall rightValues over gold values
 * (rightValues + wrong + missing). A figure with nothing to count is NaN, never 1.
 *
 * <p>Immutable and thread-safe.
 */
public record FieldCounts(
    int scored, int right, int rightValues, int wrong, int missing, int spurious) {

  /** No incident counted. */
  public static final FieldCounts ZERO = new FieldCounts(0, 0, 0, 0, 0, 0);

  /** Checks the counts are consistent. */
  public FieldCounts {
    if (scored < 0 || right < 0 || rightValues < 0 || wrong < 0 || missing < 0 || spurious < 0) {
      throw new IllegalArgumentException("negative count");
    }
    if (right > scored || rightValues > right) {
      throw new IllegalArgumentException(
          "right " + right + " / rightValues " + rightValues + " over scored " + scored);
    }
  }

  /** The share of scored gold incidents with the field right (the headline accuracy). */
  public double accuracy() {
    return scored == 0 ? Double.NaN : (double) right / scored;
  }

  /** Right values over predicted values. */
  public double precision() {
    int d = rightValues + wrong + spurious;
    return d == 0 ? Double.NaN : (double) rightValues / d;
  }

  /** Right values over gold values. */
  public double recall() {
    int d = rightValues + wrong + missing;
    return d == 0 ? Double.NaN : (double) rightValues / d;
  }

  /** The harmonic mean of precision and recall; NaN when either is, 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    if (Double.isNaN(p) || Double.isNaN(r)) {
      return Double.NaN;
    }
    return EvalReport.f1(p, r);
  }

  /** These counts plus one comparison's outcome ({@code gold} = the outcome has a gold side). */
  FieldCounts plus(Field.Outcome outcome, boolean gold) {
    boolean counted = gold && outcome != Field.Outcome.UNSCORED;
    boolean isRight = outcome == Field.Outcome.RIGHT || outcome == Field.Outcome.RIGHT_EMPTY;
    return new FieldCounts(
        scored + (counted ? 1 : 0),
        right + (counted && isRight ? 1 : 0),
        rightValues + (outcome == Field.Outcome.RIGHT ? 1 : 0),
        wrong + (outcome == Field.Outcome.WRONG ? 1 : 0),
        missing + (outcome == Field.Outcome.MISSING ? 1 : 0),
        spurious + (outcome == Field.Outcome.SPURIOUS ? 1 : 0));
  }
}

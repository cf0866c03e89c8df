package org.harmwatch.app;

/** How many input documents were read and how many were rejected. */
record InputSummary(long read, long rejected) {
  @Override
  public String toString() {
    return read + " document(s) read, " + rejected + " rejected";
  }
}

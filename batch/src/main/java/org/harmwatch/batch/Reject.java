package org.harmwatch.batch;

import java.io.Serializable;

/**
 * An input item the job could not use, kept as data: where it came from, at which stage ({@code
 * read}, {@code duplicate}, {@code extract}) and why.
 */
record Reject(String source, String stage, String reason) implements Serializable {}

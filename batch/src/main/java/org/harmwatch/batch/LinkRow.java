package org.harmwatch.batch;

import java.io.Serializable;

/** An accepted link between two reports' incidents ({@code a < b}), as the Linker gives it. */
record LinkRow(String a, String b, double score, String reason) implements Serializable {}

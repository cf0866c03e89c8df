/**
 * The extraction and linking pipeline as an Apache Spark job for archives: {@link
 * org.harmwatch.batch.BatchJob} reads files from any Hadoop file system, extracts with the same
 * extractor as {@code harmwatch extract}, links with the same {@link org.harmwatch.link.Linker}
 * rules as {@code relink} (blocking as a Spark join, scoring within blocks, connected components)
 * and writes Parquet and JSON Lines. {@link org.harmwatch.batch.BatchMain} is the main class for
 * {@code spark-submit}.
 */
package org.harmwatch.batch;

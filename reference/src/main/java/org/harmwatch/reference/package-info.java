/**
 * Coded datasets as reference events: {@link org.harmwatch.reference.CsvReader} (RFC 4180,
 * streaming, bounded cells), {@link org.harmwatch.reference.ReferenceImporter} (ACLED and UCDP GED
 * files into named, versioned datasets, with per-row errors) and the cross-check of our incidents
 * against them ({@link org.harmwatch.reference.CrossChecker}, {@link
 * org.harmwatch.reference.CrossCheckService}, {@link org.harmwatch.reference.CheckReport}).
 */
package org.harmwatch.reference;

/**
 * Corroboration: one incident told by many reports, each source with its own figures, and the
 * figures reconciled across them.
 */
package org.harmwatch.core.corroboration;

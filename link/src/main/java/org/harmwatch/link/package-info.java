/** Corroboration: linking incidents across reports and reconciling their figures. */
package org.harmwatch.link;

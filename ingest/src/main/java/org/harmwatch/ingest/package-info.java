/** harmwatch ingest module. */
package org.harmwatch.ingest;

/**
 * Watched sources: polite HTTP fetching (conditional GET, robots.txt, one request at a time per
 * host), feed and section-page polling, article capture into WARC records, and the scheduler.
 */
package org.harmwatch.watch;

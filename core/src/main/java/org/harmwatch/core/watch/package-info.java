/** Watched sources: feeds and pages that harmwatch polls, their polling state and captures. */
package org.harmwatch.core.watch;

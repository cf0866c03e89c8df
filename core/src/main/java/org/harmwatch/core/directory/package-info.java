/** Look-ups in the reference data (gazetteer, actor dictionary) that corrections need. */
package org.harmwatch.core.directory;

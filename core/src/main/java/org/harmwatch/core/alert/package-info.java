/**
 * Saved searches and their watch: incidents that newly match an analyst's saved search are kept as
 * hits for the "new since last visit" list and, when the analyst set a webhook, sent to it.
 */
package org.harmwatch.core.alert;

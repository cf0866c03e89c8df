/** The actors an analyst can look up: canonical names, their types and their aliases. */
package org.harmwatch.core.actors;

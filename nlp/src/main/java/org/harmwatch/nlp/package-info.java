/** harmwatch nlp module. */
package org.harmwatch.nlp;

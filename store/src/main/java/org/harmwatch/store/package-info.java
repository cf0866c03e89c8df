/** harmwatch store module. */
package org.harmwatch.store;

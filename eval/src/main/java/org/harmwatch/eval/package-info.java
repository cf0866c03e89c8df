/** harmwatch eval module. */
package org.harmwatch.eval;

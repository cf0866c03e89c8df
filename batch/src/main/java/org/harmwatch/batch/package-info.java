/** harmwatch batch module. */
package org.harmwatch.batch;

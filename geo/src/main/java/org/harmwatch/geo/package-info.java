/** harmwatch geo module. */
package org.harmwatch.geo;

/** harmwatch app module. */
package org.harmwatch.app;

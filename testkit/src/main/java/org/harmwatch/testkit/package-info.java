/** harmwatch testkit module. */
package org.harmwatch.testkit;

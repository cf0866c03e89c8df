/** harmwatch web module. */
package org.harmwatch.web;

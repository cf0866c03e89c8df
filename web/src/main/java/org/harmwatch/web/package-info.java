/**
 * The HTTP side of harmwatch: {@link org.harmwatch.web.WebServer} serves the REST API under {@code
 * /api} (incidents, their GeoJSON, documents and their originals, ingestion, health, the OpenAPI
 * description) and the offline map page at {@code /}, with Leaflet from its WebJar and the base
 * layer from {@code /basemap/}.
 */
package org.harmwatch.web;

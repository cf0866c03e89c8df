// Reference events (coded datasets such as ACLED or UCDP) drawn on a Leaflet map: one marker layer
// per dataset, shared by the coded-datasets page and the explore page's switchable layers.
import { getJson } from './common.js';
import { t } from './i18n.js';

/** Markers of {@code events} (the items of GET /api/reference/events) of dataset {@code name}. */
export function referenceMarkers(name, events) {
  const group = L.layerGroup();
  for (const e of events) {
    if (e.lat === undefined || e.lat === null) { continue; }
    const popup = document.createElement('div');
    popup.append(name + ' ' + e.event_id + ' · ' + e.date_start + ' · ' + (e.location || ''),
      document.createElement('br'), t('ref.fatalities', { n: e.fatalities ?? '' }));
    L.circleMarker([e.lat, e.lon], { radius: 4, color: '#1f5fa8', weight: 1, fillOpacity: 0.6, className: 'reference-marker' })
      .bindPopup(popup).addTo(group);
  }
  return group;
}

/**
 * Adds a layer switch to {@code map} with one overlay per reference dataset, off until switched
 * on; a layer shows the dataset's events under {@code filters()} (country, from, to) and is
 * reloaded by the returned function when the filters change. Nothing is added without datasets.
 */
export async function referenceOverlays(map, filters) {
  let datasets;
  try { datasets = (await getJson('/api/reference/datasets')).datasets || []; } catch (e) { return () => {}; }
  if (!datasets.length) { return () => {}; }
  const control = L.control.layers(null, null, { collapsed: false, position: 'topright' }).addTo(map);
  const shells = new Map();
  const loaded = new Map();
  const fill = async (name) => {
    const shell = shells.get(name);
    const q = new URLSearchParams();
    const f = filters();
    for (const k of ['country', 'from', 'to']) { if (f.get(k)) { q.set(k, f.get(k)); } }
    q.set('dataset', name);
    q.set('limit', '2000');
    // The page redraws on every change of its view; the events are fetched again only for new filters.
    if (loaded.get(name) === q.toString()) { return; }
    loaded.set(name, q.toString());
    const page = await getJson('/api/reference/events?' + q);
    shell.clearLayers();
    referenceMarkers(name, page.items).eachLayer((m) => shell.addLayer(m));
  };
  for (const d of datasets) {
    const shell = L.layerGroup();
    shells.set(d.name, shell);
    control.addOverlay(shell, t('explore.referenceLayer', { name: d.name }));
    shell.on('add', () => fill(d.name).catch(() => {}));
  }
  return () => { for (const [name, shell] of shells) { if (map.hasLayer(shell)) { fill(name).catch(() => {}); } } };
}

// The coded datasets page: the datasets, an admin upload, a map with a switchable layer per
// dataset beside our incidents, a search of reference events, and the cross-check report.
import { el, header, getJson, send, setStatus, currentUser, canChange, incidentUrl, ApiError, timeText, apiHeaders } from './common.js';
import { referenceMarkers } from './reference-layer.js';
import { t } from './i18n.js';

let map = null;
let control = null;
const layers = {};
let ours = null;

async function datasets(user) {
  const body = await getJson('/api/reference/datasets');
  const tbody = document.querySelector('#datasets tbody');
  const select = document.getElementById('report-dataset');
  tbody.replaceChildren();
  select.replaceChildren();
  if (!body.datasets.length) {
    tbody.appendChild(el('tr', null, el('td', { colspan: 9, text: t('ref.noDataset') })));
  }
  for (const d of body.datasets) {
    const check = d.last_check
      ? t('ref.lastCheck', { when: timeText(d.last_check.checked_at), matches: d.last_check.matches, incidents: d.last_check.incidents, events: d.last_check.events })
      : t('ref.never');
    const run = canChange(user)
      ? el('button', { type: 'button', text: t('ref.crossCheckNow'), onclick: () => crossCheck(d.name, user) })
      : '';
    tbody.appendChild(el('tr', null,
      el('td', { text: d.name }), el('td', { text: String(d.version) }),
      el('td', { text: d.file_name || '' }),
      el('td', { text: d.imported_by ? t('ref.importedBy', { when: timeText(d.imported_at), user: d.imported_by }) : timeText(d.imported_at) }),
      el('td', { text: String(d.rows) }), el('td', { text: String(d.refused) }),
      el('td', { text: String(d.events) }), el('td', { text: check }), el('td', null, run)));
    select.appendChild(el('option', { value: d.name, text: d.name }));
  }
  return body.datasets;
}

async function crossCheck(name, user) {
  setStatus(t('ref.crossChecking', { name }));
  try {
    const c = await send('POST', '/api/reference/cross-check?dataset=' + encodeURIComponent(name));
    setStatus(t('ref.crossChecked', { name, matches: c.matches, incidents: c.incidents, millis: c.millis }));
    await datasets(user);
    document.getElementById('report-dataset').value = name;
    await report(name);
  } catch (e) { setStatus(e.message, true); }
}

async function upload(event, user) {
  event.preventDefault();
  const file = document.getElementById('upload-file').files[0];
  if (!file) { return; }
  const format = document.getElementById('upload-format').value;
  const dataset = document.getElementById('upload-dataset').value.trim();
  const out = document.getElementById('upload-result');
  out.replaceChildren(el('p', { text: t('ref.importing', { file: file.name }) }));
  const url = '/api/reference/datasets?format=' + encodeURIComponent(format)
    + (dataset ? '&dataset=' + encodeURIComponent(dataset) : '') + '&file=' + encodeURIComponent(file.name);
  let r;
  try {
    r = await fetch(url, { method: 'POST', credentials: 'same-origin', body: file,
      headers: apiHeaders({ 'Content-Type': 'text/csv', 'X-CSRF-Token': user.csrf_token || '' }) });
  } catch (e) {
    out.replaceChildren(el('p', { class: 'error', text: t('common.networkError') }));
    return;
  }
  const body = await r.json().catch(() => ({}));
  if (!r.ok) { out.replaceChildren(el('p', { class: 'error', text: t('ref.refusedFile', { message: body.message || t('common.httpError', { status: r.status }) }) })); return; }
  const summary = body.unchanged
    ? (body.rows ? t('ref.unchangedRows', { same: body.same, rows: body.rows, dataset: body.dataset }) : t('ref.unchangedFile'))
    : t('ref.imported', { dataset: body.dataset, version: body.version.version, rows: body.rows, added: body.added,
      changed: body.changed, same: body.same, refused: body.version.refused });
  const children = [el('p', { text: summary })];
  if (body.errors.length) {
    const tbl = el('table', null, el('caption', { text: t('ref.refusedRows') }),
      el('thead', null, el('tr', null, el('th', { text: t('ref.col.line') }), el('th', { text: t('ref.col.column') }), el('th', { text: t('ref.col.why') }))));
    const tb = el('tbody');
    for (const e of body.errors) {
      tb.appendChild(el('tr', null, el('td', { text: String(e.line) }), el('td', { text: e.column || t('ref.wholeRow') }), el('td', { text: e.message })));
    }
    tbl.appendChild(tb);
    children.push(tbl);
  }
  out.replaceChildren(...children);
  await datasets(user);
}

function initMap() {
  if (typeof L === 'undefined') { return; }
  document.getElementById('ref-map').style.height = '420px';
  map = L.map('ref-map', { minZoom: 2, maxZoom: 13, zoomControl: false }).setView([15, 0], 4);
  L.control.zoom({ zoomInTitle: t('map.zoomIn'), zoomOutTitle: t('map.zoomOut') }).addTo(map);
  map.attributionControl.setPrefix(false);
  fetch('/basemap/countries.geojson').then((r) => r.json()).then((data) => {
    L.geoJSON(data, { interactive: false, style: { color: '#7a7a7a', weight: 1, fillColor: '#f4f1ea', fillOpacity: 1 } }).addTo(map).bringToBack();
  }).catch(() => {});
  control = L.control.layers(null, null, { collapsed: false }).addTo(map);
}

function filters() {
  const p = new URLSearchParams();
  for (const id of ['q', 'country', 'from', 'to']) {
    const v = document.getElementById(id).value.trim();
    if (v) { p.set(id, v); }
  }
  return p;
}

async function search(names) {
  const p = filters();
  const tbody = document.querySelector('#events tbody');
  tbody.replaceChildren();
  let shown = 0;
  let total = 0;
  for (const name of names) {
    const q = new URLSearchParams(p);
    q.set('dataset', name);
    q.set('limit', '2000');
    const page = await getJson('/api/reference/events?' + q);
    total += page.total;
    const group = typeof L !== 'undefined' && map ? referenceMarkers(name, page.items) : null;
    for (const e of page.items) {
      if (shown < 200) {
        tbody.appendChild(el('tr', null, el('td', { text: name }), el('td', { text: e.event_id }),
          el('td', { text: e.date_start }), el('td', { text: [e.location, e.admin1, e.country].filter(Boolean).join(', ') }),
          el('td', { text: [e.event_type, e.sub_event_type].filter(Boolean).join(' / ') }),
          el('td', { text: [e.actor1, e.actor2].filter(Boolean).join(t('ref.versus')) }),
          el('td', { text: e.fatalities === null ? '' : String(e.fatalities) })));
        shown++;
      }
    }
    if (group) {
      if (layers[name]) { control.removeLayer(layers[name]); map.removeLayer(layers[name]); }
      layers[name] = group;
      group.addTo(map);
      control.addOverlay(group, t('ref.eventsLayer', { name, n: page.items.length }));
    }
  }
  document.getElementById('events-count').textContent = t('ref.eventsCount', { total, shown });
  if (map) {
    const q = new URLSearchParams(p);
    q.delete('q');
    if (p.get('q')) { q.set('q', p.get('q')); }
    q.set('limit', '1000');
    try {
      const gj = await getJson('/api/incidents.geojson?' + q);
      if (ours) { control.removeLayer(ours); map.removeLayer(ours); }
      ours = L.geoJSON(gj, { pointToLayer: (f, ll) => L.circleMarker(ll, { radius: 5, color: '#8c1d2c', weight: 1, fillOpacity: 0.7 }),
        onEachFeature: (f, layer) => layer.bindPopup(el('a', { href: incidentUrl(f.properties.id), text: t('ref.ourIncident') })) });
      ours.addTo(map);
      control.addOverlay(ours, t('ref.ourIncidents'));
    } catch (e) { /* our layer is optional */ }
  }
}

async function report(name) {
  const out = document.getElementById('report');
  const links = document.getElementById('report-links');
  out.replaceChildren();
  links.replaceChildren();
  if (!name) { return; }
  let r;
  try {
    r = await getJson('/api/reference/report?dataset=' + encodeURIComponent(name) + '&limit=200');
  } catch (e) {
    out.appendChild(el('p', { class: 'muted', text: e instanceof ApiError && e.status === 404 ? t('ref.neverChecked', { name }) : e.message }));
    return;
  }
  const base = '/api/reference/report.csv?dataset=' + encodeURIComponent(name);
  links.append(el('a', { href: base, text: t('ref.summaryCsv') }), ' · ', el('a', { href: base + '&part=rows', text: t('ref.rowsCsv') }));
  const tbl = el('table', null, el('caption', { text: t('ref.perCountryMonth') }),
    el('thead', null, el('tr', null, ...[t('explore.country'), t('summaries.month'), t('ref.col.ours'), name, t('ref.col.matched'), t('ref.col.oursMissing', { name }),
      t('ref.col.theirsWithout', { name }), t('ref.col.disagree')].map((h) => el('th', { text: h })))));
  const tb = el('tbody');
  for (const l of r.by_country_month) {
    tb.appendChild(el('tr', null, ...[l.country || '', l.month, l.ours, l.theirs, l.matched, l.ours_missing_from_dataset,
      l.theirs_without_our_report, l.figures_disagree].map((v) => el('td', { text: String(v) }))));
  }
  tbl.appendChild(tb);
  out.appendChild(tbl);
  const list = (title, rows, total) => {
    const ul = el('ul');
    for (const x of rows) {
      const label = x.incident_id ? el('a', { href: incidentUrl(x.incident_id), text: x.incident_id }) : el('span', { text: name + ' ' + x.event_id });
      const rest = (x.incident_id && x.event_id ? ' ↔ ' + name + ' ' + x.event_id : '') + ' · ' + (x.country || '') + ' ' + x.month
        + (x.our_best !== null && x.our_best !== undefined ? ' · ' + t('ref.ourBest', { n: x.our_best }) : '')
        + (x.their_fatalities !== null && x.their_fatalities !== undefined ? ' · ' + t('ref.theirFatalities', { n: x.their_fatalities }) : '');
      ul.appendChild(el('li', null, label, rest));
    }
    out.append(el('h3', { text: title + ' (' + total + ')' }), ul);
  };
  list(t('ref.listOursMissing', { name }), r.ours_missing, r.ours_missing_total);
  list(t('ref.listTheirsMissing', { name }), r.theirs_missing, r.theirs_missing_total);
  list(t('ref.listDisagree'), r.figure_disagreements, r.figure_disagreements_total);
}

async function main() {
  let user;
  try { user = await header('reference'); } catch (e) { return; }
  try {
    document.getElementById('upload-section').hidden = user.role !== 'admin';
    document.getElementById('upload').addEventListener('submit', (e) => upload(e, user).catch((x) => setStatus(x.message, true)));
    const ds = await datasets(user);
    initMap();
    const names = ds.map((d) => d.name);
    document.getElementById('search').addEventListener('submit', (e) => { e.preventDefault(); search(names).catch((x) => setStatus(x.message, true)); });
    document.getElementById('report-dataset').addEventListener('change', (e) => report(e.target.value));
    await search(names);
    if (names.length) { await report(names[0]); }
  } catch (e) { setStatus(e.message, true); }
  document.body.dataset.ready = 'true';
}

main();

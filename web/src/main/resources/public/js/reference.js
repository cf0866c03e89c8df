// The coded datasets page: the datasets, an admin upload, a map with a switchable layer per
// dataset beside our incidents, a search of reference events, and the cross-check report.
import { el, header, getJson, send, setStatus, currentUser, canChange, incidentUrl, ApiError } from './common.js';
import { referenceMarkers } from './reference-layer.js';

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
    tbody.appendChild(el('tr', null, el('td', { colspan: 9, text: 'No dataset imported yet.' })));
  }
  for (const d of body.datasets) {
    const check = d.last_check
      ? d.last_check.checked_at.slice(0, 16).replace('T', ' ') + ': ' + d.last_check.matches + ' of '
        + d.last_check.incidents + ' incidents matched ' + d.last_check.events + ' events'
      : 'never';
    const run = canChange(user)
      ? el('button', { type: 'button', text: 'Cross-check now', onclick: () => crossCheck(d.name, user) })
      : '';
    tbody.appendChild(el('tr', null,
      el('td', { text: d.name }), el('td', { text: String(d.version) }),
      el('td', { text: d.file_name || '' }),
      el('td', { text: d.imported_at.slice(0, 16).replace('T', ' ') + (d.imported_by ? ' by ' + d.imported_by : '') }),
      el('td', { text: String(d.rows) }), el('td', { text: String(d.refused) }),
      el('td', { text: String(d.events) }), el('td', { text: check }), el('td', null, run)));
    select.appendChild(el('option', { value: d.name, text: d.name }));
  }
  return body.datasets;
}

async function crossCheck(name, user) {
  setStatus('Cross-checking ' + name + '…');
  try {
    const c = await send('POST', '/api/reference/cross-check?dataset=' + encodeURIComponent(name));
    setStatus(name + ': ' + c.matches + ' of ' + c.incidents + ' incidents matched (' + c.millis + ' ms).');
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
  out.replaceChildren(el('p', { text: 'Importing ' + file.name + '…' }));
  const url = '/api/reference/datasets?format=' + encodeURIComponent(format)
    + (dataset ? '&dataset=' + encodeURIComponent(dataset) : '') + '&file=' + encodeURIComponent(file.name);
  const r = await fetch(url, { method: 'POST', credentials: 'same-origin', body: file,
    headers: { 'Content-Type': 'text/csv', Accept: 'application/json', 'X-CSRF-Token': user.csrf_token || '' } });
  const body = await r.json().catch(() => ({}));
  if (!r.ok) { out.replaceChildren(el('p', { class: 'error', text: 'Refused: ' + (body.message || 'HTTP ' + r.status) })); return; }
  const summary = body.unchanged
    ? 'Nothing changed: ' + (body.rows ? body.same + ' of ' + body.rows + ' rows were already in ' + body.dataset + '.' : 'this file was already imported.')
    : body.dataset + ' version ' + body.version.version + ': ' + body.rows + ' rows, ' + body.added + ' added, '
      + body.changed + ' changed, ' + body.same + ' unchanged, ' + body.version.refused + ' refused.';
  const children = [el('p', { text: summary })];
  if (body.errors.length) {
    const t = el('table', null, el('caption', { text: 'Refused rows' }),
      el('thead', null, el('tr', null, el('th', { text: 'Line' }), el('th', { text: 'Column' }), el('th', { text: 'Why' }))));
    const tb = el('tbody');
    for (const e of body.errors) {
      tb.appendChild(el('tr', null, el('td', { text: String(e.line) }), el('td', { text: e.column || '(row)' }), el('td', { text: e.message })));
    }
    t.appendChild(tb);
    children.push(t);
  }
  out.replaceChildren(...children);
  await datasets(user);
}

function initMap() {
  if (typeof L === 'undefined') { return; }
  document.getElementById('ref-map').style.height = '420px';
  map = L.map('ref-map', { minZoom: 2, maxZoom: 13 }).setView([15, 0], 4);
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
          el('td', { text: [e.actor1, e.actor2].filter(Boolean).join(' vs ') }),
          el('td', { text: e.fatalities === null ? '' : String(e.fatalities) })));
        shown++;
      }
    }
    if (group) {
      if (layers[name]) { control.removeLayer(layers[name]); map.removeLayer(layers[name]); }
      layers[name] = group;
      group.addTo(map);
      control.addOverlay(group, name + ' events (' + page.items.length + ')');
    }
  }
  document.getElementById('events-count').textContent = total + ' reference event(s) match; the first ' + shown + ' are listed.';
  if (map) {
    const q = new URLSearchParams(p);
    q.delete('q');
    if (p.get('q')) { q.set('q', p.get('q')); }
    q.set('limit', '1000');
    try {
      const gj = await getJson('/api/incidents.geojson?' + q);
      if (ours) { control.removeLayer(ours); map.removeLayer(ours); }
      ours = L.geoJSON(gj, { pointToLayer: (f, ll) => L.circleMarker(ll, { radius: 5, color: '#8c1d2c', weight: 1, fillOpacity: 0.7 }),
        onEachFeature: (f, layer) => layer.bindPopup('<a href="' + incidentUrl(f.properties.id) + '">our incident</a>') });
      ours.addTo(map);
      control.addOverlay(ours, 'Our incidents');
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
    out.appendChild(el('p', { class: 'muted', text: e instanceof ApiError && e.status === 404 ? name + ' was never cross-checked.' : e.message }));
    return;
  }
  const base = '/api/reference/report.csv?dataset=' + encodeURIComponent(name);
  links.append(el('a', { href: base, text: 'Summary CSV' }), ' · ', el('a', { href: base + '&part=rows', text: 'All rows CSV' }));
  const t = el('table', null, el('caption', { text: 'Per country and month' }),
    el('thead', null, el('tr', null, ...['Country', 'Month', 'Ours', name, 'Matched', 'Ours missing from ' + name,
      name + ' events without our report', 'Figures disagree'].map((h) => el('th', { text: h })))));
  const tb = el('tbody');
  for (const l of r.by_country_month) {
    tb.appendChild(el('tr', null, ...[l.country || '', l.month, l.ours, l.theirs, l.matched, l.ours_missing_from_dataset,
      l.theirs_without_our_report, l.figures_disagree].map((v) => el('td', { text: String(v) }))));
  }
  t.appendChild(tb);
  out.appendChild(t);
  const list = (title, rows, total) => {
    const ul = el('ul');
    for (const x of rows) {
      const label = x.incident_id ? el('a', { href: incidentUrl(x.incident_id), text: x.incident_id }) : el('span', { text: name + ' ' + x.event_id });
      const rest = (x.incident_id && x.event_id ? ' ↔ ' + name + ' ' + x.event_id : '') + ' · ' + (x.country || '') + ' ' + x.month
        + (x.our_best !== null && x.our_best !== undefined ? ' · our best ' + x.our_best : '')
        + (x.their_fatalities !== null && x.their_fatalities !== undefined ? ' · their fatalities ' + x.their_fatalities : '');
      ul.appendChild(el('li', null, label, rest));
    }
    out.append(el('h3', { text: title + ' (' + total + ')' }), ul);
  };
  list('Our incidents missing from ' + name, r.ours_missing, r.ours_missing_total);
  list(name + ' events with no report of ours', r.theirs_missing, r.theirs_missing_total);
  list('Figure disagreements', r.figure_disagreements, r.figure_disagreements_total);
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

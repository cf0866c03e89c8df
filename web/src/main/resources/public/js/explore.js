// The explore view: filters held in the URL, a clustered map with shaded provinces for incidents
// known only to a province, a brushable timeline, and a sortable list. One compact request loads
// every matching incident; dates and fatalities are then filtered in the browser.
import { TYPES, typeOf, el, header, getJson, setStatus, incidentUrl, PRECISION, normalise, addWater, addPlaceLabels } from './common.js';
import { referenceOverlays } from './reference-layer.js';
import { t as tx, lang } from './i18n.js';

const form = document.getElementById('filters');
const rowsEl = document.getElementById('rows');
const countEl = document.getElementById('count');
const moreBtn = document.getElementById('more');
const svg = document.getElementById('timeline');
const binSelect = document.getElementById('t-bin');
const SVGNS = 'http://www.w3.org/2000/svg';
// Sent to the server; the others (dates, fatalities, sort) are applied here.
const SERVER_KEYS = ['country', 'admin1', 'event_type', 'actor', 'q', 'grade'];
const ALL_KEYS = ['from', 'to', 'country', 'admin1', 'event_type', 'actor', 'killed_min', 'killed_max', 'grade', 'q', 'sort', 'bin'];
const PAGE = 200;

let map = null;
let clusterLayer = null;
let admin1Layer = null;
let refreshReference = () => {};
const admin1Index = new Map();
let all = [];
let shown = [];
let countriesLayer = null;
let listLimit = PAGE;
let loadedServerQuery = null;

function params() { return new URLSearchParams(location.search); }

function fillForm(p) {
  for (const k of ALL_KEYS) {
    const input = form.elements.namedItem(k);
    if (input) { input.value = p.get(k) || ''; }
  }
  binSelect.value = p.get('bin') === 'month' ? 'month' : 'week';
  showFilterCount(p);
}

// On a phone the filters other than the text search fold behind one button, so that the map and
// the list are on the first screen; the button says how many filters are set.
const filtersToggle = document.getElementById('filters-toggle');
filtersToggle.addEventListener('click', () => {
  const open = !form.classList.contains('open');
  form.classList.toggle('open', open);
  filtersToggle.setAttribute('aria-expanded', String(open));
});

function showFilterCount(p) {
  const n = ALL_KEYS.filter((k) => !['sort', 'bin', 'q'].includes(k) && p.get(k)).length;
  filtersToggle.textContent = n ? tx('explore.moreFiltersSet', { n }) : tx('explore.moreFilters');
}

function formParams() {
  const p = new URLSearchParams();
  for (const [k, v] of new FormData(form).entries()) {
    if (String(v).trim() !== '') { p.set(k, String(v).trim()); }
  }
  const old = params();
  if (old.get('sort')) { p.set('sort', old.get('sort')); }
  if (binSelect.value === 'month') { p.set('bin', 'month'); }
  return p;
}

function serverQuery(p) {
  const q = new URLSearchParams();
  for (const k of SERVER_KEYS) { if (p.get(k)) { q.set(k, p.get(k)); } }
  if (p.get('killed_min')) { q.set('killed_min', p.get('killed_min')); }
  if (p.get('killed_max')) { q.set('killed_max', p.get('killed_max')); }
  return q.toString();
}

function navigate(p, push) {
  const url = location.pathname + (p.toString() ? '?' + p.toString() : '');
  if (push) { history.pushState(null, '', url); } else { history.replaceState(null, '', url); }
  update();
}

async function update() {
  const p = params();
  fillForm(p);
  const sq = serverQuery(p);
  updateDossierLinks(p);
  if (sq !== loadedServerQuery) {
    setStatus(tx('common.loading'));
    const started = performance.now();
    try {
      const data = await getJson('/api/incidents.compact' + (sq ? '?' + sq : ''));
      const cols = data.columns;
      all = data.rows.map((r) => { const o = {}; cols.forEach((c, i) => { o[c] = r[i]; }); return o; });
      loadedServerQuery = sq;
      window.harmwatchLoadMs = performance.now() - started;
      if (data.truncated) { setStatus(tx('explore.truncated', { shown: all.length, total: data.total }), true); }
    } catch (e) {
      setStatus(tx('explore.loadFailed', { message: e.message }), true);
      return;
    }
  }
  render(p);
  refreshReference();
}

function updateDossierLinks(p) {
  const q = new URLSearchParams();
  for (const k of ['from', 'to', ...SERVER_KEYS]) { if (p.get(k)) { q.set(k, p.get(k)); } }
  const qs = q.toString() ? '?' + q.toString() : '';
  document.getElementById('dossier-link').href = '/dossier' + qs;
  // The PDF in the language chosen with the EN | FR switch.
  const pdf = new URLSearchParams(q);
  pdf.set('lang', lang);
  document.getElementById('pdf-link').href = '/api/dossier.pdf?' + pdf;
  updateExportLinks(p);
}

// The Export menu exports what the filters show: the page's own filters, dates and fatalities
// included, sent to the server's streamed exports.
const EXPORT_KEYS = ['from', 'to', 'killed_min', 'killed_max', ...SERVER_KEYS];
function updateExportLinks(p) {
  const link = (path, extra) => {
    const q = new URLSearchParams(extra);
    for (const k of EXPORT_KEYS) { if (p.get(k)) { q.set(k, p.get(k)); } }
    return path + '?' + q.toString();
  };
  document.getElementById('export-acled').href = link('/api/incidents.csv', { format: 'acled' });
  document.getElementById('export-ucdp').href = link('/api/incidents.csv', { format: 'ucdp' });
  document.getElementById('export-csv').href = link('/api/incidents.csv', { format: 'csv' });
  document.getElementById('export-excel').href = link('/api/incidents.csv', { format: 'csv', bom: 'true' });
  document.getElementById('export-geojson').href = link('/api/incidents.geojson', {});
}

function inRange(i, p) {
  const from = p.get('from');
  const to = p.get('to');
  if (from && (!i.date_end || i.date_end < from)) { return false; }
  if (to && (!i.date_start || i.date_start > to)) { return false; }
  const kmin = p.get('killed_min');
  const kmax = p.get('killed_max');
  // The killed figure reconciled over every source of the incident (its best), as the server filters.
  if (kmin !== null && kmin !== '' && !(i.killed_best !== null && i.killed_best >= Number(kmin))) { return false; }
  if (kmax !== null && kmax !== '' && !(i.killed_best !== null && i.killed_best <= Number(kmax))) { return false; }
  return true;
}

function render(p) {
  shown = all.filter((i) => inRange(i, p));
  listLimit = PAGE;
  drawList(p);
  // A new filter moves the map to what it selects; sorting or paging leave the view alone.
  const filterKey = ALL_KEYS.filter((k) => k !== 'sort' && k !== 'bin').map((k) => k + '=' + (p.get(k) || '')).join('&');
  if (filterKey !== fittedFor) { fittedFor = filterKey; fitToShown(p); }
  drawMap();
  drawTimeline(p);
  const mapped = shown.filter((i) => i.lat !== null).length;
  if (!document.getElementById('status').classList.contains('error')) {
    setStatus(tx('explore.matchStatus', { n: shown.length, mapped, area: shown.length - mapped }));
  }
  // Time from the start of navigation to the first complete render (map, list, timeline).
  if (!window.harmwatchReadyMs) { window.harmwatchReadyMs = performance.now(); }
  document.body.dataset.ready = 'true';
}

// ---- list -------------------------------------------------------------------------------------

function sortKey(p) {
  const [key, dir] = (p.get('sort') || 'date:desc').split(':');
  return { key, dir: dir === 'asc' ? 1 : -1 };
}

function place(i) {
  return [i.place, i.admin1, i.country_code].filter((x, k, a) => x && a.indexOf(x) === k).join(', ') || tx('common.placeUnknown');
}

function compare(a, b, key) {
  const va = key === 'date' ? (a.date_start || '') : key === 'killed' ? (a.killed_best === null ? -1 : a.killed_best)
    : key === 'type' ? typeOf(a.event_type).label : place(a);
  const vb = key === 'date' ? (b.date_start || '') : key === 'killed' ? (b.killed_best === null ? -1 : b.killed_best)
    : key === 'type' ? typeOf(b.event_type).label : place(b);
  return va < vb ? -1 : va > vb ? 1 : 0;
}

function killedText(i) {
  if (i.killed_best === null) { return '–'; }
  // Best over all sources, with the range the sources allow when they differ.
  return i.killed_low === i.killed_high ? String(i.killed_best) : i.killed_best + ' (' + i.killed_low + '–' + i.killed_high + ')';
}

function drawList(p) {
  const { key, dir } = sortKey(p);
  const sorted = shown.slice().sort((a, b) => dir * compare(a, b, key) || (a.id < b.id ? -1 : 1));
  for (const th of document.querySelectorAll('.incident-table th')) {
    th.setAttribute('aria-sort', th.dataset.key === key ? (dir === 1 ? 'ascending' : 'descending') : 'none');
  }
  countEl.textContent = '(' + shown.length + ')';
  const frag = document.createDocumentFragment();
  for (const i of sorted.slice(0, listLimit)) {
    const tr = el('tr', { class: 't-' + (TYPES[i.event_type] ? i.event_type : 'unknown') });
    const dateCell = el('td', { class: 'num' }, el('a', { href: incidentUrl(i.id), text: i.date_start || 'unknown' }));
    const placeCell = el('td', null, place(i));
    if (i.lat === null) { placeCell.appendChild(el('span', { class: 'tag', text: PRECISION[i.precision] || 'area' })); }
    tr.append(dateCell, placeCell, el('td', { text: typeOf(i.event_type).label }), el('td', { class: 'num', text: killedText(i) }));
    frag.appendChild(tr);
  }
  rowsEl.replaceChildren(frag);
  if (!shown.length) { rowsEl.appendChild(el('tr', null, el('td', { colspan: 4, text: tx('explore.noMatch') }))); }
  moreBtn.hidden = sorted.length <= listLimit;
}

// ---- map ----------------------------------------------------------------------------------------


function initMap() {
  if (typeof L === 'undefined') { setStatus(tx('explore.noMapLibrary'), true); return; }
  map = L.map('map', { minZoom: 2, maxZoom: 13, keyboard: true, zoomControl: false }).setView([15, 0], 4);
  L.control.zoom({ zoomInTitle: tx('map.zoomIn'), zoomOutTitle: tx('map.zoomOut') }).addTo(map);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(tx('explore.attribution'));
  map.createPane('countries').style.zIndex = 350;
  map.createPane('admin1').style.zIndex = 360;
  fetch('/basemap/countries.geojson').then((r) => r.json()).then((data) => {
    countriesLayer = L.geoJSON(data, { pane: 'countries', interactive: false,
      style: { color: '#7a7a7a', weight: 1, fillColor: '#f4f1ea', fillOpacity: 1 } }).addTo(map);
  }).catch(() => setStatus(tx('explore.noBasemap')));
  addWater(map);
  fetch('/basemap/admin1.geojson').then((r) => r.json()).then((data) => {
    admin1Layer = L.geoJSON(data, { pane: 'admin1',
      style: { color: '#a8a8a8', weight: 0.6, dashArray: '3 3', fillOpacity: 0, fillColor: '#8c1d2c' },
      onEachFeature: (f, layer) => {
        const p = f.properties || {};
        for (const n of [p.name, p.name_fr]) { if (n) { admin1Index.set(p.iso_a2 + ':' + normalise(n), layer); } }
      } }).addTo(map);
    drawAreas();
  }).catch(() => {});
  clusterLayer = L.layerGroup().addTo(map);
  map.on('zoomend moveend', drawClusters);
  addPlaceLabels(map);
  referenceOverlays(map, params).then((refresh) => { refreshReference = refresh; });
}

let fittedFor = null;
/**
 * Fits the map to the shown incidents that have a point, else to the filtered country; the map
 * element's data-fitted holds the bounds fitted (west,south,east,north) for checks.
 */
function fitToShown(p) {
  if (!map) { return; }
  const points = shown.filter((i) => i.lat !== null && i.lon !== null).map((i) => [i.lat, i.lon]);
  let bounds = points.length ? L.latLngBounds(points) : null;
  if (!bounds && p.get('country') && countriesLayer) {
    countriesLayer.eachLayer((l) => { if (l.feature.properties.iso_a2 === p.get('country').toUpperCase()) { bounds = l.getBounds(); } });
  }
  if (!bounds) { return; }
  map.fitBounds(bounds.pad(0.15), { maxZoom: 9, animate: false });
  document.getElementById('map').dataset.fitted = map.getBounds().toBBoxString();
}

function drawMap() {
  if (!map) { return; }
  drawClusters();
  drawAreas();
}

/** Incidents known only to a province or region shade that province; never a made-up point. */
function drawAreas() {
  if (!admin1Layer) { return; }
  const counts = new Map();
  for (const i of shown) {
    if (i.lat !== null || !i.admin1) { continue; }
    const layer = admin1Index.get(i.country_code + ':' + normalise(i.admin1));
    if (!layer) { continue; }
    const c = counts.get(layer) || { n: 0, killed: 0, name: i.admin1 };
    c.n++;
    c.killed += i.killed_best || 0;
    counts.set(layer, c);
  }
  admin1Layer.eachLayer((layer) => {
    const c = counts.get(layer);
    layer.unbindTooltip();
    layer.off('click');
    if (!c) { layer.setStyle({ fillOpacity: 0 }); layer.getElement && layer.getElement() && layer.getElement().classList.remove('area-shaded'); return; }
    layer.setStyle({ fillOpacity: Math.min(0.55, 0.15 + 0.08 * c.n) });
    const e = layer.getElement && layer.getElement();
    if (e) { e.classList.add('area-shaded'); }
    layer.bindTooltip(tx('explore.areaTooltip', { name: c.name, n: c.n, killed: c.killed }), { sticky: true });
    layer.on('click', () => { const p = params(); p.set('admin1', c.name); navigate(p, true); });
  });
}

/** Grid clustering in screen space: points within one 56-px cell of the current zoom merge. */
function drawClusters() {
  if (!map || !clusterLayer) { return; }
  clusterLayer.clearLayers();
  const zoom = map.getZoom();
  const bounds = map.getBounds().pad(0.3);
  const cells = new Map();
  for (const i of shown) {
    if (i.lat === null || !bounds.contains([i.lat, i.lon])) { continue; }
    const pt = map.project([i.lat, i.lon], zoom);
    const key = Math.floor(pt.x / 56) + ':' + Math.floor(pt.y / 56);
    let c = cells.get(key);
    if (!c) { c = { items: [], lat: 0, lon: 0 }; cells.set(key, c); }
    c.items.push(i);
    c.lat += i.lat;
    c.lon += i.lon;
  }
  for (const c of cells.values()) {
    if (c.items.length === 1 || zoom >= 12) {
      for (const i of c.items) { pointMarker(i).addTo(clusterLayer); }
      continue;
    }
    const n = c.items.length;
    const types = {};
    let killed = 0;
    for (const i of c.items) { types[i.event_type] = (types[i.event_type] || 0) + 1; killed += i.killed_best || 0; }
    const main = Object.keys(types).sort((a, b) => types[b] - types[a])[0];
    const size = Math.round(Math.min(56, 26 + 6 * Math.log2(n)));
    const icon = L.divIcon({ className: 'cluster t-' + (TYPES[main] ? main : 'unknown'), html: String(n), iconSize: [size, size] });
    const center = [c.lat / n, c.lon / n];
    const m = L.marker(center, { icon, keyboard: true, title: tx('explore.clusterTitle', { n, killed }), alt: tx('explore.clusterAlt', { n }) });
    m.on('click', () => map.setView(center, Math.min(13, zoom + 2)));
    m.addTo(clusterLayer);
  }
}

function pointMarker(i) {
  const t = typeOf(i.event_type);
  const r = Math.min(24, 5 + 2 * Math.sqrt(i.killed_best || 0));
  const m = L.circleMarker([i.lat, i.lon], { radius: r, color: '#222', weight: 1, fillColor: t.color, fillOpacity: 0.8, className: 'incident-marker' });
  const box = el('div', { class: 'popup' },
    el('strong', { text: (i.date_start || tx('common.dateUnknown')) + ' · ' + t.label }),
    el('div', { text: place(i) }),
    el('div', { text: tx('explore.popupKilled', { killed: killedText(i) }) }),
    i.title ? el('div', { class: 'muted', text: i.title }) : null,
    el('a', { href: incidentUrl(i.id), text: tx('explore.openIncident') }));
  m.bindPopup(box);
  return m;
}

function buildLegend() {
  const legend = document.getElementById('legend');
  for (const code of Object.keys(TYPES)) {
    legend.appendChild(el('li', null, el('span', { class: 'swatch t-' + code }), el('span', { text: TYPES[code].label })));
  }
  legend.appendChild(el('li', null, el('span', { class: 'swatch area' }), el('span', { text: tx('explore.legendArea') })));
}

// ---- timeline -----------------------------------------------------------------------------------

function binStart(iso, bin) {
  const d = new Date(iso + 'T00:00:00Z');
  if (bin === 'month') { return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1); }
  const dow = (d.getUTCDay() + 6) % 7; // Monday = 0
  return d.getTime() - dow * 86400000;
}

function nextBin(t, bin) {
  if (bin === 'month') { const d = new Date(t); return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1); }
  return t + 7 * 86400000;
}

function iso(t) { return new Date(t).toISOString().slice(0, 10); }

function svgEl(tag, attrs) {
  const e = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) { e.setAttribute(k, String(v)); }
  return e;
}

let timelineScale = null;

function drawTimeline(p) {
  const bin = binSelect.value;
  const killedFilter = all.filter((i) => i.date_start && inRange(i, new URLSearchParams({ killed_min: p.get('killed_min') || '', killed_max: p.get('killed_max') || '' })));
  const width = svg.clientWidth || 800;
  const height = 130;
  svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
  while (svg.lastChild && svg.lastChild.nodeName !== 'desc') { svg.removeChild(svg.lastChild); }
  if (!killedFilter.length) { timelineScale = null; return; }
  const bins = new Map();
  let min = Infinity;
  let max = -Infinity;
  for (const i of killedFilter) {
    const b = binStart(i.date_start, bin);
    min = Math.min(min, b);
    max = Math.max(max, b);
    const v = bins.get(b) || { n: 0, killed: 0 };
    v.n++;
    v.killed += i.killed_best || 0;
    bins.set(b, v);
  }
  const keys = [];
  for (let t = min; t <= max; t = nextBin(t, bin)) { keys.push(t); }
  const left = 34;
  const right = 34;
  const top = 8;
  const bottom = 22;
  const w = (width - left - right) / keys.length;
  const maxN = Math.max(...keys.map((k) => (bins.get(k) || { n: 0 }).n));
  const maxK = Math.max(1, ...keys.map((k) => (bins.get(k) || { killed: 0 }).killed));
  const h = height - top - bottom;
  const from = p.get('from');
  const to = p.get('to');
  let line = '';
  keys.forEach((k, idx) => {
    const v = bins.get(k) || { n: 0, killed: 0 };
    const x = left + idx * w;
    const bh = maxN ? (v.n / maxN) * h : 0;
    const end = nextBin(k, bin) - 86400000;
    const selected = (!from || iso(end) >= from) && (!to || iso(k) <= to);
    const rect = svgEl('rect', { x: x + 0.5, y: top + h - bh, width: Math.max(1, w - 1), height: bh, class: 'bar' + (selected ? '' : ' dim') });
    const title = svgEl('title');
    title.textContent = tx('explore.binTitle', { bin: iso(k), n: v.n, killed: v.killed });
    rect.appendChild(title);
    svg.appendChild(rect);
    const ky = top + h - (v.killed / maxK) * h;
    line += (idx ? 'L' : 'M') + (x + w / 2).toFixed(1) + ' ' + ky.toFixed(1);
  });
  svg.appendChild(svgEl('path', { d: line, class: 'killed-line' }));
  svg.appendChild(svgEl('line', { x1: left, x2: width - right, y1: top + h, y2: top + h, class: 'axis' }));
  const lab = (x, y, text, cls) => { const t = svgEl('text', { x, y, class: cls || 'tick' }); t.textContent = text; svg.appendChild(t); };
  lab(left - 4, top + 10, String(maxN), 'tick end');
  lab(width - right + 4, top + 10, String(maxK), 'tick killed');
  let lastLabel = '';
  const every = Math.max(1, Math.ceil(keys.length / Math.max(2, Math.floor((width - left - right) / 70))));
  keys.forEach((k, idx) => {
    if (idx % every) { return; }
    const label = bin === 'month' ? iso(k).slice(0, 7) : iso(k);
    if (label !== lastLabel) { lab(left + idx * w, height - 6, label); lastLabel = label; }
  });
  timelineScale = { left, w, keys, bin, top, h };
  if (from || to) {
    const i0 = from ? keys.findIndex((k) => iso(nextBin(k, bin) - 86400000) >= from) : 0;
    let i1 = to ? keys.length - 1 - [...keys].reverse().findIndex((k) => iso(k) <= to) : keys.length - 1;
    if (i1 >= keys.length) { i1 = keys.length - 1; }
    if (i0 >= 0 && i1 >= i0) {
      svg.appendChild(svgEl('rect', { x: left + i0 * w, y: top, width: (i1 - i0 + 1) * w, height: h, class: 'brush' }));
    }
  }
}

function brushIndex(clientX) {
  const box = svg.getBoundingClientRect();
  const x = (clientX - box.left) * (svg.viewBox.baseVal.width / box.width);
  const s = timelineScale;
  return Math.max(0, Math.min(s.keys.length - 1, Math.floor((x - s.left) / s.w)));
}

function initBrush() {
  let start = null;
  let rect = null;
  svg.addEventListener('pointerdown', (e) => {
    if (!timelineScale) { return; }
    start = brushIndex(e.clientX);
    svg.setPointerCapture(e.pointerId);
    rect = svgEl('rect', { class: 'brush', y: timelineScale.top, height: timelineScale.h });
    svg.appendChild(rect);
    move(e);
  });
  function move(e) {
    if (start === null) { return; }
    const s = timelineScale;
    const i = brushIndex(e.clientX);
    const a = Math.min(start, i);
    const b = Math.max(start, i);
    rect.setAttribute('x', s.left + a * s.w);
    rect.setAttribute('width', (b - a + 1) * s.w);
  }
  svg.addEventListener('pointermove', move);
  svg.addEventListener('pointerup', (e) => {
    if (start === null) { return; }
    const s = timelineScale;
    const i = brushIndex(e.clientX);
    const a = Math.min(start, i);
    const b = Math.max(start, i);
    start = null;
    const p = params();
    p.set('from', iso(s.keys[a]));
    p.set('to', iso(nextBin(s.keys[b], s.bin) - 86400000));
    navigate(p, true);
  });
}

// ---- wiring -------------------------------------------------------------------------------------

form.addEventListener('submit', (ev) => { ev.preventDefault(); navigate(formParams(), true); });
document.getElementById('clear').addEventListener('click', () => { form.reset(); navigate(new URLSearchParams(), true); });
document.getElementById('t-clear').addEventListener('click', () => { const p = params(); p.delete('from'); p.delete('to'); navigate(p, true); });
binSelect.addEventListener('change', () => { const p = params(); if (binSelect.value === 'month') { p.set('bin', 'month'); } else { p.delete('bin'); } navigate(p, false); });
moreBtn.addEventListener('click', () => { listLimit += PAGE; drawList(params()); });
for (const b of document.querySelectorAll('.incident-table th button')) {
  b.addEventListener('click', () => {
    const p = params();
    const { key, dir } = sortKey(p);
    const k = b.dataset.sort;
    p.set('sort', k + ':' + (k === key && dir === -1 ? 'asc' : 'desc'));
    navigate(p, false);
  });
}
window.addEventListener('popstate', update);
window.addEventListener('resize', () => { if (all.length) { drawTimeline(params()); } });

header('explore').then(() => {
  buildLegend();
  initMap();
  initBrush();
  update();
}).catch(() => {});

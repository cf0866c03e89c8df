// The dossier print view: one incident (id=...) or a filtered set, with a map, a table, and for each
// incident its sources and evidence quotes. The browser prints it; the PDF comes from the server.
import { el, header, getJson, setStatus, typeOf, dateText, countText, figureText, placeText, actorsText, incidentUrl, timeText, addWater } from './common.js';
import { t, lang } from './i18n.js';

const MAX = 500;
const DETAILS = 100;
const p = new URLSearchParams(location.search);

function review(i) {
  const r = i.review || {};
  return [r.status && t('status.' + r.status, null, r.status), r.grade && t('gradeValue.' + r.grade, null, r.grade)].filter(Boolean).join(', ') || '–';
}

async function incidents() {
  const ids = p.getAll('id');
  if (ids.length) {
    return Promise.all(ids.slice(0, MAX).map((id) => getJson('/api/incidents/' + encodeURIComponent(id))));
  }
  const q = new URLSearchParams(p);
  q.set('limit', String(MAX));
  const page = await getJson('/api/incidents?' + q.toString());
  // The list leaves out source documents: fetch them for the first incidents.
  const detailed = await Promise.all(page.items.slice(0, DETAILS).map((i) => getJson('/api/incidents/' + encodeURIComponent(i.id))));
  return detailed.concat(page.items.slice(DETAILS));
}

function drawMap(items) {
  if (typeof L === 'undefined') { return; }
  const map = L.map('dossier-map', { zoomControl: false, attributionControl: true, keyboard: false });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(t('dossier.boundaries'));
  const points = items.filter((i) => i.location && typeof i.location.lat === 'number');
  map.createPane('countries').style.zIndex = 350;
  fetch('/basemap/countries.geojson').then((r) => r.json()).then((data) => {
    L.geoJSON(data, { pane: 'countries', interactive: false, style: { color: '#7a7a7a', weight: 1, fillColor: '#f4f1ea', fillOpacity: 1 } }).addTo(map);
  }).catch(() => {});
  addWater(map);
  // Each marker carries the incident's number in the table and the details below.
  const group = L.featureGroup(points.map((i) => {
    const n = items.indexOf(i) + 1;
    const killed = (i.casualties && i.casualties.killed && (i.casualties.killed.best ?? i.casualties.killed.min)) || 0;
    const size = Math.round(Math.min(30, 18 + 2 * Math.sqrt(killed)));
    const code = typeOf(i.event_type) === typeOf(null) ? 'unknown' : i.event_type;
    const icon = L.divIcon({ className: 'cluster dossier-number t-' + code, html: String(n), iconSize: [size, size] });
    return L.marker([i.location.lat, i.location.lon], { icon, interactive: false, keyboard: false });
  })).addTo(map);
  if (points.length) { map.fitBounds(group.getBounds().pad(0.4), { maxZoom: 8 }); } else { map.setView([15, 0], 4); }
}

/** Every source with its own figures and the words that support each field. */
function sourceQuotes(sources) {
  const box = el('div', { class: 'source-quotes' }, el('h4', { text: t('dossier.sourceQuotes') }));
  sources.forEach((s, k) => {
    box.appendChild(el('p', { class: 'source-line' }, el('strong', { text: t('dossier.source', { n: k + 1 }) + ' ' }),
      [s.title || s.document_id, s.publisher, s.published].filter(Boolean).join(' · ')));
    box.appendChild(el('p', { class: 'muted', text: t('dossier.figures', { killed: countText(s.killed), injured: countText(s.injured), detained: countText(s.detained) }) }));
    for (const q of s.spans || []) {
      box.appendChild(el('blockquote', { 'data-field': q.field }, q.text, el('span', { class: 'muted', text: ' [' + t('field.' + q.field, null, q.field) + ']' })));
    }
  });
  return box;
}

/** The incidents shown in detail with every source's figures and quotes, when the server has them. */
async function withSourceEvidence(items) {
  return Promise.all(items.map(async (i, n) => {
    if (n >= DETAILS) { return i; }
    try {
      const e = await getJson('/api/incidents/' + encodeURIComponent(i.id) + '/evidence');
      return Object.assign({}, i, { source_evidence: e.sources });
    } catch (x) {
      return i;
    }
  }));
}

function detail(i, n) {
  const block = el('section', { class: 'incident-block', 'aria-label': t('dossier.incident', { id: i.id }) });
  block.appendChild(el('h3', null, el('span', { class: 'incident-number', text: n + '. ' }), el('a', { href: incidentUrl(i.id), text: dateText(i.date) + ' · ' + placeText(i.location) })));
  const dl = el('table', { class: 'fields' });
  const row = (k, v) => dl.appendChild(el('tr', null, el('th', { scope: 'row', text: k }), el('td', { text: v })));
  row(t('finding.type'), typeOf(i.event_type).label + (i.sub_event_type ? ' (' + i.sub_event_type.replace(/_/g, ' ') + ')' : ''));
  row(t('field.casualties.killed'), figureText(i.casualties && i.casualties.killed));
  row(t('field.casualties.injured'), countText(i.casualties && i.casualties.injured));
  row(t('field.perpetrators'), actorsText(i.perpetrators));
  row(t('field.targets'), actorsText(i.targets));
  row(t('field.reported_by'), (i.reported_by || []).join(', ') || t('common.notReported'));
  row(t('dossier.review'), review(i));
  block.appendChild(dl);
  if (i.source_evidence && i.source_evidence.length) {
    block.appendChild(sourceQuotes(i.source_evidence));
    return block;
  }
  const docs = i.documents || (i.document ? [i.document] : []);
  block.appendChild(el('h4', { text: t('incident.sources') }));
  const ul = el('ul');
  for (const d of docs) {
    ul.appendChild(el('li', { text: [d.title || d.id, d.publisher, d.published, d.url].filter(Boolean).join(' · ') }));
  }
  block.appendChild(ul);
  if (i.evidence && i.evidence.length) {
    block.appendChild(el('h4', { text: t('dossier.evidence') }));
    for (const e of i.evidence) {
      block.appendChild(el('blockquote', null, e.text, el('span', { class: 'muted', text: ' [' + (e.fields || []).map((f) => t('field.' + f, null, f)).join(', ') + ']' })));
    }
  }
  return block;
}

async function main() {
  await header(null);
  document.getElementById('print').addEventListener('click', () => window.print());
  // The PDF in the language the reader chose with the EN | FR switch, whatever the link carried.
  const pdfParams = new URLSearchParams(location.search);
  pdfParams.set('lang', lang);
  document.getElementById('pdf').href = '/api/dossier.pdf?' + pdfParams;
  setStatus(t('common.loading'));
  let items;
  try {
    items = await withSourceEvidence(await incidents());
  } catch (e) {
    setStatus(t('dossier.loadFailed', { message: e.message }), true);
    return;
  }
  const filters = [...p.entries()].map(([k, v]) => k + '=' + v).join('; ') || t('dossier.noSelection');
  document.getElementById('meta').textContent = t('dossier.meta', { n: items.length, filters, printed: timeText(new Date().toISOString()) });
  const tbody = document.querySelector('#summary tbody');
  for (const [k, i] of items.entries()) {
    tbody.appendChild(el('tr', null,
      el('td', { class: 'num', text: String(k + 1) }), el('td', { text: dateText(i.date) }), el('td', { text: placeText(i.location) }),
      el('td', { text: typeOf(i.event_type).label }), el('td', { text: figureText(i.casualties && i.casualties.killed) }),
      el('td', { text: review(i) }), el('td', { text: String((i.documents || [i.document]).filter(Boolean).length) })));
  }
  const details = document.getElementById('details');
  items.forEach((i, k) => details.appendChild(detail(i, k + 1)));
  drawMap(items);
  setStatus('');
  document.body.dataset.ready = 'true';
}

main().catch(() => {});

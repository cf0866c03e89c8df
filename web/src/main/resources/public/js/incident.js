// The incident page: every field with its evidence highlighted in the source text, the location on a
// small offline map, all sources with their own figures, related incidents and the history of
// changes. Analysts correct a field (with a reason), verify and grade inline; viewers only read.
import {
  TYPES, GRADES, PRECISION, el, header, getJson, send, setStatus, canChange, askReason, typeOf,
  dateText, countText, placeText, actorsText, incidentUrl, readerUrl, normalise
} from './common.js';

const params = new URLSearchParams(location.search);
const id = params.get('id');
const asOf = params.get('as_of');

/** The fields shown, in order: [exchange name, label, shape]. Shapes pick the correction form. */
const FIELDS = [
  ['event_type', 'Event type', 'type'],
  ['sub_event_type', 'Sub-event type', 'text'],
  ['date', 'Date', 'date'],
  ['location', 'Place', 'json'],
  ['perpetrators', 'Perpetrators', 'json'],
  ['targets', 'Victims', 'json'],
  ['casualties.killed', 'Killed', 'count'],
  ['casualties.injured', 'Injured', 'count'],
  ['casualties.detained', 'Detained / abducted', 'count'],
  ['casualties.missing', 'Missing', 'count'],
  ['casualties.children_killed', 'Children killed', 'number'],
  ['casualties.women_killed', 'Women killed', 'number'],
  ['weapons', 'Weapons', 'list'],
  ['reported_by', 'Reported by', 'list']
];

let user = null;
let incident = null;

function valueOf(i, field) {
  let v = i;
  for (const part of field.split('.')) { v = v === null || v === undefined ? null : v[part]; }
  return v === undefined ? null : v;
}

/** A count; the reconciled form (low/best/high over several sources) when the server gives it. */
function figureText(c) {
  if (c && c.best !== undefined && c.best !== null) {
    const range = c.low !== undefined && c.high !== undefined && (c.low !== c.best || c.high !== c.best) ? ' (' + c.low + '–' + c.high + ')' : '';
    return 'best ' + c.best + range;
  }
  return countText(c);
}

function fieldText(field, v) {
  if (v === null || v === undefined || (Array.isArray(v) && !v.length)) { return 'not reported'; }
  switch (field) {
    case 'event_type': return typeOf(v).label;
    case 'sub_event_type': return String(v).replace(/_/g, ' ');
    case 'date': return dateText(v) + (v.precision && v.precision !== 'day' ? ' (' + v.precision + ')' : '');
    case 'location': return placeText(v) + (v.precision ? ' — ' + (PRECISION[v.precision] || v.precision) : '');
    case 'perpetrators': case 'targets': return actorsText(v);
    case 'weapons': case 'reported_by': return v.join(', ');
    default: return typeof v === 'object' ? figureText(v) : String(v);
  }
}

/** Evidence placed in the text: offsets when they match the text, else the first occurrence. */
function placeEvidence(text, evidence) {
  return (evidence || []).map((e, n) => {
    let start = e.start;
    let end = e.end;
    if (!text || text.slice(start, end) !== e.text) {
      const at = text ? text.indexOf(e.text) : -1;
      start = at;
      end = at < 0 ? -1 : at + e.text.length;
    }
    return { n, start, end, text: e.text, fields: e.fields || [] };
  });
}

/** The source text as nodes, every evidence span in a mark (overlapping spans share segments). */
function highlighted(text, placed) {
  const spans = placed.filter((p) => p.start >= 0 && p.end > p.start);
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  const firstSegment = new Set();
  for (let k = 0; k < points.length - 1; k++) {
    const a = points[k];
    const b = points[k + 1];
    const piece = text.slice(a, b);
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    if (!covering.length) { out.push(document.createTextNode(piece)); continue; }
    const fields = [...new Set(covering.flatMap((s) => s.fields))];
    const mark = el('mark', { 'data-ev': covering.map((s) => s.n).join(' '), title: 'Evidence for: ' + fields.join(', ') }, piece);
    for (const s of covering) {
      if (!firstSegment.has(s.n)) { firstSegment.add(s.n); mark.id = mark.id || 'ev-' + s.n; }
    }
    out.push(mark);
  }
  return out;
}

function showEvidence(n, row) {
  document.querySelectorAll('mark.current').forEach((m) => m.classList.remove('current'));
  document.querySelectorAll('.fields tr.focus').forEach((r) => r.classList.remove('focus'));
  const marks = [...document.querySelectorAll('mark[data-ev]')].filter((m) => m.dataset.ev.split(' ').includes(String(n)));
  marks.forEach((m) => m.classList.add('current'));
  if (row) { row.classList.add('focus'); }
  if (marks.length) {
    marks[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
    setStatus('Evidence ' + (n + 1) + ' highlighted in the source text.');
  }
}

async function correct(field, label, shape) {
  const current = valueOf(incident, field);
  let extra;
  if (shape === 'count') {
    extra = [{ name: 'min', label: label + ': at least', value: current && current.min !== null ? String(current.min) : '' },
      { name: 'max', label: label + ': at most (empty if unknown)', value: current && current.max !== null ? String(current.max) : '' }];
  } else if (shape === 'number') {
    extra = [{ name: 'n', label, value: current === null ? '' : String(current) }];
  } else if (shape === 'type') {
    extra = [{ name: 'v', label, options: Object.keys(TYPES), value: current || '' }];
  } else if (shape === 'text') {
    extra = [{ name: 'v', label, value: current || '' }];
  } else if (shape === 'date') {
    extra = [{ name: 'start', label: 'First day (YYYY-MM-DD)', value: current ? current.start : '' },
      { name: 'end', label: 'Last day (YYYY-MM-DD)', value: current ? current.end : '' }];
  } else if (shape === 'list') {
    extra = [{ name: 'v', label: label + ' (separated by commas)', value: (current || []).join(', ') }];
  } else {
    extra = [{ name: 'v', label: label + ' as JSON (exchange format)', multiline: true, value: JSON.stringify(current, null, 1) }];
  }
  const answer = await askReason('Correct: ' + label, extra);
  if (!answer) { return; }
  let value;
  try {
    value = correctedValue(shape, answer, current);
  } catch (e) {
    setStatus('Not saved: ' + e.message, true);
    return;
  }
  await change('PATCH', '', { field, value, reason: answer.reason }, label + ' corrected.');
}

function integer(text, what) {
  const t = String(text || '').trim();
  if (t === '') { return null; }
  if (!/^\d+$/.test(t)) { throw new Error(what + ' must be a whole number, was "' + t + '"'); }
  return Number(t);
}

function correctedValue(shape, a, current) {
  switch (shape) {
    case 'count': {
      const min = integer(a.min, 'the minimum');
      const max = integer(a.max, 'the maximum');
      if (min === null && max === null) { return null; }
      return { min: min === null ? 0 : min, max, text: null };
    }
    case 'number': return integer(a.n, 'the number');
    case 'type': return a.v;
    case 'text': return a.v.trim() === '' ? null : a.v.trim();
    case 'date': {
      if (!a.start.trim()) { return null; }
      return { start: a.start.trim(), end: (a.end.trim() || a.start.trim()), precision: current && current.precision ? current.precision : 'day', text: current ? current.text : null };
    }
    case 'list': return a.v.split(',').map((s) => s.trim()).filter(Boolean);
    default: {
      try { return JSON.parse(a.v); } catch (e) { throw new Error('the value is not valid JSON (' + e.message + ')'); }
    }
  }
}

async function change(method, suffix, body, done) {
  setStatus('Saving…');
  try {
    await send(method, '/api/incidents/' + encodeURIComponent(id) + suffix, body);
  } catch (e) {
    setStatus('Not saved: ' + e.message, true);
    return;
  }
  await load();
  setStatus(done);
}

function renderReviewBar() {
  const bar = document.getElementById('review-bar');
  const r = incident.review || { status: 'new', grade: null };
  const parts = [el('span', null, 'Status: ', el('span', { class: 'badge ' + r.status, id: 'review-status', text: r.status })),
    el('span', null, 'Grade: ', el('span', { class: 'badge ' + (r.grade || ''), id: 'review-grade', text: r.grade || 'not graded' }))];
  if (asOf) { parts.push(el('strong', { text: 'As it was at ' + asOf + ' (read-only). ' }), el('a', { href: incidentUrl(id), text: 'Now' })); }
  const editable = canChange(user) && !asOf && r.status !== 'deleted';
  if (editable) {
    const verify = el('button', { type: 'button', id: 'verify', text: r.status === 'verified' ? 'Verify again' : 'Verify',
      onclick: async () => {
        const a = await askReason('Verify this incident');
        if (a) { await change('POST', '/verify', { reason: a.reason }, 'Verified.'); }
      } });
    const select = el('select', { id: 'grade-select' }, ...GRADES.map((g) => el('option', { value: g, text: g, selected: g === r.grade })));
    const gradeBtn = el('button', { type: 'button', id: 'grade', class: 'secondary', text: 'Grade',
      onclick: async () => {
        const a = await askReason('Grade as ' + select.value);
        if (a) { await change('POST', '/grade', { grade: select.value, reason: a.reason }, 'Graded ' + select.value + '.'); }
      } });
    parts.push(verify, el('label', { for: 'grade-select', text: 'Grade' }), select, gradeBtn);
  }
  parts.push(el('a', { class: 'button-link secondary', href: '/dossier.html?id=' + encodeURIComponent(id), text: 'Print dossier' }));
  bar.replaceChildren(...parts);
}

function renderFields(placed) {
  const tbody = document.querySelector('#fields tbody');
  tbody.replaceChildren();
  const editable = canChange(user) && !asOf && !(incident.review && incident.review.status === 'deleted');
  for (const [field, label, shape] of FIELDS) {
    const v = valueOf(incident, field);
    const row = el('tr', { 'data-field': field });
    const td = el('td', null, el('span', { class: 'value', text: fieldText(field, v) }));
    const mine = placed.filter((p) => p.fields.includes(field) || p.fields.some((f) => f.startsWith(field + '.')));
    for (const p of mine) {
      const quote = p.text.length > 70 ? p.text.slice(0, 67) + '…' : p.text;
      if (p.start >= 0) {
        td.appendChild(el('button', { type: 'button', class: 'link-like evidence-link', 'aria-label': 'Show evidence for ' + label + ': ' + p.text,
          text: '“' + quote + '”', onclick: () => showEvidence(p.n, row) }));
      } else {
        td.appendChild(el('span', { class: 'evidence-link muted', text: '“' + quote + '” (not found in the text)' }));
      }
    }
    if (editable) {
      td.appendChild(el('button', { type: 'button', class: 'secondary small correct', 'data-field': field, 'aria-label': 'Correct ' + label,
        text: 'Correct', onclick: () => correct(field, label, shape) }));
    }
    row.append(el('th', { scope: 'row', text: label }), td);
    tbody.appendChild(row);
  }
}

async function renderText() {
  const box = document.getElementById('source-text');
  const meta = document.getElementById('text-meta');
  const docId = (incident.document && incident.document.id) || (incident.documents && incident.documents[0] && incident.documents[0].id);
  if (!docId) { box.textContent = 'No source document.'; return placeEvidence('', incident.evidence); }
  let doc;
  try {
    doc = await getJson('/api/documents/' + encodeURIComponent(docId));
  } catch (e) {
    box.textContent = 'The source text could not be loaded: ' + e.message;
    return placeEvidence('', incident.evidence);
  }
  meta.replaceChildren(el('a', { href: readerUrl(docId), text: doc.title || docId }),
    ' · ' + [doc.publisher, doc.published].filter(Boolean).join(' · '));
  const text = doc.text || '';
  const placed = placeEvidence(text, incident.evidence);
  box.replaceChildren(...highlighted(text, placed));
  return placed;
}

function figures(s) {
  return ['killed', 'injured', 'detained'].map((k) => el('td', { class: 'num', text: countText(s[k]) }));
}

function renderSources() {
  const box = document.getElementById('sources');
  const docs = new Map((incident.documents || []).map((d) => [d.id, d]));
  if (Array.isArray(incident.sources) && incident.sources.length) {
    const head = el('tr', null, ...['Source', 'Killed', 'Injured', 'Detained', 'Date', 'Place', 'Why linked'].map((h) => el('th', { scope: 'col', text: h })));
    const rows = incident.sources.map((s) => {
      const d = docs.get(s.document_id) || {};
      return el('tr', null, el('td', null, el('a', { href: readerUrl(s.document_id), text: d.title || s.document_id }), d.publisher ? ' · ' + d.publisher : ''),
        ...figures(s), el('td', { text: s.date_text || '' }), el('td', { text: s.place_text || '' }),
        el('td', { text: [s.reason, s.score !== undefined && s.score !== null ? 'score ' + Number(s.score).toFixed(2) : null].filter(Boolean).join(' · ') }));
    });
    const summary = [];
    if (incident.independent_sources !== undefined) { summary.push(incident.independent_sources + ' independent source(s)'); }
    if (incident.first_reported) { summary.push('first reported ' + incident.first_reported); }
    if (incident.last_reported) { summary.push('last reported ' + incident.last_reported); }
    box.replaceChildren(el('p', { class: 'muted', id: 'sources-summary', text: summary.join(' · ') }),
      el('table', { class: 'sources', id: 'sources-table' }, el('caption', { class: 'visually-hidden', text: 'Each source and its own figures' }), el('thead', null, head), el('tbody', null, ...rows)));
    return;
  }
  const list = [...docs.values()];
  if (!list.length && incident.document) { list.push(incident.document); }
  const head = el('tr', null, ...['Source', 'Publisher', 'Published', 'Original address'].map((h) => el('th', { scope: 'col', text: h })));
  const rows = list.map((d) => el('tr', null, el('td', null, el('a', { href: readerUrl(d.id), text: d.title || d.id })),
    el('td', { text: d.publisher || '' }), el('td', { text: d.published || '' }), el('td', { class: 'url', text: d.url || '' })));
  box.replaceChildren(el('table', { class: 'sources', id: 'sources-table' }, el('caption', { class: 'visually-hidden', text: 'The documents this incident comes from' }), el('thead', null, head), el('tbody', null, ...rows)));
}

async function renderRelated() {
  const box = document.getElementById('related');
  let related;
  try {
    related = await getJson('/api/incidents/' + encodeURIComponent(id) + '/related');
  } catch (e) {
    box.replaceChildren(el('p', { class: 'muted', text: 'Related incidents are not available on this server.' }));
    return;
  }
  if (!Array.isArray(related) || !related.length) {
    box.replaceChildren(el('p', { class: 'muted', text: 'No nearby incident looks like this one.' }));
    return;
  }
  const head = el('tr', null, ...['Incident', 'Type', 'Score', 'Why'].map((h) => el('th', { scope: 'col', text: h })));
  box.replaceChildren(el('table', { class: 'sources', id: 'related-table' }, el('thead', null, head), el('tbody', null,
    ...related.map((r) => el('tr', null,
      el('td', null, el('a', { href: incidentUrl(r.id), text: [r.date, r.place].filter(Boolean).join(' · ') || r.id })),
      el('td', { text: typeOf(r.event_type).label }), el('td', { class: 'num', text: r.score === undefined || r.score === null ? '' : Number(r.score).toFixed(2) }),
      el('td', { text: r.reason || '' }))))));
}

function jsonText(v) {
  if (v === null || v === undefined) { return '—'; }
  if (typeof v !== 'object') { return String(v); }
  if (v.min !== undefined) { return countText(v); }
  if (v.start !== undefined) { return dateText(v); }
  if (v.name !== undefined || v.country_code !== undefined) { return placeText(v); }
  if (Array.isArray(v)) { return v.map((x) => (x && x.name) || String(x)).join(', ') || '—'; }
  return JSON.stringify(v);
}

async function renderHistory() {
  const list = document.getElementById('history');
  let changes;
  try {
    changes = await getJson('/api/incidents/' + encodeURIComponent(id) + '/history');
  } catch (e) {
    list.replaceChildren(el('li', { class: 'muted', text: 'History unavailable: ' + e.message }));
    return;
  }
  if (!changes.length) { list.replaceChildren(el('li', { class: 'muted', text: 'No change since extraction.' })); return; }
  list.replaceChildren(...changes.slice().reverse().map((c) => {
    const what = c.field ? c.kind + ' ' + c.field + ': ' + jsonText(c.old_value) + ' → ' + jsonText(c.new_value) : c.kind + (c.new_value !== null && typeof c.new_value !== 'object' ? ' ' + c.new_value : '');
    return el('li', { 'data-kind': c.kind }, el('time', { datetime: c.at, text: c.at.replace('T', ' ').slice(0, 19) }), ' · ', el('strong', { text: c.user || 'system' }), ' · ', what,
      c.reason ? el('span', { class: 'muted', text: ' — “' + c.reason + '”' }) : null,
      ' ', el('a', { href: incidentUrl(id) + '&as_of=' + encodeURIComponent(c.at), text: 'as it was', 'aria-label': 'The incident as it was at ' + c.at }));
  }));
}

let map = null;
function renderMap() {
  const box = document.getElementById('incident-map');
  const loc = incident.location;
  document.getElementById('precision').textContent = loc ? placeText(loc) + ' — known to the ' + (PRECISION[loc.precision] || loc.precision || 'unknown precision') : 'No place reported.';
  if (typeof L === 'undefined') { box.textContent = 'The map library did not load.'; return; }
  if (map) { map.remove(); }
  map = L.map(box, { zoomControl: true, keyboard: true, scrollWheelZoom: false }).setView([15, 0], 4);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Boundaries: Natural Earth');
  map.createPane('countries').style.zIndex = 350;
  map.createPane('admin1').style.zIndex = 360;
  fetch('/basemap/countries.geojson').then((r) => r.json()).then((data) => {
    const layer = L.geoJSON(data, { pane: 'countries', interactive: false, style: { color: '#7a7a7a', weight: 1, fillColor: '#f4f1ea', fillOpacity: 1 } }).addTo(map);
    if (loc && loc.lat === null && !loc.admin1 && loc.country_code) {
      layer.eachLayer((l) => { if (l.feature.properties.iso_a2 === loc.country_code) { map.fitBounds(l.getBounds()); } });
    }
  }).catch(() => {});
  if (!loc) { return; }
  if (typeof loc.lat === 'number' && typeof loc.lon === 'number') {
    L.circleMarker([loc.lat, loc.lon], { radius: 8, color: '#222', weight: 1, fillColor: typeOf(incident.event_type).color, fillOpacity: 0.9, className: 'incident-marker' })
      .bindTooltip(placeText(loc)).addTo(map);
    map.setView([loc.lat, loc.lon], 8);
    return;
  }
  // Known only to a province: shade it rather than invent a point.
  fetch('/basemap/admin1.geojson').then((r) => r.json()).then((data) => {
    const want = loc.country_code + ':' + normalise(loc.admin1);
    L.geoJSON(data, { pane: 'admin1', interactive: false,
      filter: (f) => loc.admin1 && [f.properties.name, f.properties.name_fr].some((n) => n && f.properties.iso_a2 + ':' + normalise(n) === want),
      style: { color: '#8c1d2c', weight: 1.5, fillColor: '#8c1d2c', fillOpacity: 0.35, className: 'area-shaded' } })
      .addTo(map).eachLayer((l) => map.fitBounds(l.getBounds()));
  }).catch(() => {});
}

async function load() {
  const url = '/api/incidents/' + encodeURIComponent(id) + (asOf ? '?as_of=' + encodeURIComponent(asOf) : '');
  incident = await getJson(url);
  document.getElementById('title').textContent = typeOf(incident.event_type).label + ' · ' + dateText(incident.date) + ' · ' + placeText(incident.location);
  document.title = document.getElementById('title').textContent + ' · harmwatch';
  renderReviewBar();
  const placed = await renderText();
  renderFields(placed);
  renderSources();
  renderMap();
  await Promise.all([renderHistory(), renderRelated()]);
}

async function main() {
  user = await header(null);
  if (!id) { setStatus('No incident given: open one from the explore view or the review queue.', true); return; }
  setStatus('Loading…');
  try {
    await load();
  } catch (e) {
    setStatus('Could not load incident ' + id + ': ' + e.message, true);
    return;
  }
  setStatus('');
  document.body.dataset.ready = 'true';
}

main().catch(() => {});

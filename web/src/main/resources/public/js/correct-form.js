// The incident page's correction forms: one inline form per field shape (a place from the gazetteer
// by name or by a click on a map, actors from the dictionary with their type, figures as min/max,
// dates as a range with a precision), the words of the source text chosen as the field's new
// evidence, and a reason. Inline rather than a modal dialog, so the analyst can select words in the
// source text while the form is open. Builds the body of PATCH /api/incidents/{id}.
import { TYPES, PRECISION, el, getJson, placeText, addWater, addPlaceLabels } from './common.js';
import { valueOf } from './correct.js';
import { t as tx } from './i18n.js';

const ACTOR_TYPES = ['state_forces', 'external_forces', 'rebel_group', 'political_militia', 'identity_militia', 'civilians', 'unknown'];
const DATE_PRECISIONS = ['day', 'week', 'month', 'year'];

function labelled(id, label, input) {
  return el('div', { class: 'cf-row' }, el('label', { for: id, text: label }), input);
}

function integer(text, what) {
  const t = String(text || '').trim();
  if (t === '') { return null; }
  if (!/^\d+$/.test(t)) { throw new Error(tx('cf.wholeNumber', { what, value: t })); }
  return Number(t);
}

/** A figure as min/max: "at least" when the maximum is empty. */
function countEditor(current) {
  const min = el('input', { id: 'cf-min', type: 'number', min: '0', step: '1', inputmode: 'numeric' });
  const max = el('input', { id: 'cf-max', type: 'number', min: '0', step: '1', inputmode: 'numeric' });
  if (current && current.min !== null && current.min !== undefined) { min.value = String(current.min); }
  if (current && current.max !== null && current.max !== undefined) { max.value = String(current.max); }
  return {
    nodes: [labelled('cf-min', tx('cf.atLeast'), min), labelled('cf-max', tx('cf.atMostLabel'), max)],
    value: () => {
      const lo = integer(min.value, tx('cf.atLeast'));
      const hi = integer(max.value, tx('cf.atMost'));
      if (lo === null && hi === null) { return null; }
      if (lo !== null && hi !== null && hi < lo) { throw new Error(tx('cf.maxBelowMin', { hi, lo })); }
      return { min: lo === null ? 0 : lo, max: hi, text: current && current.text ? current.text : null };
    }
  };
}

function numberEditor(current) {
  const n = el('input', { id: 'cf-number', type: 'number', min: '0', step: '1' });
  if (current !== null && current !== undefined) { n.value = String(current); }
  return { nodes: [labelled('cf-number', tx('cf.number'), n)], value: () => integer(n.value, tx('cf.theNumber')) };
}

function dateEditor(current) {
  const start = el('input', { id: 'cf-start', type: 'date', value: current ? current.start : null });
  const end = el('input', { id: 'cf-end', type: 'date', value: current ? current.end : null });
  const precision = el('select', { id: 'cf-precision' }, ...DATE_PRECISIONS.map((p) => el('option', { value: p, text: p, selected: current && current.precision === p })));
  return {
    nodes: [labelled('cf-start', tx('cf.firstDay'), start), labelled('cf-end', tx('cf.lastDay'), end), labelled('cf-precision', tx('cf.precision'), precision)],
    value: () => {
      if (!start.value) { return null; }
      const last = end.value || start.value;
      if (last < start.value) { throw new Error(tx('cf.lastBeforeFirst')); }
      return { start: start.value, end: last, precision: precision.value, text: current ? current.text : null };
    }
  };
}

function typeEditor(current) {
  const s = el('select', { id: 'cf-value' }, el('option', { value: '', text: tx('cf.unknown') }),
    ...Object.entries(TYPES).map(([code, t]) => el('option', { value: code, text: t.label, selected: code === current })));
  return { nodes: [labelled('cf-value', tx('field.event_type'), s)], value: () => s.value || null };
}

function textEditor(current, label) {
  const t = el('input', { id: 'cf-value', type: 'text', value: current || null });
  return { nodes: [labelled('cf-value', label, t)], value: () => (t.value.trim() ? t.value.trim() : null) };
}

function listEditor(current, label) {
  const t = el('input', { id: 'cf-value', type: 'text', value: (current || []).join(', ') });
  return { nodes: [labelled('cf-value', tx('correct.listLabel', { label }), t)], value: () => t.value.split(',').map((s) => s.trim()).filter(Boolean) };
}

/** A place from the gazetteer: by name, or the places nearest a click on the map. */
function placeEditor(current, incident) {
  let chosen = current;
  const shown = el('p', { id: 'cf-place-chosen', class: 'cf-chosen', 'aria-live': 'polite' });
  const show = () => {
    shown.textContent = chosen ? tx('cf.chosen', { place: placeText(chosen) }) + ' — ' + (PRECISION[chosen.precision] || chosen.precision || '') : tx('cf.noPlaceClears');
  };
  show();
  const q = el('input', { id: 'cf-place-q', type: 'search', autocomplete: 'off', placeholder: tx('explore.admin1Placeholder') });
  const country = el('input', { id: 'cf-place-country', type: 'text', maxlength: '2', size: '3', value: current && current.country_code ? current.country_code : null });
  const results = el('ul', { id: 'cf-place-results', class: 'cf-results', 'aria-label': tx('cf.placesFound') });
  const choices = (places, how) => {
    results.dataset.how = how === 'by that name' ? 'name' : 'near';
    if (!places.length) { results.replaceChildren(el('li', { class: 'muted', text: tx(how === 'by that name' ? 'cf.noPlaceByName' : 'cf.noPlaceNear') })); return; }
    results.replaceChildren(...places.map((p) => el('li', null, el('button', { type: 'button', class: 'link-like place-choice', 'data-name': p.name,
      text: placeText(p) + ' — ' + (PRECISION[p.precision] || p.precision) + (p.lat !== null && p.lat !== undefined ? ' (' + p.lat.toFixed(3) + ', ' + p.lon.toFixed(3) + ')' : ''),
      onclick: () => { chosen = p; show(); pin(p); } }))));
  };
  const search = async () => {
    if (!q.value.trim()) { return; }
    const url = '/api/gazetteer/search?q=' + encodeURIComponent(q.value.trim()) + (country.value.trim() ? '&country=' + encodeURIComponent(country.value.trim()) : '');
    try { choices(await getJson(url), 'by that name'); } catch (e) { results.replaceChildren(el('li', { class: 'error', text: e.message })); }
  };
  const find = el('button', { type: 'button', id: 'cf-place-search', class: 'secondary small', text: tx('cf.searchGazetteer'), onclick: search });
  q.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); search(); } });
  const clear = el('button', { type: 'button', class: 'secondary small', text: tx('cf.noPlace'), onclick: () => { chosen = null; show(); } });
  const mapBox = el('div', { id: 'cf-place-map', class: 'small-map cf-map', role: 'region', 'aria-label': tx('cf.mapLabel') });
  let map = null;
  let marker = null;
  const pin = (p) => {
    if (!map || p.lat === null || p.lat === undefined) { return; }
    if (marker) { marker.remove(); }
    marker = L.circleMarker([p.lat, p.lon], { interactive: false, radius: 7, color: '#222', weight: 1, fillColor: '#8c1d2c', fillOpacity: 0.9 }).addTo(map);
  };
  const start = () => {
    if (typeof L === 'undefined') { mapBox.textContent = tx('cf.noMapLibrary'); return; }
    const loc = incident.location;
    const centre = loc && typeof loc.lat === 'number' ? [loc.lat, loc.lon] : [15, 0];
    map = L.map(mapBox, { scrollWheelZoom: false }).setView(centre, loc && typeof loc.lat === 'number' ? 8 : 4);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution(tx('incident.attribution'));
    map.createPane('countries').style.zIndex = 350;
    fetch('/basemap/countries.geojson').then((r) => r.json()).then((data) => {
      L.geoJSON(data, { pane: 'countries', interactive: false, style: { color: '#7a7a7a', weight: 1, fillColor: '#f4f1ea', fillOpacity: 1 } }).addTo(map);
    }).catch(() => {});
    addWater(map);
    addPlaceLabels(map);
    if (loc) { pin(loc); }
    map.on('click', async (e) => {
      const url = '/api/gazetteer/near?lat=' + e.latlng.lat.toFixed(5) + '&lon=' + e.latlng.lng.toFixed(5) + '&limit=6';
      try { choices(await getJson(url), 'near that point'); } catch (err) { results.replaceChildren(el('li', { class: 'error', text: err.message })); }
    });
  };
  return {
    nodes: [shown, labelled('cf-place-q', tx('cf.placeName'), q), labelled('cf-place-country', tx('cf.countryCode'), country),
      el('div', { class: 'buttons' }, find, clear), el('p', { class: 'hint', text: tx('cf.mapHint') }), mapBox, results],
    started: start,
    value: () => (chosen ? Object.assign({}, chosen, { text: chosen === current ? current.text : (current && current.text) || null }) : null)
  };
}

/** Actors from the dictionary (with their type), or typed by hand with a type. */
function actorsEditor(current) {
  const actors = (current || []).map((a) => ({ name: a.name, type: a.type, text: a.text || null }));
  const list = el('ul', { id: 'cf-actors', class: 'cf-results', 'aria-label': tx('cf.actorsOfField') });
  const draw = () => {
    if (!actors.length) { list.replaceChildren(el('li', { class: 'muted', text: tx('cf.none') })); return; }
    list.replaceChildren(...actors.map((a, n) => el('li', { class: 'actor-item', 'data-name': a.name },
      el('span', { text: a.name + ' ' }),
      el('select', { 'aria-label': tx('cf.typeOf', { name: a.name }), onchange: (e) => { a.type = e.target.value; } },
        ...ACTOR_TYPES.map((t) => el('option', { value: t, text: tx('actorType.' + t, null, t.replace(/_/g, ' ')), selected: t === a.type }))),
      el('button', { type: 'button', class: 'secondary small', 'aria-label': tx('cf.removeName', { name: a.name }), text: tx('cf.remove'), onclick: () => { actors.splice(n, 1); draw(); } }))));
  };
  draw();
  const add = (name, type) => {
    if (!actors.some((a) => a.name === name)) { actors.push({ name, type, text: null }); }
    draw();
  };
  const q = el('input', { id: 'cf-actor-q', type: 'search', autocomplete: 'off', placeholder: 'e.g. FAMa, Wagner, JNIM' });
  const results = el('ul', { id: 'cf-actor-results', class: 'cf-results', 'aria-label': tx('cf.actorsFound') });
  const type = el('select', { id: 'cf-actor-type' }, ...ACTOR_TYPES.map((t) => el('option', { value: t, text: tx('actorType.' + t, null, t.replace(/_/g, ' ')) })));
  const search = async () => {
    if (!q.value.trim()) { return; }
    let found;
    try { found = await getJson('/api/actors?limit=10&q=' + encodeURIComponent(q.value.trim())); } catch (e) { results.replaceChildren(el('li', { class: 'error', text: e.message })); return; }
    const items = found.map((a) => el('li', null, el('button', { type: 'button', class: 'link-like actor-choice', 'data-name': a.name,
      text: a.name + ' (' + a.type.replace(/_/g, ' ') + ')', onclick: () => add(a.name, a.type) })));
    items.push(el('li', null, el('button', { type: 'button', class: 'link-like actor-as-typed', text: tx('cf.addAsTyped', { name: q.value.trim(), type: type.value.replace(/_/g, ' ') }),
      onclick: () => add(q.value.trim(), type.value) })));
    results.replaceChildren(...items);
  };
  q.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); search(); } });
  return {
    nodes: [list, labelled('cf-actor-q', tx('cf.findActor'), q), labelled('cf-actor-type', tx('cf.typeForNew'), type),
      el('div', { class: 'buttons' }, el('button', { type: 'button', id: 'cf-actor-search', class: 'secondary small', text: tx('cf.searchActors'), onclick: search })), results],
    value: () => actors.map((a) => ({ name: a.name, type: a.type, text: a.text }))
  };
}

function editorFor(shape, current, label, incident) {
  switch (shape) {
    case 'count': return countEditor(current);
    case 'number': return numberEditor(current);
    case 'date': return dateEditor(current);
    case 'type': return typeEditor(current);
    case 'text': return textEditor(current, label);
    case 'list': return listEditor(current, label);
    case 'place': return placeEditor(current, incident);
    case 'actors': return actorsEditor(current);
    default: throw new Error('no form for ' + shape);
  }
}

/** Offsets of the current selection inside {@code box}, whose text is the document text; null if none. */
export function selectionIn(box) {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) { return null; }
  const range = sel.getRangeAt(0);
  if (!box.contains(range.startContainer) || !box.contains(range.endContainer)) { return null; }
  const before = document.createRange();
  before.setStart(box, 0);
  before.setEnd(range.startContainer, range.startOffset);
  let start = before.toString().length;
  let text = range.toString();
  // Spaces picked up at the edges of a drag are not evidence.
  const lead = text.length - text.trimStart().length;
  start += lead;
  text = text.trim();
  if (!text) { return null; }
  return { start, end: start + text.length, text };
}

/**
 * Opens the form for {@code field} after {@code row}; {@code save(body)} sends the PATCH body and
 * resolves when done (rejecting with the server's message). {@code textBox} is the source text the
 * evidence words are selected in.
 */
export function openCorrection({ incident, field, label, shape, row, textBox, save }) {
  document.querySelectorAll('tr.correction-row').forEach((r) => r.remove());
  const current = valueOf(incident, field);
  const editor = editorFor(shape, current, label, incident);
  const evidence = [];
  const chips = el('ul', { id: 'cf-evidence', class: 'cf-results', 'aria-label': tx('cf.evidenceChosen') });
  const drawChips = () => {
    if (!evidence.length) { chips.replaceChildren(el('li', { class: 'muted', text: tx('cf.noNewEvidence') })); return; }
    chips.replaceChildren(...evidence.map((e, n) => el('li', { class: 'evidence-chip' }, el('q', { text: e.text }),
      el('button', { type: 'button', class: 'secondary small', 'aria-label': tx('cf.dropEvidence', { text: e.text }), text: tx('cf.drop'), onclick: () => { evidence.splice(n, 1); drawChips(); } }))));
  };
  drawChips();
  const err = el('p', { id: 'cf-error', class: 'error', role: 'alert' });
  const use = el('button', { type: 'button', id: 'cf-use-selection', class: 'secondary small', text: tx('cf.useSelection'),
    onclick: () => {
      const s = textBox ? selectionIn(textBox) : null;
      if (!s) { err.textContent = tx('cf.selectFirst'); return; }
      err.textContent = '';
      if (!evidence.some((e) => e.start === s.start && e.end === s.end)) { evidence.push(s); }
      drawChips();
    } });
  // Keeps the selection in the text when the button is pressed.
  use.addEventListener('mousedown', (e) => e.preventDefault());
  const reason = el('textarea', { id: 'cf-reason', rows: 2, required: true });
  const saveBtn = el('button', { type: 'submit', id: 'cf-save', text: tx('cf.save') });
  const cancel = el('button', { type: 'button', id: 'cf-cancel', class: 'secondary', text: tx('common.cancel') });
  const form = el('form', { id: 'correction-form', class: 'correction-form', 'data-field': field, 'aria-label': tx('incident.correctLabel', { label }) },
    el('h3', { text: tx('correct.title', { label }) }), ...editor.nodes,
    el('fieldset', null, el('legend', { text: tx('cf.evidenceLegend') }), chips, use),
    labelled('cf-reason', tx('reason.label'), reason), err, el('div', { class: 'buttons' }, saveBtn, cancel));
  const tr = el('tr', { class: 'correction-row' }, el('td', { colspan: '2' }, form));
  row.after(tr);
  cancel.addEventListener('click', () => tr.remove());
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!reason.value.trim()) { err.textContent = tx('reason.missing'); reason.focus(); return; }
    let value;
    try { value = editor.value(); } catch (x) { err.textContent = x.message; return; }
    const body = { field, value, reason: reason.value.trim() };
    if (evidence.length) { body.evidence = evidence.map((x) => ({ start: x.start, end: x.end })); }
    saveBtn.disabled = true;
    try {
      await save(body);
    } catch (x) {
      err.textContent = tx('incident.notSaved', { message: x.message });
      saveBtn.disabled = false;
    }
  });
  if (editor.started) { editor.started(); }
  const first = form.querySelector('input, select, textarea');
  if (first) { first.focus(); }
  return form;
}

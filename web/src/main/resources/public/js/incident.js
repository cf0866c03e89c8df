// The incident page: every field with its evidence highlighted in the source text, the location on a
// small offline map, all sources with their own figures, related incidents and the history of
// changes. Analysts correct a field (with a reason), verify and grade inline; viewers only read.
import {
  GRADES, PRECISION, el, header, getJson, send, setStatus, canChange, askReason, typeOf,
  dateText, countText, placeText, actorsText, incidentUrl, readerUrl, normalise, addWater, addPlaceLabels
} from './common.js';
import { FIELDS, valueOf } from './correct.js';
import { openCorrection } from './correct-form.js';
import { actorUrl, placeUrl } from './finding.js';
import { t, locale } from './i18n.js';

/** The form each field is corrected with, where it differs from the review queue's shape. */
const FORM_SHAPES = { location: 'place', perpetrators: 'actors', targets: 'actors' };

const params = new URLSearchParams(location.search);
const id = params.get('id');
const asOf = params.get('as_of');

let user = null;
let incident = null;
// Every source's word-level evidence (GET /api/incidents/{id}/evidence), null when unavailable.
let evidence = null;

/** A document's title (else its id) for naming where a figure comes from. */
function sourceName(docId) {
  const d = ((incident && incident.documents) || []).find((x) => x.id === docId);
  return (d && d.title) || docId;
}

/**
 * The figure reconciled over all sources (best, with the range they allow), which sources each value
 * comes from, and this report's own wording when it differs.
 */
function figureText(c) {
  const own = countText(c);
  if (!c || c.best === undefined || c.best === null) { return own; }
  const from = c.from || {};
  const names = (ids) => (ids || []).map(sourceName).join('; ');
  const several = incident && incident.sources && incident.sources.length > 1;
  if (!several) { return own; }
  const parts = [t('incident.best', { n: c.best }) + (names(from.best) ? ' (' + names(from.best) + ')' : '')];
  if (c.low !== c.best) { parts.push(t('incident.low', { n: c.low }) + (names(from.low) ? ' (' + names(from.low) + ')' : '')); }
  if (c.high !== c.best) { parts.push(t('incident.high', { n: c.high }) + (names(from.high) ? ' (' + names(from.high) + ')' : '')); }
  return t('incident.allSources', { parts: parts.join(' · '), own });
}

function fieldText(field, v) {
  if (v === null || v === undefined || (Array.isArray(v) && !v.length)) { return t('common.notReported'); }
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

/** Links from a field's value to the pages of its actors, or of its country and region. */
function fieldLinks(field, v) {
  const links = [];
  if ((field === 'perpetrators' || field === 'targets') && Array.isArray(v)) {
    for (const name of [...new Set(v.map((a) => a.name).filter(Boolean))]) {
      links.push(el('a', { class: 'actor-link', href: actorUrl(name), text: name }));
    }
  } else if (field === 'location' && v && v.country_code) {
    links.push(el('a', { class: 'place-link', href: placeUrl(v.country_code, null), text: v.country_code }));
    if (v.admin1) { links.push(el('a', { class: 'place-link', href: placeUrl(v.country_code, v.admin1), text: v.admin1 })); }
  }
  if (!links.length) { return null; }
  const out = el('span', { class: 'field-links muted' }, 'pages: ');
  links.forEach((a, i) => { if (i) { out.append(' · '); } out.append(a); });
  return out;
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
    const mark = el('mark', { 'data-ev': covering.map((s) => s.n).join(' '), 'data-fields': fields.join(' '), class: covering.some((s) => s.words) ? 'words' : null,
      title: t('incident.evidenceFor', { fields: fields.join(', ') }) + (covering[0].sourceLabel ? ' (' + covering[0].sourceLabel + ')' : '') }, piece);
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
    setStatus(t('incident.evidenceShown', { n: n + 1 }));
  }
}

function correct(field, label, shape, row) {
  openCorrection({ incident, field, label, shape: FORM_SHAPES[field] || shape, row,
    textBox: document.getElementById('source-text'),
    save: async (body) => {
      await send('PATCH', '/api/incidents/' + encodeURIComponent(id), body);
      await load();
      setStatus(t(body.evidence ? 'incident.correctedWithEvidence' : 'incident.corrected', { label }));
    } });
}

async function change(method, suffix, body, done) {
  setStatus(t('incident.saving'));
  try {
    await send(method, '/api/incidents/' + encodeURIComponent(id) + suffix, body);
  } catch (e) {
    setStatus(t('incident.notSaved', { message: e.message }), true);
    return;
  }
  await load();
  setStatus(done);
}

function renderReviewBar() {
  const bar = document.getElementById('review-bar');
  const r = incident.review || { status: 'new', grade: null };
  const parts = [el('span', null, t('incident.statusLabel') + ' ', el('span', { class: 'badge ' + r.status, id: 'review-status', text: t('status.' + r.status, null, r.status) })),
    el('span', null, t('incident.gradeLabel') + ' ', el('span', { class: 'badge ' + (r.grade || ''), id: 'review-grade', text: r.grade ? t('gradeValue.' + r.grade, null, r.grade) : t('incident.notGraded') }))];
  if (incident.merged_into) { parts.push(el('strong', null, t('incident.mergedInto') + ' ', el('a', { href: incidentUrl(incident.merged_into), text: incident.merged_into }))); }
  if (asOf) { parts.push(el('strong', { text: t('incident.asOf', { at: asOf }) + ' ' }), el('a', { href: incidentUrl(id), text: t('incident.now') })); }
  if (editable()) {
    const verify = el('button', { type: 'button', id: 'verify', text: r.status === 'verified' ? t('incident.verifyAgain') : t('incident.verify'),
      onclick: async () => {
        const a = await askReason(t('incident.verifyTitle'));
        if (a) { await change('POST', '/verify', { reason: a.reason }, t('incident.verified')); }
      } });
    const select = el('select', { id: 'grade-select' }, ...GRADES.map((g) => el('option', { value: g, text: g, selected: g === r.grade })));
    const gradeBtn = el('button', { type: 'button', id: 'grade', class: 'secondary', text: t('incident.grade'),
      onclick: async () => {
        const a = await askReason(t('incident.gradeTitle', { grade: t('gradeValue.' + select.value, null, select.value) }));
        if (a) { await change('POST', '/grade', { grade: select.value, reason: a.reason }, t('incident.graded', { grade: t('gradeValue.' + select.value, null, select.value) })); }
      } });
    parts.push(verify, el('label', { for: 'grade-select', text: t('incident.grade') }), select, gradeBtn);
  }
  parts.push(el('a', { class: 'button-link secondary', href: '/dossier.html?id=' + encodeURIComponent(id), text: t('explore.dossier') }));
  bar.replaceChildren(...parts);
}

function renderFields(placed) {
  const tbody = document.querySelector('#fields tbody');
  tbody.replaceChildren();
  const can = editable();
  for (const [field, label, shape] of FIELDS) {
    const v = valueOf(incident, field);
    const row = el('tr', { 'data-field': field });
    const td = el('td', null, el('span', { class: 'value', text: fieldText(field, v) }));
    const links = fieldLinks(field, v);
    if (links) { td.appendChild(links); }
    const mine = placed.filter((p) => p.fields.includes(field) || p.fields.some((f) => f.startsWith(field + '.')));
    for (const p of mine) {
      const quote = p.text.length > 70 ? p.text.slice(0, 67) + '…' : p.text;
      if (p.start >= 0) {
        td.appendChild(el('button', { type: 'button', class: 'link-like evidence-link', 'data-source': p.doc || null, 'aria-label': t('incident.showEvidence', { label, text: p.text }),
          text: '“' + quote + '”', onclick: () => showEvidence(p.n, row) }));
        if (p.sourceLabel) { td.appendChild(el('span', { class: 'evidence-source muted', text: ' — ' + p.sourceLabel })); }
      } else {
        td.appendChild(el('span', { class: 'evidence-link muted', text: t('incident.notFound', { quote }) }));
      }
    }
    if (can) {
      td.appendChild(el('button', { type: 'button', class: 'secondary small correct', 'data-field': field, 'aria-label': t('incident.correctLabel', { label }),
        text: t('incident.correct'), onclick: () => correct(field, label, shape, row) }));
    }
    row.append(el('th', { scope: 'row', text: label }), td);
    tbody.appendChild(row);
  }
}

async function renderText() {
  const box = document.getElementById('source-text');
  const meta = document.getElementById('text-meta');
  const docId = (incident.document && incident.document.id) || (incident.documents && incident.documents[0] && incident.documents[0].id);
  if (!docId) { box.textContent = t('incident.noDocument'); return placeEvidence('', incident.evidence); }
  let doc;
  try {
    doc = await getJson('/api/documents/' + encodeURIComponent(docId));
  } catch (e) {
    box.textContent = t('incident.textFailed', { message: e.message });
    return placeEvidence('', incident.evidence);
  }
  meta.replaceChildren(el('a', { href: readerUrl(docId), text: doc.title || docId }),
    ' · ' + [doc.publisher, doc.published].filter(Boolean).join(' · '));
  const text = doc.text || '';
  const own = ownSource(docId);
  const placed = own ? placeSpans(text, own.spans, 0, docId, null) : placeEvidence(text, incident.evidence);
  box.replaceChildren(...highlighted(text, placed));
  return placed.concat(await renderOtherTexts(docId, placed.length));
}

/** The evidence API's entry for the document shown first, or null without word-level evidence. */
function ownSource(docId) {
  if (!evidence || !Array.isArray(evidence.sources)) { return null; }
  return evidence.sources.find((s) => s.document_id === docId) || null;
}

/** Word-level spans of one source placed in its text, numbered from {@code first}. */
function placeSpans(text, spans, first, docId, sourceLabel) {
  return (spans || []).map((s, k) => {
    const ok = text.slice(s.start, s.end) === s.text;
    const at = ok ? s.start : text.indexOf(s.text);
    return { n: first + k, start: at, end: at < 0 ? -1 : at + s.text.length, text: s.text, fields: [s.field], doc: docId, sourceLabel, words: s.words };
  });
}

function sourceLabelOf(s, k) {
  return t('incident.sourceN', { n: k + 1 }) + ' ' + [s.title || s.document_id, s.publisher, s.published].filter(Boolean).join(' · ');
}

/** The other sources' texts, each with its own evidence highlighted and labelled with its source. */
async function renderOtherTexts(shownId, first) {
  const box = document.getElementById('other-texts');
  if (!box) { return []; }
  const others = evidence && Array.isArray(evidence.sources) ? evidence.sources.filter((s) => s.document_id !== shownId) : [];
  if (!others.length) { box.replaceChildren(); return []; }
  const all = [];
  const parts = [el('h3', { text: t('incident.otherSources') })];
  let n = first;
  for (const [k, s] of others.entries()) {
    const label = sourceLabelOf(s, k + 1);
    let text = '';
    try {
      text = (await getJson('/api/documents/' + encodeURIComponent(s.document_id))).text || '';
    } catch (e) {
      parts.push(el('p', { class: 'muted', text: t('incident.otherTextFailed', { label, message: e.message }) }));
      continue;
    }
    const placed = placeSpans(text, s.spans, n, s.document_id, label);
    n += placed.length;
    all.push(...placed);
    parts.push(el('section', { class: 'other-source', 'data-document': s.document_id, 'aria-label': label },
      el('h4', null, el('a', { href: readerUrl(s.document_id), text: label })),
      el('p', { class: 'muted', text: t('incident.thisReport', { killed: countText(s.killed), injured: countText(s.injured), detained: countText(s.detained) }) }),
      el('div', { class: 'source-text other-text', tabindex: '0' }, ...highlighted(text, placed))));
  }
  box.replaceChildren(...parts);
  return all;
}

function figures(s) {
  return ['killed', 'injured', 'detained'].map((k) => el('td', { class: 'num', text: countText(s[k]) }));
}

function editable() {
  return canChange(user) && !asOf && !(incident.review && ['deleted', 'merged'].includes(incident.review.status));
}

/** For analysts, when an incident has several sources: split the ticked ones off into a new incident. */
function splitControls(box) {
  const boxes = [...box.querySelectorAll('input.split-pick')];
  if (!boxes.length) { return; }
  const btn = el('button', { type: 'button', id: 'split', class: 'secondary', text: t('incident.splitButton'),
    onclick: async () => {
      const ids = boxes.filter((b) => b.checked).map((b) => b.value);
      if (!ids.length) { setStatus(t('incident.splitNone'), true); return; }
      const a = await askReason(t('incident.splitTitle', { n: ids.length }));
      if (!a) { return; }
      try {
        const r = await send('POST', '/api/incidents/' + encodeURIComponent(id) + '/split', { document_ids: ids, reason: a.reason });
        await load();
        const created = r && r.created && r.created.id;
        setStatus(t('incident.splitDone') + (created ? ' ' + t('incident.newIncident', { id: created }) : ''));
        if (created) { document.getElementById('status').appendChild(el('a', { href: incidentUrl(created), text: ' ' + t('incident.openIt') })); }
      } catch (e) {
        setStatus(t('incident.notSplit', { message: e.message }), true);
      }
    } });
  box.appendChild(el('div', { class: 'toolbar' }, btn));
}

function pickCell(documentId, title, many) {
  if (!many) { return null; }
  // The report the incident was first extracted from stays with it; the others can be split off.
  if (incident.document && incident.document.id === documentId) { return el('td', { class: 'muted', text: t('incident.firstReport') }); }
  return el('td', null, el('input', { type: 'checkbox', class: 'split-pick', value: documentId, 'aria-label': t('incident.splitOff', { name: title || documentId }) }));
}

function renderSources() {
  const box = document.getElementById('sources');
  const many = editable() && ((incident.sources && incident.sources.length > 1) || (incident.documents && incident.documents.length > 1));
  const pickHead = many ? [el('th', { scope: 'col', text: t('incident.colSplit') })] : [];
  const docs = new Map((incident.documents || []).map((d) => [d.id, d]));
  if (Array.isArray(incident.sources) && incident.sources.length) {
    const head = el('tr', null, ...pickHead, ...['source', 'killed', 'injured', 'detained', 'date', 'place', 'whyLinked'].map((h) => el('th', { scope: 'col', text: t('incident.col.' + h) })));
    const rows = incident.sources.map((s) => {
      const d = docs.get(s.document_id) || {};
      return el('tr', null, pickCell(s.document_id, d.title, many), el('td', null, el('a', { href: readerUrl(s.document_id), text: d.title || s.document_id }), d.publisher ? ' · ' + d.publisher : ''),
        ...figures(s), el('td', { text: s.date_text || '' }), el('td', { text: s.place_text || '' }),
        el('td', { text: [s.reason, s.score !== undefined && s.score !== null ? 'score ' + Number(s.score).toFixed(2) : null].filter(Boolean).join(' · ') }));
    });
    const summary = [];
    if (incident.independent_sources !== undefined) { summary.push(incident.independent_sources + ' independent source(s)'); }
    if (incident.first_reported) { summary.push('first reported ' + incident.first_reported); }
    if (incident.last_reported) { summary.push('last reported ' + incident.last_reported); }
    box.replaceChildren(el('p', { class: 'muted', id: 'sources-summary', text: summary.join(' · ') }),
      el('table', { class: 'sources', id: 'sources-table' }, el('caption', { class: 'visually-hidden', text: t('incident.sourcesCaption') }), el('thead', null, head), el('tbody', null, ...rows)));
    splitControls(box);
    return;
  }
  const list = [...docs.values()];
  if (!list.length && incident.document) { list.push(incident.document); }
  const head = el('tr', null, ...pickHead, ...['source', 'publisher', 'published', 'address'].map((h) => el('th', { scope: 'col', text: t('incident.col.' + h) })));
  const rows = list.map((d) => el('tr', null, pickCell(d.id, d.title, many), el('td', null, el('a', { href: readerUrl(d.id), text: d.title || d.id })),
    el('td', { text: d.publisher || '' }), el('td', { text: d.published || '' }), el('td', { class: 'url', text: d.url || '' })));
  box.replaceChildren(el('table', { class: 'sources', id: 'sources-table' }, el('caption', { class: 'visually-hidden', text: t('incident.documentsCaption') }), el('thead', null, head), el('tbody', null, ...rows)));
  splitControls(box);
}

async function merge(otherId, label) {
  const a = await askReason(t('incident.mergeTitle', { label }));
  if (!a) { return; }
  try {
    await send('POST', '/api/incidents/' + encodeURIComponent(id) + '/merge', { other_id: otherId, reason: a.reason });
  } catch (e) {
    setStatus(t('incident.notMerged', { message: e.message }), true);
    return;
  }
  await load();
  setStatus(t('incident.merged'));
}

async function renderRelated() {
  const box = document.getElementById('related');
  let related;
  try {
    related = await getJson('/api/incidents/' + encodeURIComponent(id) + '/related');
  } catch (e) {
    box.replaceChildren(el('p', { class: 'muted', text: t('incident.relatedUnavailable') }));
    return;
  }
  if (!Array.isArray(related) || !related.length) {
    box.replaceChildren(el('p', { class: 'muted', text: t('incident.noRelated') }));
    return;
  }
  const can = editable();
  const head = el('tr', null, ...['incident', 'type', 'score', 'why'].concat(can ? ['action'] : []).map((h) => el('th', { scope: 'col', text: t('incident.col.' + h) })));
  box.replaceChildren(el('table', { class: 'sources', id: 'related-table' }, el('thead', null, head), el('tbody', null,
    ...related.map((r) => {
      const when = r.date && typeof r.date === 'object' ? dateText(r.date) : r.date;
      const where = r.place || (r.location ? placeText(r.location) : null);
      const label = [when, where].filter(Boolean).join(' · ') || r.id;
      return el('tr', { 'data-id': r.id },
        el('td', null, el('a', { href: incidentUrl(r.id), text: label })),
        el('td', { text: typeOf(r.event_type).label }), el('td', { class: 'num', text: r.score === undefined || r.score === null ? '' : Number(r.score).toFixed(2) }),
        el('td', { text: r.reason || '' }),
        can ? el('td', null, el('button', { type: 'button', class: 'secondary small merge', 'aria-label': t('incident.mergeTitle', { label }), text: t('incident.mergeInto'), onclick: () => merge(r.id, label) })) : null);
    }))));
}

function jsonText(v) {
  if (v === null || v === undefined) { return 'nothing'; }
  if (typeof v !== 'object') { return String(v).replace(/_/g, ' '); }
  if (v.min !== undefined) { return countText(v); }
  if (v.start !== undefined) { return dateText(v); }
  if (v.name !== undefined || v.country_code !== undefined) { return placeText(v); }
  if (Array.isArray(v)) { return v.map((x) => (x && x.name) || String(x)).join(', ') || 'none'; }
  if (v.document_id !== undefined) { return 'the report of document ' + v.document_id + (v.reason ? ' (' + v.reason + ')' : ''); }
  if (v.other_id !== undefined) { return 'incident ' + v.other_id + (v.documents && v.documents.length ? ' with document(s) ' + v.documents.join(', ') : ''); }
  if (v.created_id !== undefined) { return 'new incident ' + v.created_id + (v.documents && v.documents.length ? ' with document(s) ' + v.documents.join(', ') : ''); }
  return Object.entries(v).map(([k, x]) => k.replace(/_/g, ' ') + ' ' + (x !== null && typeof x === 'object' ? jsonText(x) : x)).join(', ');
}

const FIELD_LABELS = Object.fromEntries(FIELDS.map(([f, label]) => [f, label]));
const KIND_WORDS = Object.fromEntries(['created', 'edited', 'verified', 'graded', 'merged', 'split', 'linked', 'unlinked', 'deleted', 'taken_down'].map((k) => [k, t('kind.' + k)]));

/** The evidence an evidence change added, as quotes with the fields they support. */
function evidenceChange(before, after) {
  const key = (e) => e.start + ':' + e.end + ':' + (e.fields || []).join(',');
  const old = new Set((before || []).map(key));
  const added = (after || []).filter((e) => !old.has(key(e)) && (e.fields || []).length);
  if (!added.length) { return t('history.evidenceOff'); }
  return added.map((e) => t('history.evidenceFor', { text: e.text, fields: (e.fields || []).map((f) => FIELD_LABELS[f] || f).join(', ') })).join('; ');
}

/** One change as a sentence: "Changed Killed from 24 to 65", "Linked the report of document d2 (...)". */
export function changeText(c) {
  const verb = KIND_WORDS[c.kind] || c.kind;
  if (c.field === 'sources') {
    if (c.kind === 'split') { return t('history.splitOff', { what: jsonText(c.old_value) }); }
    return verb + ' ' + jsonText(c.new_value !== null && c.new_value !== undefined ? c.new_value : c.old_value);
  }
  if (c.field === 'evidence') { return t('history.evidence', { what: evidenceChange(c.old_value, c.new_value) }); }
  if (c.field === 'review.status') { return t('history.status', { verb, from: jsonText(c.old_value), to: jsonText(c.new_value) }); }
  if (c.field === 'review.grade') { return t('history.grade', { verb, from: jsonText(c.old_value), to: jsonText(c.new_value) }); }
  if (c.field) {
    const label = FIELD_LABELS[c.field] || c.field.replace(/^casualties\./, '').replace(/[._]/g, ' ');
    return t('history.field', { verb, label, from: jsonText(c.old_value), to: jsonText(c.new_value) });
  }
  return verb + (c.new_value !== null && c.new_value !== undefined && typeof c.new_value !== 'object' ? ' ' + jsonText(c.new_value) : '');
}

/** A moment in the reader's time zone, with the zone named ("7 Dec 2026, 05:12 GMT+1"). */
function whenText(iso) {
  const d = new Date(iso);
  if (isNaN(d.getTime())) { return iso; }
  return d.toLocaleString(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });
}

async function renderHistory() {
  const list = document.getElementById('history');
  let changes;
  try {
    changes = await getJson('/api/incidents/' + encodeURIComponent(id) + '/history');
  } catch (e) {
    list.replaceChildren(el('li', { class: 'muted', text: t('history.unavailable', { message: e.message }) }));
    return;
  }
  if (!changes.length) { list.replaceChildren(el('li', { class: 'muted', text: t('history.none') })); return; }
  list.replaceChildren(...changes.slice().reverse().map((c) => {
    const what = changeText(c);
    return el('li', { 'data-kind': c.kind }, el('time', { datetime: c.at, title: c.at.replace('T', ' ').slice(0, 19) + ' UTC', text: whenText(c.at) }), ' · ', el('strong', { text: c.user || t('history.system') }), ' · ', what,
      c.reason ? el('span', { class: 'muted', text: ' — “' + c.reason + '”' }) : null,
      ' ', el('a', { href: incidentUrl(id) + '&as_of=' + encodeURIComponent(c.at), text: t('history.asItWas'), 'aria-label': t('history.asItWasLabel', { at: c.at }) }));
  }));
}

let map = null;
function renderMap() {
  const box = document.getElementById('incident-map');
  const loc = incident.location;
  document.getElementById('precision').textContent = loc ? placeText(loc) + ' — ' + t('incident.knownTo', { precision: PRECISION[loc.precision] || loc.precision || t('incident.unknownPrecision') }) : t('incident.noPlace');
  if (typeof L === 'undefined') { box.textContent = t('incident.noMapLibrary'); return; }
  if (map) { map.remove(); }
  map = L.map(box, { zoomControl: true, keyboard: true, scrollWheelZoom: false }).setView([15, 0], 4);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(t('incident.attribution'));
  map.createPane('countries').style.zIndex = 350;
  map.createPane('admin1').style.zIndex = 360;
  fetch('/basemap/countries.geojson').then((r) => r.json()).then((data) => {
    const layer = L.geoJSON(data, { pane: 'countries', interactive: false, style: { color: '#7a7a7a', weight: 1, fillColor: '#f4f1ea', fillOpacity: 1 } }).addTo(map);
    if (loc && loc.lat === null && !loc.admin1 && loc.country_code) {
      layer.eachLayer((l) => { if (l.feature.properties.iso_a2 === loc.country_code) { map.fitBounds(l.getBounds()); } });
    }
  }).catch(() => {});
  addWater(map);
  addPlaceLabels(map);
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
  evidence = null;
  if (!asOf) {
    try { evidence = await getJson('/api/incidents/' + encodeURIComponent(id) + '/evidence'); } catch (e) { evidence = null; }
  }
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
  if (!id) { setStatus(t('incident.noId'), true); return; }
  setStatus(t('common.loading'));
  try {
    await load();
  } catch (e) {
    if (e.status === 404) {
      // An old link, a deleted or mistyped id: say so in words and offer the way back.
      document.getElementById('title').textContent = t('incident.noSuch');
      setStatus(t('incident.noSuchText', { id }), true);
      const back = el('p', { id: 'not-found' }, el('a', { href: '/', text: t('incident.back') }));
      document.getElementById('status').after(back);
      document.body.dataset.ready = 'true';
      return;
    }
    setStatus(t('incident.loadFailed', { id, message: e.message }), true);
    return;
  }
  setStatus('');
  openAsked();
  document.body.dataset.ready = 'true';
}

/** Opens the correction form named by {@code ?correct=field} (sent from the review queue). */
function openAsked() {
  const field = params.get('correct');
  const spec = FIELDS.find((f) => f[0] === field);
  const row = field ? document.querySelector('#fields tr[data-field="' + CSS.escape(field) + '"]') : null;
  if (spec && row && editable()) { correct(spec[0], spec[1], spec[2], row); }
}

main().catch(() => {});

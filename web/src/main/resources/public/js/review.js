// The review queue: machine-extracted incidents waiting for an analyst, worked from the keyboard
// (j/k move, v verify, 1-5 grade, e edit, o open, x mark a duplicate, m merge it, ? help) or with
// the toolbar buttons. Every action asks for the reason that goes into the incident's history.
import { GRADES, el, header, getJson, send, setStatus, canChange, askReason, typeOf, dateText, countText, figureText, placeText, incidentUrl } from './common.js';
import { FIELDS, askCorrection } from './correct.js';
import { t } from './i18n.js';

const PAGE = 100;
const list = document.getElementById('queue');
const help = document.getElementById('help');
let items = [];
let total = 0;
let limit = PAGE;
let current = 0;
let marked = null;
let busy = false;

function selected() { return items[current] || null; }

function label(i) { return typeOf(i.event_type).label + ', ' + dateText(i.date) + ', ' + placeText(i.location); }

function render() {
  document.getElementById('count').textContent = t('review.count', { n: total });
  list.replaceChildren(...items.map((i, n) => {
    const ev = (i.evidence || [])[0];
    const li = el('li', { id: 'q-' + n, role: 'option', 'aria-selected': n === current ? 'true' : 'false', 'data-id': i.id,
      class: 't-' + (i.event_type || 'unknown') + (n === current ? ' current' : '') + (marked && marked.id === i.id ? ' marked' : ''),
      onclick: () => select(n) },
    el('strong', { text: label(i) }),
    el('div', { class: 'muted', text: t('review.line', { killed: figureText(i.casualties && i.casualties.killed), injured: countText(i.casualties && i.casualties.injured),
      confidence: typeof i.confidence === 'number' ? i.confidence.toFixed(2) : '?' }) +
      (i.review && i.review.grade ? ' · ' + t('review.graded', { grade: t('gradeValue.' + i.review.grade, null, i.review.grade) }) : '') + (marked && marked.id === i.id ? ' · ' + t('review.markedLine') : '') }),
    i.document && i.document.title ? el('div', { class: 'source-line', text: t('review.source', { title: i.document.title }) }) : null,
    ev ? el('blockquote', { class: 'quote', text: '“' + ev.text + '”' }) : null);
    return li;
  }));
  if (!items.length) { list.appendChild(el('li', { role: 'option', 'aria-selected': 'false', text: t('review.empty') })); }
  list.setAttribute('aria-activedescendant', items.length ? 'q-' + current : '');
  document.getElementById('more').hidden = items.length >= total;
  const mark = document.getElementById('a-mark');
  mark.setAttribute('aria-pressed', marked && selected() && marked.id === selected().id ? 'true' : 'false');
  document.getElementById('a-merge').disabled = !marked || !selected() || marked.id === selected().id;
  for (const b of document.querySelectorAll('#actions button:not(#a-merge)')) { b.disabled = !items.length; }
}

function select(n) {
  if (!items.length) { return; }
  current = Math.max(0, Math.min(items.length - 1, n));
  render();
  const li = document.getElementById('q-' + current);
  if (li) { li.scrollIntoView({ block: 'nearest' }); }
}

async function load() {
  const page = await getJson('/api/review/queue?limit=' + limit);
  items = page.items;
  total = page.total;
  if (marked && !items.some((i) => i.id === marked.id)) { marked = null; }
  current = Math.max(0, Math.min(current, items.length - 1));
  render();
}

/** Runs one change on the selected incident, then reloads the queue (done items drop out). */
async function act(what, run) {
  const i = selected();
  if (!i || busy) { return; }
  busy = true;
  try {
    const done = await run(i);
    if (done) {
      const keep = i.id;
      await load();
      const again = items.findIndex((x) => x.id === keep);
      if (again >= 0) { select(again); }
      setStatus(done);
    }
  } catch (e) {
    setStatus(t('review.failed', { what, message: e.message }), true);
  } finally {
    busy = false;
    list.focus();
  }
}

function path(i, suffix) { return '/api/incidents/' + encodeURIComponent(i.id) + suffix; }

const verify = () => act(t('incident.verify'), async (i) => {
  const a = await askReason(t('review.verifyTitle', { label: label(i) }), [], t('review.verifyReason'));
  if (!a) { return null; }
  await send('POST', path(i, '/verify'), { reason: a.reason });
  return t('review.verified', { label: label(i) });
});

const grade = (g) => act(t('incident.grade'), async (i) => {
  const gl = t('gradeValue.' + g, null, g);
  const a = await askReason(t('review.gradeTitle', { grade: gl, label: label(i) }), [], t('review.gradeReason', { grade: gl }));
  if (!a) { return null; }
  await send('POST', path(i, '/grade'), { grade: g, reason: a.reason });
  return t('review.gradedDone', { grade: gl, label: label(i) });
});

/** Shapes the queue corrects in its own small dialog: a choice or a short text, no evidence needed. */
const QUICK_SHAPES = new Set(['type', 'text', 'number', 'list']);

const edit = () => act(t('review.correction'), async (i) => {
  const choice = await askFieldChoice();
  if (!choice) { return null; }
  const [field, name, shape] = FIELDS.find((f) => f[0] === choice);
  if (!QUICK_SHAPES.has(shape)) {
    // Places, actors, figures and dates are corrected on the incident page, where the gazetteer, map,
    // dictionary and the source text (for the evidence words) are at hand: one form for each shape.
    location.assign(incidentUrl(i.id) + '&correct=' + encodeURIComponent(field));
    return null;
  }
  const body = await askCorrection(i, field, name, shape);
  if (!body) { return null; }
  await send('PATCH', path(i, ''), body);
  return t('incident.corrected', { label: name });
});

/** Which field to correct: a small dialog with one select; resolves to the field name or null. */
function askFieldChoice() {
  return new Promise((resolve) => {
    const select = el('select', { id: 'dlg-field' }, ...FIELDS.map(([f, name]) => el('option', { value: f, text: name })));
    const dialog = el('dialog', { class: 'reason-dialog', 'aria-labelledby': 'field-title' });
    const form = el('form', { method: 'dialog' }, el('h2', { id: 'field-title', text: t('review.whichField') }),
      el('label', { for: 'dlg-field', text: t('review.fieldToCorrect') }), select,
      el('div', { class: 'buttons' }, el('button', { type: 'submit', text: t('review.next') }),
        el('button', { type: 'button', class: 'secondary', text: t('common.cancel'), onclick: () => finish(null) })));
    dialog.appendChild(form);
    document.body.appendChild(dialog);
    function finish(v) { dialog.close(); dialog.remove(); resolve(v); }
    form.addEventListener('submit', (e) => { e.preventDefault(); finish(select.value); });
    dialog.addEventListener('cancel', (e) => { e.preventDefault(); finish(null); });
    dialog.showModal();
    select.focus();
  });
}

function open() { const i = selected(); if (i) { location.assign(incidentUrl(i.id)); } }

function toggleMark() {
  const i = selected();
  if (!i) { return; }
  marked = marked && marked.id === i.id ? null : i;
  render();
  setStatus(marked ? t('review.marked', { label: label(i) }) : t('review.unmarked'));
}

const merge = () => act(t('review.mergeWhat'), async (i) => {
  if (!marked || marked.id === i.id) { setStatus(t('review.markFirst'), true); return null; }
  const other = marked;
  const a = await askReason(t('review.mergeTitle', { other: label(other), label: label(i) }), [], t('review.mergeReason'));
  if (!a) { return null; }
  await send('POST', path(i, '/merge'), { other_id: other.id, reason: a.reason });
  marked = null;
  return t('review.merged', { other: label(other), label: label(i) });
});

function showHelp() { if (!help.open) { help.showModal(); document.getElementById('help-close').focus(); } }

function onKey(e) {
  if (e.ctrlKey || e.metaKey || e.altKey || busy) { return; }
  if (document.querySelector('dialog[open]')) { return; }
  const t = e.target;
  if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable)) { return; }
  const key = e.key;
  const actions = {
    j: () => select(current + 1), ArrowDown: () => select(current + 1),
    k: () => select(current - 1), ArrowUp: () => select(current - 1),
    v: verify, e: edit, o: open, x: toggleMark, m: merge, '?': showHelp
  };
  if (/^[1-5]$/.test(key)) { e.preventDefault(); grade(GRADES[Number(key) - 1]); return; }
  // Arrow keys move the selection only while the list has focus; elsewhere they scroll.
  if ((key === 'ArrowDown' || key === 'ArrowUp') && t !== list) { return; }
  const run = actions[key];
  if (run) { e.preventDefault(); run(); }
}

async function main() {
  const user = await header('review');
  if (!canChange(user)) {
    setStatus(t('review.notAnalyst', { role: t('role.' + user.role, null, user.role) }), true);
    document.getElementById('actions').hidden = true;
    return;
  }
  const gradeSelect = document.getElementById('a-grade-select');
  gradeSelect.replaceChildren(...GRADES.map((g, n) => el('option', { value: g, text: (n + 1) + ' ' + t('gradeValue.' + g, null, g) })));
  document.getElementById('a-verify').addEventListener('click', verify);
  document.getElementById('a-grade').addEventListener('click', () => grade(gradeSelect.value));
  document.getElementById('a-edit').addEventListener('click', edit);
  document.getElementById('a-open').addEventListener('click', open);
  document.getElementById('a-mark').addEventListener('click', toggleMark);
  document.getElementById('a-merge').addEventListener('click', merge);
  document.getElementById('help-button').addEventListener('click', showHelp);
  document.getElementById('more').addEventListener('click', async () => { limit += PAGE; await load(); });
  document.addEventListener('keydown', onKey);
  setStatus(t('common.loading'));
  try {
    await load();
  } catch (e) {
    setStatus(t('review.loadFailed', { message: e.message }), true);
    return;
  }
  setStatus('');
  list.focus();
  document.body.dataset.ready = 'true';
}

main().catch(() => {});

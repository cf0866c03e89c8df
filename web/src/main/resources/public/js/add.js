// Documents from the browser: pasted text and files (plain text, JSON Lines), each posted on its own
// so that one bad file or line costs only itself; a row per document says what became of it.
import { el, header, send, setStatus, canChange, incidentUrl, readerUrl } from './common.js';
import { t } from './i18n.js';

const form = document.getElementById('add-form');
const err = document.getElementById('add-error');
const tbody = document.querySelector('#results tbody');

/** The form's title, source, date and address, applied where a document does not give its own. */
function defaults() {
  const v = (id) => document.getElementById(id).value.trim() || null;
  return { title: v('d-title'), publisher: v('d-publisher'), published: v('d-published'), url: v('d-url') };
}

function withDefaults(doc, d) {
  const out = { ...doc };
  for (const k of ['title', 'publisher', 'published', 'url']) { if (!out[k] && d[k]) { out[k] = d[k]; } }
  return out;
}

/** The documents a file holds: one for plain text, one per line of JSON Lines; bad lines as errors. */
async function documentsOf(file, d) {
  const name = file.name;
  const lower = name.toLowerCase();
  const text = await file.text();
  if (lower.endsWith('.jsonl') || lower.endsWith('.json')) {
    return text.split(/\r?\n/).map((line, n) => ({ line, n })).filter((x) => x.line.trim()).map(({ line, n }) => {
      const from = t('add.line', { file: name, n: n + 1 });
      try {
        const doc = JSON.parse(line);
        if (!doc || typeof doc !== 'object' || Array.isArray(doc)) { return { from, error: t('add.notObject') }; }
        return { from, doc: withDefaults(doc, d) };
      } catch (e) {
        return { from, error: t('add.notJson', { message: e.message }) };
      }
    });
  }
  if (lower.endsWith('.txt') || lower.endsWith('.text') || file.type === 'text/plain') {
    return [{ from: name, doc: withDefaults({ title: d.title || name, text }, d) }];
  }
  return [{ from: name, error: t('add.otherKind', { file: name }) }];
}

function row(from, cells) {
  tbody.appendChild(el('tr', null, el('td', { text: from }), ...cells));
}

async function post(from, doc) {
  try {
    const r = await send('POST', '/api/documents', doc);
    const found = r.incidents || [];
    row(from, [el('td', null, el('a', { href: readerUrl(r.document_id), text: doc.title || r.document_id })),
      el('td', { class: 'result', text: r.created ? t('add.stored') : t('add.duplicate') }),
      el('td', null, ...(found.length ? found.map((i, n) => el('a', { href: incidentUrl(i.id), text: String(n + 1) + ' ' })) : [t('add.none')]))]);
    return r.created ? 'stored' : 'duplicate';
  } catch (e) {
    row(from, [el('td', { text: doc.title || '—' }), el('td', { class: 'result error', text: t('add.error', { message: e.message }) }), el('td', { text: '—' })]);
    return 'error';
  }
}

form.addEventListener('submit', async (ev) => {
  ev.preventDefault();
  err.textContent = '';
  const d = defaults();
  const text = document.getElementById('d-text').value;
  const files = [...document.getElementById('d-files').files];
  if (!text.trim() && !files.length) { err.textContent = t('add.nothing'); return; }
  document.getElementById('results-box').hidden = false;
  tbody.replaceChildren();
  const counts = { stored: 0, duplicate: 0, error: 0 };
  const items = [];
  if (text.trim()) { items.push({ from: t('add.pasted'), doc: withDefaults({ text }, d) }); }
  for (const f of files) {
    try {
      items.push(...await documentsOf(f, d));
    } catch (e) {
      items.push({ from: f.name, error: t('add.unreadable', { message: e.message }) });
    }
  }
  for (let n = 0; n < items.length; n++) {
    const it = items[n];
    setStatus(t('add.adding', { n: n + 1, total: items.length }));
    if (it.error) {
      row(it.from, [el('td', { text: '—' }), el('td', { class: 'result error', text: t('add.error', { message: it.error }) }), el('td', { text: '—' })]);
      counts.error++;
    } else {
      counts[await post(it.from, it.doc)]++;
    }
  }
  setStatus(t('add.done', counts), counts.error > 0);
  if (!counts.error) { document.getElementById('d-text').value = ''; }
  document.body.dataset.done = String(Number(document.body.dataset.done || 0) + 1);
});

async function main() {
  const user = await header('add');
  if (!canChange(user)) {
    form.hidden = true;
    setStatus(t('add.forAnalysts'), true);
  }
  document.body.dataset.ready = 'true';
}

main().catch(() => {});

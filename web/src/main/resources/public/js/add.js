// Documents from the browser: pasted text and files (text, HTML, PDF, JSON Lines, RSS/Atom), each
// sent on its own so that one bad file costs only itself; the server reads each file with the
// ingest readers and says what became of every document in it, one row each.
import { el, header, send, sendFile, setStatus, canChange, incidentUrl, readerUrl } from './common.js';
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

function row(from, cells) {
  tbody.appendChild(el('tr', null, el('td', { text: from }), ...cells));
}

function errorRow(from, title, message) {
  row(from, [el('td', { text: title || '—' }), el('td', { class: 'result error', text: t('add.error', { message }) }), el('td', { text: '—' })]);
  return 'error';
}

/** A row for one stored document: a link to it, new or duplicate, links to its incidents. */
function resultRow(from, title, r) {
  const found = r.incidents || [];
  row(from, [el('td', null, el('a', { href: readerUrl(r.document_id), text: title || r.document_id })),
    el('td', { class: 'result', text: r.created ? t('add.stored') : t('add.duplicate') }),
    el('td', null, ...(found.length ? found.map((i, n) => el('a', { href: incidentUrl(i.id), text: String(n + 1) + ' ' })) : [t('add.none')]))]);
  return r.created ? 'stored' : 'duplicate';
}

async function postText(doc, counts) {
  try {
    counts[resultRow(t('add.pasted'), doc.title, await send('POST', '/api/documents', doc))]++;
  } catch (e) {
    counts[errorRow(t('add.pasted'), doc.title, e.message)]++;
  }
}

const progress = document.getElementById('upload-progress');
const progressText = document.getElementById('upload-text');

/** Shows how much of {@code file} has been sent, as a whole percentage. */
function showProgress(file, sent, total) {
  const percent = total > 0 ? Math.min(100, Math.floor((100 * sent) / total)) : 100;
  progress.value = percent;
  progressText.textContent = t('add.progress', { percent, file: file.name });
}

/** Sends one file; a row per document it held, or one error row for the whole file. */
async function postFile(file, d, counts) {
  const q = new URLSearchParams({ filename: file.name });
  for (const k of ['title', 'publisher', 'published', 'url']) { if (d[k]) { q.set(k, d[k]); } }
  document.getElementById('upload-box').hidden = false;
  showProgress(file, 0, file.size);
  let r;
  try {
    r = await sendFile('/api/documents/upload?' + q, file, (sent, total) => showProgress(file, sent, total));
  } catch (e) {
    counts[errorRow(file.name, null, e.message)]++;
    return;
  }
  const many = r.results.length > 1;
  r.results.forEach((item, n) => {
    const from = many ? t('add.item', { file: file.name, n: n + 1 }) : file.name;
    counts[item.error ? errorRow(from, item.title, item.error) : resultRow(from, item.title, item)]++;
  });
}

/**
 * Has the server capture one page; a row for the document it became, or the reason it could not.
 * The form's title, date and source take precedence over the page's own (the server records both).
 */
async function postCapture(url, d, counts) {
  const body = { url };
  for (const k of ['title', 'publisher', 'published']) { if (d[k]) { body[k] = d[k]; } }
  try {
    const r = await send('POST', '/api/documents/capture', body);
    counts[resultRow(url, r.title, r)]++;
  } catch (e) {
    counts[errorRow(url, null, e.message)]++;
  }
}

form.addEventListener('submit', async (ev) => {
  ev.preventDefault();
  err.textContent = '';
  const d = defaults();
  const text = document.getElementById('d-text').value;
  const files = [...document.getElementById('d-files').files];
  const page = document.getElementById('d-capture').value.trim();
  if (!text.trim() && !files.length && !page) { err.textContent = t('add.nothing'); return; }
  document.getElementById('results-box').hidden = false;
  tbody.replaceChildren();
  const counts = { stored: 0, duplicate: 0, error: 0 };
  const total = files.length + (text.trim() ? 1 : 0) + (page ? 1 : 0);
  let n = 0;
  if (text.trim()) {
    setStatus(t('add.adding', { n: ++n, total }));
    await postText(withDefaults({ text }, d), counts);
  }
  for (const f of files) {
    setStatus(t('add.sending', { n: ++n, total, file: f.name }));
    await postFile(f, d, counts);
  }
  if (page) {
    setStatus(t('add.capturing', { n: ++n, total, url: page }));
    await postCapture(page, d, counts);
  }
  setStatus(t('add.done', counts), counts.error > 0);
  if (!counts.error) { document.getElementById('d-text').value = ''; document.getElementById('d-capture').value = ''; }
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

// Documents from the browser: pasted text and files (plain text, JSON Lines), each posted on its own
// so that one bad file or line costs only itself; a row per document says what became of it.
import { el, header, send, setStatus, canChange, incidentUrl, readerUrl } from './common.js';

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
      const from = name + ', line ' + (n + 1);
      try {
        const doc = JSON.parse(line);
        if (!doc || typeof doc !== 'object' || Array.isArray(doc)) { return { from, error: 'not a JSON object' }; }
        return { from, doc: withDefaults(doc, d) };
      } catch (e) {
        return { from, error: 'not JSON: ' + e.message };
      }
    });
  }
  if (lower.endsWith('.txt') || lower.endsWith('.text') || file.type === 'text/plain') {
    return [{ from: name, doc: withDefaults({ title: d.title || name, text }, d) }];
  }
  return [{ from: name, error: 'this kind of file is not read from the browser yet (plain text and JSON Lines are); use ./harmwatch ingest ' + name }];
}

function row(from, cells) {
  tbody.appendChild(el('tr', null, el('td', { text: from }), ...cells));
}

async function post(from, doc) {
  try {
    const r = await send('POST', '/api/documents', doc);
    const found = r.incidents || [];
    row(from, [el('td', null, el('a', { href: readerUrl(r.document_id), text: doc.title || r.document_id })),
      el('td', { class: 'result', text: r.created ? 'stored' : 'duplicate: already stored' }),
      el('td', null, ...(found.length ? found.map((i, n) => el('a', { href: incidentUrl(i.id), text: String(n + 1) + ' ' })) : ['none']))]);
    return r.created ? 'stored' : 'duplicate';
  } catch (e) {
    row(from, [el('td', { text: doc.title || '—' }), el('td', { class: 'result error', text: 'error: ' + e.message }), el('td', { text: '—' })]);
    return 'error';
  }
}

form.addEventListener('submit', async (ev) => {
  ev.preventDefault();
  err.textContent = '';
  const d = defaults();
  const text = document.getElementById('d-text').value;
  const files = [...document.getElementById('d-files').files];
  if (!text.trim() && !files.length) { err.textContent = 'Paste a text or choose at least one file.'; return; }
  document.getElementById('results-box').hidden = false;
  tbody.replaceChildren();
  const counts = { stored: 0, duplicate: 0, error: 0 };
  const items = [];
  if (text.trim()) { items.push({ from: 'pasted text', doc: withDefaults({ text }, d) }); }
  for (const f of files) {
    try {
      items.push(...await documentsOf(f, d));
    } catch (e) {
      items.push({ from: f.name, error: 'cannot read the file: ' + e.message });
    }
  }
  for (let n = 0; n < items.length; n++) {
    const it = items[n];
    setStatus('Adding ' + (n + 1) + ' of ' + items.length + '…');
    if (it.error) {
      row(it.from, [el('td', { text: '—' }), el('td', { class: 'result error', text: 'error: ' + it.error }), el('td', { text: '—' })]);
      counts.error++;
    } else {
      counts[await post(it.from, it.doc)]++;
    }
  }
  setStatus(counts.stored + ' stored, ' + counts.duplicate + ' duplicate(s), ' + counts.error + ' error(s).', counts.error > 0);
  if (!counts.error) { document.getElementById('d-text').value = ''; }
  document.body.dataset.done = String(Number(document.body.dataset.done || 0) + 1);
});

async function main() {
  const user = await header('add');
  if (!canChange(user)) {
    form.hidden = true;
    setStatus('Adding documents is for analysts and admins.', true);
  }
  document.body.dataset.ready = 'true';
}

main().catch(() => {});

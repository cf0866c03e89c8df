// The source reader: a document's extracted plain text (never its HTML, so nothing in it can run or
// load), with a remembered text size, a "read later" toggle, a print view and, for analysts, the
// access log and the sensitive spans (withheld words). A page captured from the web lists its
// archived captures; one is shown as it was in a sandboxed frame (no script runs, nothing loads).
// Without an id it lists the user's reading queue.
import { el, header, getJson, send, setStatus, canChange, incidentUrl, readerUrl, askReason, timeText, dayText } from './common.js';
import { t } from './i18n.js';

const id = new URLSearchParams(location.search).get('id');
const captureId = new URLSearchParams(location.search).get('capture');
const ZOOM_KEY = 'harmwatch.readerZoom';
const ZOOMS = [80, 90, 100, 115, 130, 150, 175, 200];

function zoom() {
  const z = Number(localStorage.getItem(ZOOM_KEY));
  return ZOOMS.includes(z) ? z : 100;
}

function applyZoom(z) {
  localStorage.setItem(ZOOM_KEY, String(z));
  document.getElementById('text').style.fontSize = z + '%';
  document.getElementById('zoom-level').textContent = z + ' %';
  document.getElementById('zoom-out').disabled = z === ZOOMS[0];
  document.getElementById('zoom-in').disabled = z === ZOOMS[ZOOMS.length - 1];
}

function step(delta) {
  const k = ZOOMS.indexOf(zoom());
  applyZoom(ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, k + delta))]);
}

/** Paragraphs at blank lines; single line breaks stay inside a paragraph (white-space kept). */
function paragraphs(text) {
  return (text || '').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean).map((p) => el('p', null, p));
}

async function queued() {
  const q = await getJson('/api/reading-queue');
  return q.some((d) => d.document_id === id);
}

function showQueued(on) {
  const b = document.getElementById('read-later');
  b.setAttribute('aria-pressed', on ? 'true' : 'false');
  b.textContent = on ? t('reader.queued') : t('reader.readLater');
}

async function toggleQueue() {
  const on = document.getElementById('read-later').getAttribute('aria-pressed') === 'true';
  try {
    if (on) {
      await send('DELETE', '/api/reading-queue/' + encodeURIComponent(id));
    } else {
      await send('POST', '/api/reading-queue', { document_id: id });
    }
    showQueued(!on);
    setStatus(on ? t('reader.unqueued') : t('reader.added'));
  } catch (e) {
    setStatus(t('reader.queueFailed', { message: e.message }), true);
  }
}

async function showViews() {
  const box = document.getElementById('views-box');
  try {
    const v = await getJson('/api/documents/' + encodeURIComponent(id) + '/views');
    document.getElementById('views-count').textContent = t('reader.opened', { n: v.count });
    document.getElementById('views').replaceChildren(...v.views.slice(0, 50).map((x) => el('li', null,
      el('time', { datetime: x.at, text: timeText(x.at) }), ' · ', x.user)));
    box.hidden = false;
  } catch (e) {
    box.hidden = true;
  }
}

async function showDocument(user) {
  const d = await getJson('/api/documents/' + encodeURIComponent(id));
  document.getElementById('title').textContent = d.title || t('reader.untitled');
  document.title = (d.title || t('reader.document')) + ' · harmwatch';
  const meta = [d.publisher, d.published, d.language ? t('reader.language', { language: d.language }) : null].filter(Boolean).join(' · ');
  document.getElementById('meta').replaceChildren(meta, d.url ? el('br') : null, d.url ? el('span', { class: 'url', text: d.url }) : null);
  document.getElementById('text').replaceChildren(...paragraphs(d.text));
  const tools = document.getElementById('tools');
  tools.hidden = false;
  document.getElementById('zoom-in').addEventListener('click', () => step(1));
  document.getElementById('zoom-out').addEventListener('click', () => step(-1));
  document.getElementById('print').addEventListener('click', () => window.print());
  document.getElementById('read-later').addEventListener('click', toggleQueue);
  document.getElementById('original').href = '/api/documents/' + encodeURIComponent(id) + '/original';
  applyZoom(zoom());
  showQueued(await queued());
  const ids = d.incident_ids || [];
  if (ids.length) {
    document.getElementById('incidents').replaceChildren(...ids.map((i, n) => el('li', null, el('a', { href: incidentUrl(i), text: t('reader.incident', { n: n + 1, id: i }) }))));
    document.getElementById('incidents-box').hidden = false;
  }
  document.getElementById('withheld-note').hidden = !d.withheld;
  await showCaptures();
  if (canChange(user)) {
    await showViews();
    await showSensitive();
    document.getElementById('withhold-selection').addEventListener('click', () => withholdSelection(d.text));
  }
  if (user.role === 'admin') {
    const b = document.getElementById('take-down');
    b.hidden = false;
    b.addEventListener('click', takeDown);
  }
}

/** The banner and frame of one capture: when and from where it was fetched, and its SHA-256. */
function showCapture(c) {
  document.getElementById('capture-banner').textContent = t('reader.captureBanner', { time: timeText(c.captured_at), url: c.request_url, sha256: c.warc_sha256 });
  document.getElementById('capture-frame').src = c.view_href;
  document.getElementById('capture-view').hidden = false;
  document.getElementById('capture-view').scrollIntoView();
}

async function showCaptures() {
  let list;
  try {
    list = (await getJson('/api/documents/' + encodeURIComponent(id) + '/captures')).captures;
  } catch (e) {
    return;
  }
  if (!list.length) { return; }
  document.getElementById('captures').replaceChildren(...list.map((c) => el('li', { 'data-capture': c.id },
    el('time', { datetime: c.captured_at, text: timeText(c.captured_at) }), ' · ', t('reader.captureStatus', { status: c.status }), ' · ',
    el('span', { class: 'url', text: c.request_url }), el('br'),
    el('span', { class: 'muted sha', text: t('reader.captureSha', { sha256: c.warc_sha256 }) }), ' ',
    el('a', { href: readerUrl(id) + '&capture=' + encodeURIComponent(c.id), class: 'capture-show', text: t('reader.captureShow'),
      onclick: (ev) => { ev.preventDefault(); history.replaceState(null, '', ev.currentTarget.href); showCapture(c); } }), ' · ',
    el('a', { href: c.warc_href, download: 'capture.warc', text: t('reader.captureWarc') }))));
  document.getElementById('captures-box').hidden = false;
  const chosen = list.find((c) => c.id === captureId);
  if (chosen) { showCapture(chosen); }
}

const SPANS = () => '/api/documents/' + encodeURIComponent(id) + '/sensitive-spans';

async function withhold(start, end, kind) {
  try {
    await send('POST', SPANS(), { start, end, kind });
    setStatus(t('reader.withheldDone'));
  } catch (e) {
    setStatus(t('reader.withholdFailed', { message: e.message }), true);
  }
  await showSensitive();
}

// The selection is found in the text by its words (the paragraphs shown are trimmed, so the
// page's offsets are not the text's); every occurrence is withheld anyway.
async function withholdSelection(text) {
  const words = String(window.getSelection() || '').trim();
  if (!words) { setStatus(t('reader.selectFirst'), true); return; }
  const start = text.indexOf(words);
  if (start < 0) { setStatus(t('reader.acrossParagraphs'), true); return; }
  await withhold(start, start + words.length, document.getElementById('span-kind').value);
}

/** Analysts: the stored spans (with who and when) and the proposer's suggestions not yet stored. */
async function showSensitive() {
  const box = document.getElementById('sensitive-box');
  try {
    const stored = await getJson(SPANS());
    const proposed = await getJson('/api/documents/' + encodeURIComponent(id) + '/sensitive-proposals');
    document.getElementById('spans').replaceChildren(...(stored.spans.length ? stored.spans.map((s) => el('li', null,
      el('strong', { text: s.text }), ' · ' + t('reader.kind.' + s.kind, null, s.kind) + ' · ' + t('reader.markedBy', { origin: t('reader.origin.' + s.origin, null, s.origin), user: s.marked_by }) + ' ',
      el('time', { datetime: s.marked_at, text: timeText(s.marked_at) }), ' ',
      el('button', { type: 'button', class: 'secondary small', text: t('reader.release'), 'aria-label': t('reader.releaseLabel', { text: s.text }),
        onclick: async () => {
          try { await send('DELETE', SPANS() + '/' + s.id); setStatus(t('reader.released')); } catch (e) { setStatus(t('reader.releaseFailed', { message: e.message }), true); }
          await showSensitive();
        } }))) : [el('li', { class: 'muted', text: t('reader.nothingWithheld') })]));
    const open = proposed.proposals.filter((p) => !p.stored);
    document.getElementById('proposals').replaceChildren(...(open.length ? open.map((p) => el('li', null,
      el('strong', { text: p.text }), ' · ' + t('reader.kind.' + p.kind, null, p.kind) + ' ',
      el('button', { type: 'button', class: 'secondary small', text: t('reader.withhold'), 'aria-label': t('reader.withholdLabel', { text: p.text }),
        onclick: () => withhold(p.start, p.end, p.kind) }))) : [el('li', { class: 'muted', text: t('reader.noProposal') })]));
    box.hidden = false;
  } catch (e) {
    box.hidden = true;
  }
}

// Admins only: the server purges the text and original and keeps a tombstone.
async function takeDown() {
  const answer = await askReason(t('reader.takeDownAsk'));
  if (!answer) { return; }
  try {
    await send('POST', '/api/documents/' + encodeURIComponent(id) + '/takedown', { reason: answer.reason });
  } catch (e) {
    setStatus(t('reader.takeDownFailed', { message: e.message }), true);
    return;
  }
  location.reload();
}

/** What remains of a taken-down document: its tombstone, never its text. */
async function showTombstone() {
  const stone = await getJson('/api/documents/' + encodeURIComponent(id) + '/takedown');
  document.getElementById('title').textContent = t('reader.takenDown');
  document.title = t('reader.takenDown') + ' · harmwatch';
  const facts = [[t('reader.document'), stone.document_id], [t('reader.reason'), stone.reason], [t('reader.takenBy'), stone.taken_by], [t('reader.takenAt'), timeText(stone.taken_at)],
    [t('reader.capturedAt'), stone.captured_at ? timeText(stone.captured_at) : t('reader.unknown')], [t('reader.sha256'), stone.sha256]];
  document.getElementById('tombstone-facts').replaceChildren(...facts.flatMap(([k, v]) => [el('dt', { text: k }), el('dd', { text: v })]));
  document.getElementById('tombstone').hidden = false;
}

async function showQueue() {
  const q = await getJson('/api/reading-queue');
  document.getElementById('queue-box').hidden = false;
  const list = document.getElementById('queue');
  if (!q.length) { list.replaceChildren(el('li', { class: 'muted', text: t('reader.emptyQueue') })); return; }
  list.replaceChildren(...q.map((d) => el('li', { 'data-document': d.document_id }, el('a', { href: readerUrl(d.document_id), text: d.title || d.document_id }),
    ' · ' + [d.publisher, d.published, t('reader.addedOn', { date: dayText(d.added) })].filter(Boolean).join(' · '),
    el('button', { type: 'button', class: 'secondary small remove', text: t('reader.remove'), 'aria-label': t('reader.removeLabel', { title: d.title || d.document_id }),
      onclick: async () => {
        try {
          await send('DELETE', '/api/reading-queue/' + encodeURIComponent(d.document_id));
        } catch (e) { setStatus(t('reader.removeFailed', { message: e.message }), true); return; }
        setStatus(t('reader.removed', { title: d.title || d.document_id }));
        await showQueue();
      } }))));
}

async function main() {
  const user = await header(id ? null : 'reading');
  setStatus(t('common.loading'));
  try {
    if (id) { await showDocument(user); } else { await showQueue(); }
  } catch (e) {
    if (e.status === 410) {
      await showTombstone();
      setStatus('');
      document.body.dataset.ready = 'true';
      return;
    }
    setStatus(t('common.loadFailed', { message: e.message }), true);
    return;
  }
  setStatus('');
  document.body.dataset.ready = 'true';
}

main().catch(() => {});

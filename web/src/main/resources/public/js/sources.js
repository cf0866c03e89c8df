// The sources page: every watched feed and page with where its polling stands; analysts and admins
// add, poll, switch and remove sources; a source's documents and the incidents found in them.
import { el, header, getJson, send, setStatus, canChange, incidentUrl, readerUrl, typeOf } from './common.js';

let user = null;

function when(t) { return t ? t.slice(0, 16).replace('T', ' ') : '—'; }

function stateText(s) {
  if (!s.enabled) { return 'off'; }
  if (s.flagged) { return 'failing (' + s.failures + ' in a row)'; }
  if (s.failures) { return 'on, ' + s.failures + ' failure(s)'; }
  return s.last_success ? 'on, last ok ' + when(s.last_success) : 'on, not yet polled';
}

async function showSources() {
  const { sources } = await getJson('/api/sources');
  const tbody = document.querySelector('#source-table tbody');
  if (!sources.length) {
    tbody.replaceChildren(el('tr', null, el('td', { colspan: 8, class: 'muted', text: 'No source is watched yet.' })));
    return;
  }
  tbody.replaceChildren(...sources.map((s) => {
    const actions = el('td', null, el('button', { type: 'button', class: 'secondary small', text: 'Documents',
      'aria-label': 'Documents of ' + s.name, onclick: () => showSource(s.id) }));
    if (canChange(user)) {
      actions.append(
        el('button', { type: 'button', class: 'small', text: 'Poll now', 'aria-label': 'Poll ' + s.name + ' now', 'data-poll': String(s.id),
          onclick: () => poll(s) }),
        el('button', { type: 'button', class: 'secondary small', text: s.enabled ? 'Switch off' : 'Switch on',
          onclick: async () => {
            try { await send('PATCH', '/api/sources/' + s.id, { enabled: !s.enabled }); await showSources(); } catch (x) { setStatus(x.message, true); }
          } }),
        el('button', { type: 'button', class: 'secondary small', text: 'Remove', 'aria-label': 'Stop watching ' + s.name,
          onclick: async () => {
            if (!confirm('Stop watching ' + s.url + '? Its documents stay.')) { return; }
            try { await send('DELETE', '/api/sources/' + s.id); setStatus('Source ' + s.id + ' removed.'); await showSources(); } catch (x) { setStatus(x.message, true); }
          } }));
    }
    return el('tr', { 'data-source': String(s.id), class: s.flagged ? 'flagged' : null },
      el('td', { text: String(s.id) }),
      el('td', null, el('strong', { text: s.name }), el('br'), el('a', { href: s.url, rel: 'noopener noreferrer', text: s.url })),
      el('td', { text: s.kind }),
      el('td', { text: s.interval_minutes + ' min' }),
      el('td', { class: 'state', text: stateText(s) }),
      el('td', { text: s.enabled ? when(s.next_poll) : '—' }),
      el('td', { class: 'last-error', text: s.last_error || '' }),
      actions);
  }));
}

async function poll(s) {
  setStatus('Polling ' + s.url + '…');
  try {
    const r = await send('POST', '/api/sources/' + s.id + '/poll');
    if (r.running) {
      setStatus('Polling ' + s.url + ' goes on in the background; its row shows the outcome when it ends.');
      followPoll(s.id, r.source.last_poll);
      return;
    }
    setStatus(r.ok
      ? (r.not_modified ? 'Not modified since the last poll.'
        : r.items + ' items, ' + r.captured + ' new documents, ' + r.duplicates + ' already held, ' + r.incidents + ' incidents'
          + (r.item_errors.length ? '; ' + r.item_errors.length + ' article(s) failed: ' + r.item_errors.join('; ') : '') + '.')
      : 'The source failed: ' + r.error, !r.ok);
    await showSources();
    await showSource(s.id);
  } catch (x) { setStatus('Could not poll: ' + x.message, true); }
}

// Refreshes the table every few seconds until the source's last poll time changes (or 10 minutes pass).
function followPoll(id, lastPoll) {
  let left = 120;
  const tick = async () => {
    try {
      const s = await getJson('/api/sources/' + id);
      if (s.last_poll !== lastPoll || --left <= 0) {
        await showSources();
        if (s.last_poll !== lastPoll) { setStatus('The poll of ' + s.url + ' has ended' + (s.last_error ? ': ' + s.last_error : '.'), !!s.last_error); }
        return;
      }
    } catch (x) { return; }
    setTimeout(tick, 5000);
  };
  setTimeout(tick, 5000);
}

async function showSource(id) {
  const s = await getJson('/api/sources/' + id);
  const section = document.getElementById('detail');
  section.hidden = false;
  document.getElementById('detail-heading').textContent = s.name + ': ' + s.documents.length + ' documents, ' + s.incident_count + ' incidents';
  document.getElementById('detail-state').textContent = stateText(s) + (s.last_error ? ' — last error: ' + s.last_error : '');
  const tbody = document.querySelector('#document-table tbody');
  if (!s.documents.length) {
    tbody.replaceChildren(el('tr', null, el('td', { colspan: 4, class: 'muted', text: 'No document captured yet.' })));
  } else {
    tbody.replaceChildren(...s.documents.map((d) => el('tr', { 'data-document': d.id },
      el('td', { text: when(d.captured_at) }),
      el('td', null, el('a', { href: readerUrl(d.id), text: d.title || d.url || d.id }), d.published ? ' (' + d.published + ')' : ''),
      el('td', null, d.incidents.length ? el('ul', { class: 'plain' }, ...d.incidents.map((i) => el('li', null,
        el('a', { href: incidentUrl(i.id), class: 'incident-link', text: typeOf(i.event_type).label + (i.place ? ', ' + i.place : '') + (i.date_start ? ', ' + i.date_start : '') }),
        i.killed_min != null ? ' — ' + i.killed_min + ' killed' : ''))) : el('span', { class: 'muted', text: 'none' })),
      el('td', null, d.capture_id ? el('a', { href: '/api/captures/' + encodeURIComponent(d.capture_id) + '/warc', text: 'WARC' }) : '—'))));
  }
  document.getElementById('detail-heading').focus();
}

function addForm() {
  document.getElementById('add-section').hidden = false;
  const err = document.getElementById('add-error');
  document.getElementById('add-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    err.textContent = '';
    const v = (id) => document.getElementById(id).value.trim();
    try {
      const s = await send('POST', '/api/sources', {
        url: v('s-url'), kind: v('s-kind'), name: v('s-name') || null, language: v('s-language') || null,
        country: v('s-country') || null, interval_minutes: Number(v('s-every') || '30') });
      setStatus('Watching ' + s.url + ' (source ' + s.id + ').');
      e.target.reset();
      await showSources();
    } catch (x) { err.textContent = x.message; document.getElementById('s-url').focus(); }
  });
}

async function main() {
  try {
    user = await header('sources');
    if (!user) { return; }
    await showSources();
    if (canChange(user)) { addForm(); }
    const id = new URLSearchParams(location.search).get('id');
    if (id) { await showSource(id); }
  } catch (e) {
    setStatus('Could not load: ' + e.message, true);
    return;
  }
  document.body.dataset.ready = 'true';
}

main().catch(() => {});

// The sources page: every watched feed and page with where its polling stands; analysts and admins
// add, poll, switch and remove sources; a source's documents and the incidents found in them.
import { el, header, getJson, send, setStatus, canChange, incidentUrl, readerUrl, typeOf, timeText } from './common.js';
import { t } from './i18n.js';

let user = null;

function when(iso) { return timeText(iso); }

function stateText(s) {
  if (!s.enabled) { return t('sources.state.off'); }
  if (s.flagged) { return t('sources.state.failing', { n: s.failures }); }
  if (s.failures) { return t('sources.state.failures', { n: s.failures }); }
  return s.last_success ? t('sources.state.ok', { when: when(s.last_success) }) : t('sources.state.notYet');
}

async function showSources() {
  const { sources } = await getJson('/api/sources');
  const tbody = document.querySelector('#source-table tbody');
  if (!sources.length) {
    tbody.replaceChildren(el('tr', null, el('td', { colspan: 8, class: 'muted', text: t('sources.none') })));
    return;
  }
  tbody.replaceChildren(...sources.map((s) => {
    const actions = el('td', null, el('button', { type: 'button', class: 'secondary small', text: t('sources.documents'),
      'aria-label': t('sources.documentsOf', { name: s.name }), onclick: () => showSource(s.id) }));
    if (canChange(user)) {
      actions.append(
        el('button', { type: 'button', class: 'small', text: t('sources.pollNow'), 'aria-label': t('sources.pollNowLabel', { name: s.name }), 'data-poll': String(s.id),
          onclick: () => poll(s) }),
        el('button', { type: 'button', class: 'secondary small', text: s.enabled ? t('sources.switchOff') : t('sources.switchOn'),
          onclick: async () => {
            try { await send('PATCH', '/api/sources/' + s.id, { enabled: !s.enabled }); await showSources(); } catch (x) { setStatus(x.message, true); }
          } }),
        el('button', { type: 'button', class: 'secondary small', text: t('reader.remove'), 'aria-label': t('sources.stopWatching', { name: s.name }),
          onclick: async () => {
            if (!confirm(t('sources.confirmRemove', { url: s.url }))) { return; }
            try { await send('DELETE', '/api/sources/' + s.id); setStatus(t('sources.removed', { id: s.id })); await showSources(); } catch (x) { setStatus(x.message, true); }
          } }));
    }
    return el('tr', { 'data-source': String(s.id), class: s.flagged ? 'flagged' : null },
      el('td', { text: String(s.id) }),
      el('td', null, el('strong', { text: s.name }), el('br'), el('a', { href: s.url, rel: 'noopener noreferrer', text: s.url })),
      el('td', { text: t('sources.kind.' + s.kind, null, s.kind) }),
      el('td', { text: t('sources.minutes', { n: s.interval_minutes }) }),
      el('td', { class: 'state', text: stateText(s) }),
      el('td', { text: s.enabled ? when(s.next_poll) : '—' }),
      el('td', { class: 'last-error', text: s.last_error || '' }),
      actions);
  }));
}

async function poll(s) {
  setStatus(t('sources.polling', { url: s.url }));
  try {
    const r = await send('POST', '/api/sources/' + s.id + '/poll');
    if (r.running) {
      setStatus(t('sources.pollingBackground', { url: s.url }));
      followPoll(s.id, r.source.last_poll);
      return;
    }
    setStatus(r.ok
      ? (r.not_modified ? t('sources.notModified')
        : t('sources.polled', { items: r.items, captured: r.captured, duplicates: r.duplicates, incidents: r.incidents })
          + (r.item_errors.length ? '; ' + t('sources.itemErrors', { n: r.item_errors.length, errors: r.item_errors.join('; ') }) : '') + '.')
      : t('sources.failed', { error: r.error }), !r.ok);
    await showSources();
    await showSource(s.id);
  } catch (x) { setStatus(t('sources.pollFailed', { message: x.message }), true); }
}

// Refreshes the table every few seconds until the source's last poll time changes (or 10 minutes pass).
function followPoll(id, lastPoll) {
  let left = 120;
  const tick = async () => {
    try {
      const s = await getJson('/api/sources/' + id);
      if (s.last_poll !== lastPoll || --left <= 0) {
        await showSources();
        if (s.last_poll !== lastPoll) { setStatus(s.last_error ? t('sources.pollEndedError', { url: s.url, error: s.last_error }) : t('sources.pollEnded', { url: s.url }), !!s.last_error); }
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
  document.getElementById('detail-heading').textContent = t('sources.detail', { name: s.name, documents: s.documents.length, incidents: s.incident_count });
  document.getElementById('detail-state').textContent = stateText(s) + (s.last_error ? ' — ' + t('sources.lastError', { error: s.last_error }) : '');
  const tbody = document.querySelector('#document-table tbody');
  if (!s.documents.length) {
    tbody.replaceChildren(el('tr', null, el('td', { colspan: 4, class: 'muted', text: t('sources.noDocument') })));
  } else {
    tbody.replaceChildren(...s.documents.map((d) => el('tr', { 'data-document': d.id },
      el('td', { text: when(d.captured_at) }),
      el('td', null, el('a', { href: readerUrl(d.id), text: d.title || d.url || d.id }), d.published ? ' (' + d.published + ')' : ''),
      el('td', null, d.incidents.length ? el('ul', { class: 'plain' }, ...d.incidents.map((i) => el('li', null,
        el('a', { href: incidentUrl(i.id), class: 'incident-link', text: typeOf(i.event_type).label + (i.place ? ', ' + i.place : '') + (i.date_start ? ', ' + i.date_start : '') }),
        i.killed_min != null ? ' — ' + t('sources.killed', { n: i.killed_min }) : ''))) : el('span', { class: 'muted', text: t('add.none') })),
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
      setStatus(t('sources.watching', { url: s.url, id: s.id }));
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
    setStatus(t('common.loadFailed', { message: e.message }), true);
    return;
  }
  document.body.dataset.ready = 'true';
}

main().catch(() => {});

// The saved-searches page: incidents that newly matched the user's saved searches since the last
// visit (this visit is recorded once they are shown), the searches themselves and the webhook.
import { el, header, getJson, send, setStatus, incidentUrl, timeText } from './common.js';
import { killedRange } from './finding.js';
import { t } from './i18n.js';

function when(iso) { return timeText(iso); }

async function showNew() {
  const data = await getJson('/api/saved-searches/new');
  document.getElementById('new-count').textContent = '(' + data.total + ')';
  document.getElementById('last-visit').textContent = data.last_visit
    ? t('watch.lastVisit', { when: when(data.last_visit) }) : t('watch.firstVisit');
  const tbody = document.querySelector('#new-table tbody');
  if (!data.items.length) {
    tbody.replaceChildren(el('tr', null, el('td', { colspan: 5, class: 'muted', text: t('watch.nothingNew') })));
  } else {
    tbody.replaceChildren(...data.items.map((h) => el('tr', { 'data-incident': h.incident_id },
      el('td', { text: when(h.found) }),
      el('td', { text: h.search_name }),
      el('td', null, h.exists
        ? el('a', { href: incidentUrl(h.incident_id), text: [h.place, h.admin1, h.country_code].filter(Boolean).join(', ') || h.title || h.incident_id })
        : el('span', { class: 'muted', text: t('watch.gone', { id: h.incident_id }) })),
      el('td', { text: h.date_start || t('common.dateUnknown') }),
      el('td', { text: killedRange(h.killed_low, h.killed_best, h.killed_high) }))));
  }
  // Shown now: the next visit lists only what is found after this one.
  await send('POST', '/api/saved-searches/visit', { as_of: data.as_of });
}

async function showSaved() {
  const list = await getJson('/api/saved-searches');
  const tbody = document.querySelector('#saved-table tbody');
  if (!list.length) {
    tbody.replaceChildren(el('tr', null, el('td', { colspan: 3, class: 'muted', text: t('watch.noSaved') })));
    return;
  }
  tbody.replaceChildren(...list.map((s) => el('tr', { 'data-search': String(s.id) },
    el('td', null, el('a', { href: '/?' + s.query, text: s.name })),
    el('td', { text: s.query ? decodeURIComponent(s.query.replace(/\+/g, ' ')).replace(/&/g, ', ') : t('watch.allIncidents') }),
    el('td', null,
      el('a', { class: 'button-link secondary small', href: '/summaries.html?' + s.query, text: t('nav.summaries') }),
      el('button', { type: 'button', class: 'secondary small', text: t('watch.delete'), 'aria-label': t('watch.deleteLabel', { name: s.name }),
        onclick: async () => {
          if (!confirm(t('watch.confirmDelete', { name: s.name }))) { return; }
          try { await send('DELETE', '/api/saved-searches/' + s.id); await showSaved(); } catch (x) { setStatus(x.message, true); }
        } })))));
}

async function showHook() {
  const hook = await getJson('/api/me/webhook');
  document.getElementById('hook-url').value = hook.url || '';
  const error = document.getElementById('hook-error');
  document.getElementById('hook-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    error.textContent = '';
    const url = document.getElementById('hook-url').value.trim();
    try {
      if (url) { await send('PUT', '/api/me/webhook', { url }); setStatus(t('watch.hookSaved')); } else { await send('DELETE', '/api/me/webhook'); setStatus(t('watch.hookRemoved')); }
    } catch (x) { error.textContent = x.message; }
  });
  document.getElementById('hook-remove').addEventListener('click', async () => {
    try { await send('DELETE', '/api/me/webhook'); document.getElementById('hook-url').value = ''; setStatus(t('watch.hookRemoved')); } catch (x) { error.textContent = x.message; }
  });
}

header('watch').then(() => Promise.all([showNew(), showSaved(), showHook()])).catch((e) => setStatus(e.message, true))
  .finally(() => { document.body.dataset.ready = 'true'; });

// The summaries page: the incidents matching the explore filters counted by actor, region or month,
// with reconciled killed sums; each row links to the actor's or place's page, or to explore.
import { el, header, getJson, setStatus } from './common.js';
import { filterParams, actorUrl, placeUrl } from './finding.js';
import { t } from './i18n.js';

const BY = { actor: t('summaries.actor'), admin1: t('summaries.region'), month: t('summaries.month') };

function keyCell(by, r, filters) {
  if (r.key === null) {
    return el('td', { class: 'muted', text: by === 'actor' ? t('summaries.noActor') : by === 'month' ? t('common.dateUnknown') : t('common.placeUnknown') });
  }
  if (by === 'actor') { return el('td', null, el('a', { href: actorUrl(r.key), text: r.key })); }
  if (by === 'admin1') { return el('td', null, el('a', { href: placeUrl(r.country_code, r.key), text: r.key + (r.country_code ? ' (' + r.country_code + ')' : '') })); }
  const p = new URLSearchParams(filters);
  const [y, m] = r.key.split('-').map(Number);
  p.set('from', r.key + '-01');
  p.set('to', new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10));
  return el('td', null, el('a', { href: '/?' + p.toString(), text: r.key }));
}

async function show() {
  const page = new URLSearchParams(location.search);
  const by = BY[page.get('by')] ? page.get('by') : 'actor';
  const filters = filterParams(location.search);
  document.getElementById('filters-shown').textContent = filters.toString()
    ? t('summaries.filters', { filters: [...filters].map(([k, v]) => k + ' = ' + v).join(', ') }) : t('summaries.allIncidents');
  for (const b of Object.keys(BY)) {
    const p = new URLSearchParams(filters);
    p.set('by', b);
    const a = document.getElementById('by-' + b);
    a.href = '/summaries.html?' + p.toString();
    a.setAttribute('aria-current', b === by ? 'page' : 'false');
  }
  document.getElementById('csv-link').href = '/api/summaries/' + by + '.csv?' + filters.toString();
  document.getElementById('explore-link').href = '/?' + filters.toString();
  document.getElementById('key-heading').textContent = BY[by];
  document.getElementById('summary-caption').textContent = t('summaries.caption.' + by);
  const data = await getJson('/api/summaries/' + by + '?' + filters.toString());
  const tbody = document.querySelector('#summary-table tbody');
  if (!data.rows.length) {
    tbody.replaceChildren(el('tr', null, el('td', { colspan: 5, class: 'muted', text: t('summaries.noMatch') })));
    return;
  }
  tbody.replaceChildren(...data.rows.map((r) => el('tr', { 'data-key': r.key === null ? '' : r.key },
    keyCell(by, r, filters),
    el('td', { text: String(r.incidents) }),
    el('td', { text: String(r.killed_known) }),
    el('td', { text: String(r.killed_best) }),
    el('td', { text: r.killed_low + '–' + r.killed_high }))));
}

header('summaries').then(show).catch((e) => setStatus(e.message, true)).finally(() => { document.body.dataset.ready = 'true'; });

// A place's page (a country, or a region of it): the actors named in its incidents and the
// incidents themselves, newest first.
import { el, header, getJson, setStatus } from './common.js';
import { compactIncidents, incidentRows, killedRange, actorUrl } from './finding.js';
import { t } from './i18n.js';

async function show() {
  const page = new URLSearchParams(location.search);
  const country = page.get('country');
  const admin1 = page.get('admin1');
  if (!country && !admin1) { setStatus(t('place.noName'), true); return; }
  const filter = new URLSearchParams();
  if (country) { filter.set('country', country); }
  if (admin1) { filter.set('admin1', admin1); }
  const title = [admin1, country].filter(Boolean).join(', ');
  document.title = title + ' · harmwatch';
  document.getElementById('place-name').textContent = title;
  document.getElementById('explore-link').href = '/?' + filter.toString();
  document.getElementById('summary-link').href = '/summaries.html?by=month&' + filter.toString();
  const actors = await getJson('/api/summaries/actor?' + filter.toString());
  document.querySelector('#actor-table tbody').replaceChildren(...actors.rows.map((r) => el('tr', null,
    el('td', null, r.key === null ? el('span', { class: 'muted', text: t('summaries.noActor') }) : el('a', { href: actorUrl(r.key), text: r.key })),
    el('td', { text: String(r.incidents) }),
    el('td', { text: r.killed_known ? killedRange(r.killed_low, r.killed_best, r.killed_high) : t('common.notReported') }))));
  const { rows, total } = await compactIncidents(getJson, filter);
  document.getElementById('count').textContent = '(' + total + ')';
  incidentRows(document.querySelector('#incident-table tbody'), rows);
}

header('place').then(show).catch((e) => setStatus(e.message, true)).finally(() => { document.body.dataset.ready = 'true'; });

// An actor's page: its type and aliases from the actor dictionary, its incidents by month and the
// incidents that name it (the actor filter of explore).
import { el, header, getJson, setStatus } from './common.js';
import { compactIncidents, incidentRows, killedRange } from './finding.js';
import { t } from './i18n.js';

async function show() {
  const name = new URLSearchParams(location.search).get('name');
  if (!name) { setStatus(t('actor.noName'), true); return; }
  document.title = name + ' · harmwatch';
  document.getElementById('actor-name').textContent = name;
  const filter = new URLSearchParams({ actor: name });
  document.getElementById('explore-link').href = '/?' + filter.toString();
  document.getElementById('summary-link').href = '/summaries.html?by=month&' + filter.toString();
  const profile = await getJson('/api/actors/profile?' + new URLSearchParams({ name }).toString());
  document.getElementById('actor-type').textContent = profile.in_dictionary
    ? t('actor.type', { type: t('actorType.' + profile.type, null, profile.type.replace(/_/g, ' ')) }) : t('actor.notInDictionary');
  const aliases = profile.aliases.slice(0, 40);
  document.getElementById('actor-aliases').textContent = aliases.length
    ? t('actor.aliases', { aliases: aliases.join(' · ') }) + (profile.aliases.length > aliases.length ? ' …' : '') : '';
  const months = await getJson('/api/summaries/month?' + filter.toString());
  document.querySelector('#month-table tbody').replaceChildren(...months.rows.map((r) => el('tr', null,
    el('td', { text: r.key || t('common.dateUnknown') }), el('td', { text: String(r.incidents) }),
    el('td', { text: r.killed_known ? killedRange(r.killed_low, r.killed_best, r.killed_high) : t('common.notReported') }))));
  const { rows, total } = await compactIncidents(getJson, filter);
  document.getElementById('count').textContent = '(' + total + ')';
  incidentRows(document.querySelector('#incident-table tbody'), rows);
}

header('actor').then(show).catch((e) => setStatus(e.message, true)).finally(() => { document.body.dataset.ready = 'true'; });

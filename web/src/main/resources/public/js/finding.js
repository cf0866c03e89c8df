// Shared by the finding pages (summaries, actor, place, saved searches): reading the compact incident
// rows, figure text, and the links between these pages.
import { el, typeOf, incidentUrl } from './common.js';
import { t } from './i18n.js';

/** The explore filters kept by summaries and saved searches (no paging, sorting or timeline bins). */
export const FILTER_KEYS = ['q', 'from', 'to', 'country', 'admin1', 'event_type', 'actor', 'bbox', 'status', 'grade', 'killed_min', 'killed_max'];

/** The filters of a query string, without blanks or keys other than FILTER_KEYS. */
export function filterParams(search) {
  const from = new URLSearchParams(search);
  const out = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    const v = from.get(k);
    if (v && v.trim()) { out.set(k, v.trim()); }
  }
  return out;
}

export function actorUrl(name) { return '/actor.html?name=' + encodeURIComponent(name); }

export function placeUrl(country, admin1) {
  const p = new URLSearchParams();
  if (country) { p.set('country', country); }
  if (admin1) { p.set('admin1', admin1); }
  return '/place.html?' + p.toString();
}

/** "12 (10–15)": the best killed figure over all sources, with its range when it is one. */
export function killedRange(low, best, high) {
  if (best === null || best === undefined) { return t('common.notReported'); }
  return low !== high ? best + ' (' + low + '–' + high + ')' : String(best);
}

/** The incidents matching the filters of {@code params}, as objects from /api/incidents.compact. */
export async function compactIncidents(getJson, params) {
  const data = await getJson('/api/incidents.compact?' + params.toString());
  const rows = data.rows.map((r) => Object.fromEntries(data.columns.map((c, i) => [c, r[i]])));
  return { rows, total: data.total, truncated: data.truncated };
}

/** A table body of incidents (date, place, type, killed), each linking to its page. */
export function incidentRows(tbody, rows) {
  if (!rows.length) {
    tbody.replaceChildren(el('tr', null, el('td', { colspan: 4, class: 'muted', text: t('finding.noIncident') })));
    return;
  }
  tbody.replaceChildren(...rows.map((i) => el('tr', { 'data-incident': i.id },
    el('td', { text: i.date_start ? (i.date_end && i.date_end !== i.date_start ? i.date_start + ' – ' + i.date_end : i.date_start) : t('common.dateUnknown') }),
    el('td', null, el('a', { href: incidentUrl(i.id), text: [i.place, i.admin1, i.country_code].filter(Boolean).join(', ') || t('common.placeUnknown') })),
    el('td', { text: typeOf(i.event_type).label }),
    el('td', { text: killedRange(i.killed_low, i.killed_best, i.killed_high) }))));
}

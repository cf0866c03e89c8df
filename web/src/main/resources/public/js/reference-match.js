// The incident page's line per coded dataset: "matches ACLED <event> (reasons)" or "no matching
// event in ACLED", from the datasets' last cross-checks.
import { el, getJson } from './common.js';

async function show() {
  const box = document.getElementById('reference-matches');
  const id = new URLSearchParams(location.search).get('id');
  if (!box || !id) { return; }
  const r = await getJson('/api/reference/incidents/' + encodeURIComponent(id));
  if (!r.datasets.length) {
    box.replaceChildren(el('p', { class: 'muted' }, 'Not cross-checked against a coded dataset. ', el('a', { href: '/reference.html', text: 'Coded datasets' })));
    return;
  }
  const ul = el('ul');
  for (const d of r.datasets) {
    let text;
    if (d.event_id) {
      const e = d.event || {};
      text = 'matches ' + d.dataset + ' ' + d.event_id + ' (' + d.reasons + '; score ' + d.score + ')'
        + (e.date_start ? ' · ' + e.date_start : '') + (e.location ? ' · ' + e.location : '')
        + (d.their_fatalities !== null && d.their_fatalities !== undefined ? ' · their fatalities ' + d.their_fatalities : '')
        + (d.figures_disagree ? ' · figures disagree' : '');
    } else if (d.checked) {
      text = 'no matching event in ' + d.dataset;
    } else {
      text = 'not in the last cross-check of ' + d.dataset + ' (outside its countries or dates, or newer)';
    }
    ul.appendChild(el('li', { text }));
  }
  box.replaceChildren(ul, el('p', null, el('a', { href: '/reference.html', text: 'Coded datasets and cross-check report' })));
}

show().catch(() => {});

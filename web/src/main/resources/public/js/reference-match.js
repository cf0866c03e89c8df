// The incident page's line per coded dataset: "matches ACLED <event> (reasons)" or "no matching
// event in ACLED", from the datasets' last cross-checks.
import { el, getJson } from './common.js';
import { t } from './i18n.js';

async function show() {
  const box = document.getElementById('reference-matches');
  const id = new URLSearchParams(location.search).get('id');
  if (!box || !id) { return; }
  const r = await getJson('/api/reference/incidents/' + encodeURIComponent(id));
  if (!r.datasets.length) {
    box.replaceChildren(el('p', { class: 'muted' }, t('refmatch.notChecked') + ' ', el('a', { href: '/reference.html', text: t('refmatch.datasets') })));
    return;
  }
  const ul = el('ul');
  for (const d of r.datasets) {
    let text;
    if (d.event_id) {
      const e = d.event || {};
      text = t('refmatch.matches', { dataset: d.dataset, event: d.event_id, reasons: d.reasons, score: d.score })
        + (e.date_start ? ' · ' + e.date_start : '') + (e.location ? ' · ' + e.location : '')
        + (d.their_fatalities !== null && d.their_fatalities !== undefined ? ' · ' + t('refmatch.theirFatalities', { n: d.their_fatalities }) : '')
        + (d.figures_disagree ? ' · ' + t('refmatch.disagree') : '');
    } else if (d.checked) {
      text = t('refmatch.noMatch', { dataset: d.dataset });
    } else {
      text = t('refmatch.notInCheck', { dataset: d.dataset });
    }
    ul.appendChild(el('li', { text }));
  }
  box.replaceChildren(ul, el('p', null, el('a', { href: '/reference.html', text: t('refmatch.report') })));
}

show().catch(() => {});

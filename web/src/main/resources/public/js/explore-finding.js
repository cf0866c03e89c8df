// The explore page's finding aids: actor suggestions by any name an actor goes by ("EIGS" offers the
// Islamic State), "Save search" for the filters in the address, and the link to the summaries.
import { el, getJson, send, setStatus } from './common.js';
import { filterParams } from './finding.js';
import { t } from './i18n.js';

const actorInput = document.getElementById('f-actor');
const options = el('datalist', { id: 'actor-options' });
actorInput.after(options);
actorInput.setAttribute('list', 'actor-options');
actorInput.setAttribute('autocomplete', 'off');

let asked = '';
let timer = null;
let lastFound = [];
actorInput.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(async () => {
    const typed = actorInput.value.trim();
    if (typed.length < 2 || typed === asked) { return; }
    asked = typed;
    try {
      const found = await getJson('/api/actors?limit=10&q=' + encodeURIComponent(typed));
      if (actorInput.value.trim() !== typed) { return; }
      lastFound = found;
      options.replaceChildren(...found.map((a) => el('option', { value: a.name,
        label: a.matched === a.name ? t('actorType.' + a.type, null, a.type.replace(/_/g, ' ')) : a.matched + ' → ' + a.name })));
    } catch (e) { /* suggestions are a help only */ }
  }, 200);
});

// An alias typed in full and applied ("EIGS", then Enter) filters by its actor's canonical name;
// capturing, so it runs before the explore page reads the form.
document.addEventListener('submit', (e) => {
  if (e.target.id !== 'filters') { return; }
  const typed = actorInput.value.trim().toLowerCase();
  const exact = lastFound.filter((a) => a.matched.toLowerCase() === typed);
  if (typed && exact.length === 1 && exact[0].name.toLowerCase() !== typed) { actorInput.value = exact[0].name; }
}, true);

const buttons = document.querySelector('#filters .buttons');
const summaries = el('a', { id: 'summaries-link', class: 'button-link secondary', text: t('nav.summaries') });
const save = el('button', { type: 'button', id: 'save-search', class: 'secondary', text: t('explore.saveSearch') });
buttons.append(summaries, save);

function refreshLink() { summaries.href = '/summaries.html?' + filterParams(location.search).toString(); }
refreshLink();
window.addEventListener('popstate', refreshLink);
document.getElementById('filters').addEventListener('submit', () => setTimeout(refreshLink, 0));
summaries.addEventListener('focus', refreshLink);
summaries.addEventListener('mouseenter', refreshLink);

save.addEventListener('click', async () => {
  const query = filterParams(location.search).toString();
  const name = prompt(t('explore.saveSearchPrompt'),
    query ? decodeURIComponent(query.replace(/\+/g, ' ')).replace(/&/g, ', ') : t('explore.allIncidents'));
  if (!name || !name.trim()) { return; }
  try {
    await send('POST', '/api/saved-searches', { name: name.trim(), query });
    setStatus(t('explore.searchSaved', { name: name.trim() }));
  } catch (x) { setStatus(x.message, true); }
});

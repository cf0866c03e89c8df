// Shared by every page: API calls with the session's CSRF token, the header, DOM and text helpers.
// Values from the API always reach the DOM through textContent or attributes, never innerHTML.
import { t, lang, locale, languageSwitch } from './i18n.js';

export const TYPES = {
  violence_against_civilians: { label: t('type.violence_against_civilians'), color: '#b2182b' },
  explosions_remote_violence: { label: t('type.explosions_remote_violence'), color: '#e66101' },
  battles: { label: t('type.battles'), color: '#5e3c99' },
  riots: { label: t('type.riots'), color: '#1b7837' },
  protests: { label: t('type.protests'), color: '#2166ac' },
  strategic_developments: { label: t('type.strategic_developments'), color: '#666666' }
};
export const UNKNOWN_TYPE = { label: t('type.unknown'), color: '#999999' };
export const GRADES = ['confirmed', 'fair', 'weak', 'contested', 'discounted'];
export const PRECISION = {
  place: t('precision.place'), admin2: t('precision.admin2'), admin1: t('precision.admin1'),
  region: t('precision.region'), country: t('precision.country')
};

/** A province name reduced for matching against the base map ("Région de Mopti" → "mopti"). */
export function normalise(s) {
  return (s || '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/\b(region|province|state|prefecture|department|de|du|la|le|of)\b/g, '').replace(/[^a-z]/g, '');
}

export function typeOf(code) { return TYPES[code] || UNKNOWN_TYPE; }

export function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) { continue; }
      if (k === 'class') { e.className = v; } else if (k === 'text') { e.textContent = String(v); } else if (k.startsWith('on')) { e.addEventListener(k.slice(2), v); } else { e.setAttribute(k, v === true ? '' : String(v)); }
    }
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) { continue; }
    e.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return e;
}

export function dateText(date) {
  if (!date) { return t('common.dateUnknown'); }
  return date.start === date.end ? date.start : date.start + ' – ' + date.end;
}

/** A moment (ISO instant) in the reader's language and time zone, with the zone named; '—' when none. */
export function timeText(iso) {
  if (!iso) { return '—'; }
  const d = new Date(iso);
  if (isNaN(d.getTime())) { return iso; }
  return d.toLocaleString(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });
}

/** The day of a moment (ISO instant) in the reader's language ("7 déc. 2026"); '—' when none. */
export function dayText(iso) {
  if (!iso) { return '—'; }
  const d = new Date(iso);
  if (isNaN(d.getTime())) { return iso; }
  return d.toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function countText(c) {
  if (!c || c.min === null || c.min === undefined) { return t('common.notReported'); }
  if (c.max === null || c.max === undefined) { return t('common.atLeast', { n: c.min }); }
  return c.min === c.max ? String(c.min) : c.min + '–' + c.max;
}

/** A figure reconciled over every source ("56 (24–70)"), else the report's own count. */
export function figureText(c) {
  if (!c || c.best === null || c.best === undefined) { return countText(c); }
  return c.low === c.high ? String(c.best) : c.best + ' (' + c.low + '–' + c.high + ')';
}

export function placeText(loc) {
  if (!loc) { return t('common.placeUnknown'); }
  const parts = [loc.name, loc.admin1, loc.country_code].filter((p, i, all) => p && all.indexOf(p) === i);
  return parts.length ? parts.join(', ') : t('common.placeUnknown');
}

export function actorsText(actors) {
  if (!actors || !actors.length) { return t('common.notReported'); }
  return actors.map((a) => a.name).filter((n, i, all) => all.indexOf(n) === i).join(', ');
}

export function incidentUrl(id) { return '/incident.html?id=' + encodeURIComponent(id); }
export function readerUrl(id) { return '/reader.html?id=' + encodeURIComponent(id); }

let me = null;

/** Headers every API call sends: JSON answers, with the server's messages in the interface's language. */
export function apiHeaders(more) {
  return { Accept: 'application/json', 'Accept-Language': lang, ...(more || {}) };
}

/** Who is logged in ({user, role, csrf_token}); sends the browser to the login page when nobody. */
export async function currentUser() {
  if (me) { return me; }
  const r = await reach('/api/me', { headers: apiHeaders(), credentials: 'same-origin' });
  if (r.status === 401) { toLogin(); throw new ApiError(401, { message: t('common.notLoggedIn') }); }
  if (!r.ok) { throw new ApiError(r.status, null); }
  me = await r.json();
  // A one-time password (the first admin's, a reset one) is replaced before anything else.
  if (me.must_change_password && location.pathname !== '/account.html') {
    location.assign('/account.html');
    throw new Error('password change required');
  }
  return me;
}

function toLogin() {
  const next = location.pathname + location.search;
  location.assign('/login.html?next=' + encodeURIComponent(next));
}

/** An API error with the server's message and the parameter it names. */
export class ApiError extends Error {
  constructor(status, body) {
    // An answer without the API's JSON (a proxy's error page) still says what happened, in words.
    super((body && body.message) || t('common.httpError', { status }));
    this.status = status;
    this.parameter = body && body.parameter;
  }
}

async function handle(r) {
  if (r.status === 401) { toLogin(); throw new ApiError(401, { message: t('common.notLoggedIn') }); }
  if (r.status === 204) { return null; }
  const body = await r.json().catch(() => ({}));
  if (!r.ok) { throw new ApiError(r.status, body); }
  return body;
}

/** fetch, with a failure to reach the server (the browser's own English words) said in the interface's language. */
async function reach(url, init) {
  try {
    return await fetch(url, init);
  } catch (e) {
    throw new ApiError(0, { message: t('common.networkError') });
  }
}

export async function getJson(url) {
  return handle(await reach(url, { headers: apiHeaders(), credentials: 'same-origin' }));
}

/** A changing request (POST, PATCH, DELETE) with the session's CSRF token. */
export async function send(method, url, body) {
  const user = await currentUser();
  const headers = apiHeaders({ 'X-CSRF-Token': user.csrf_token || '' });
  const init = { method, headers, credentials: 'same-origin' };
  if (body !== undefined) { headers['Content-Type'] = 'application/json'; init.body = JSON.stringify(body); }
  return handle(await reach(url, init));
}

/**
 * Sends a file's bytes as application/octet-stream (a type no cross-site form can send) with the
 * session's CSRF token; the answer's JSON, or an ApiError. {@code onProgress(sent, total)} hears
 * the bytes sent as they go (XMLHttpRequest: fetch tells nothing of an upload's progress), and
 * last (total, total) once the whole body is sent.
 */
export async function sendFile(url, file, onProgress) {
  const user = await currentUser();
  const headers = apiHeaders({ 'X-CSRF-Token': user.csrf_token || '', 'Content-Type': 'application/octet-stream' });
  const xhr = new XMLHttpRequest();
  const done = new Promise((resolve, reject) => {
    xhr.addEventListener('load', () => resolve());
    xhr.addEventListener('error', () => reject(new ApiError(0, { message: t('common.networkError') })));
    xhr.addEventListener('abort', () => reject(new ApiError(0, { message: t('common.networkError') })));
  });
  if (onProgress) {
    xhr.upload.addEventListener('progress', (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size));
    xhr.upload.addEventListener('load', () => onProgress(file.size, file.size));
  }
  xhr.open('POST', url);
  xhr.withCredentials = true;
  for (const [k, v] of Object.entries(headers)) { xhr.setRequestHeader(k, v); }
  xhr.send(file);
  await done;
  return handle(new Response(xhr.status === 204 ? null : xhr.responseText, { status: xhr.status }));
}

/**
 * Draws the offline rivers and lakes (Natural Earth, built by tools/geo/build-basemap.py) in a
 * "water" pane just above a "countries" pane (z 350) and under province lines (z 360); the map
 * element's data-water holds the number of features drawn, for checks.
 */
export function addWater(map) {
  map.createPane('water').style.zIndex = 355;
  fetch('/basemap/water.geojson').then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status))))).then((data) => {
    L.geoJSON(data, { pane: 'water', interactive: false,
      style: (f) => (f.properties.kind === 'lake'
        ? { color: '#7fa7c9', weight: 0.8, fillColor: '#c6dcee', fillOpacity: 1 }
        : { color: '#7fa7c9', weight: 1.2, fill: false }) }).addTo(map);
    map.getContainer().dataset.water = String(data.features.length);
  }).catch(() => {});
}

// Names per view: the gazetteer's largest places in the box shown, so a closer zoom names smaller ones.
const LABELS_PER_VIEW = 25;

/**
 * Labels the towns of a map's view from the gazetteer, once the map has stopped moving, in a
 * "labels" pane (z 370); the map element's data-labels holds the box last labelled, for checks.
 */
export function addPlaceLabels(map) {
  map.createPane('labels').style.zIndex = 370;
  const layer = L.layerGroup().addTo(map);
  let asked = '';
  let timer = null;
  const draw = () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const b = map.getBounds();
      const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v)).toFixed(2);
      const bbox = [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90), clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -90, 90)].join(',');
      if (bbox === asked) { return; }
      asked = bbox;
      let places;
      try {
        places = await getJson('/api/gazetteer/largest?bbox=' + bbox + '&limit=' + LABELS_PER_VIEW);
      } catch (e) {
        return;
      }
      if (bbox !== asked) { return; }
      layer.clearLayers();
      for (const pl of places) {
        if (typeof pl.lat !== 'number') { continue; }
        const icon = L.divIcon({ className: 'place-label', html: el('span', { text: pl.name }), iconSize: null, iconAnchor: [-3, 8] });
        L.marker([pl.lat, pl.lon], { icon, pane: 'labels', interactive: false, keyboard: false }).addTo(layer);
      }
      map.getContainer().dataset.labels = bbox;
    }, 150);
  };
  map.on('moveend', draw);
  draw();
}

export function canChange(user) { return user && (user.role === 'analyst' || user.role === 'admin'); }

/** Fills the page header: navigation, the user and a logout button. */
export async function header(active) {
  const user = await currentUser();
  const nav = document.getElementById('nav');
  if (!nav) { return user; }
  nav.setAttribute('aria-label', t('nav.label'));
  const links = [['explore', '/', t('nav.explore')], ['review', '/review.html', t('nav.review')], ['add', '/add.html', t('nav.add')],
    ['reading', '/reader.html', t('nav.reading')], ['sources', '/sources.html', t('nav.sources')], ['account', '/account.html', t('nav.account')], ['users', '/account.html#users', t('nav.users')]];
  // Finding things (issue 15, item 7): summaries and saved searches, after the reading queue.
  links.splice(4, 0, ['summaries', '/summaries.html', t('nav.summaries')], ['watch', '/watch.html', t('nav.watch')]);
  const ul = el('ul', { class: 'nav-links' });
  for (const [key, href, label] of links) {
    if ((key === 'review' || key === 'add') && !canChange(user)) { continue; }
    if (key === 'users' && user.role !== 'admin') { continue; }
    ul.appendChild(el('li', null, el('a', { href, 'aria-current': key === active ? 'page' : null, text: label })));
  }
  const who = el('span', { class: 'who', text: user.user + ' (' + t('role.' + user.role, null, user.role) + ')' });
  const out = el('button', { type: 'button', class: 'link-button', text: t('nav.logout'),
    onclick: async () => { await send('POST', '/api/logout'); location.assign('/login.html'); } });
  nav.replaceChildren(ul, el('div', { class: 'user' }, who, out, languageSwitch()));
  return user;
}

export function setStatus(text, isError) {
  const s = document.getElementById('status');
  if (!s) { return; }
  s.textContent = text;
  s.classList.toggle('error', Boolean(isError));
}

/**
 * Asks for a non-empty reason (and the extra fields) in a dialog; resolves to {reason, ...fields},
 * or null when cancelled. A suggested reason is pre-filled and selected, so typing replaces it.
 */
export function askReason(title, extraFields, suggestedReason) {
  return new Promise((resolve) => {
    const dialog = el('dialog', { class: 'reason-dialog', 'aria-labelledby': 'reason-title' });
    const form = el('form', { method: 'dialog' });
    form.appendChild(el('h2', { id: 'reason-title', text: title }));
    const inputs = {};
    for (const f of extraFields || []) {
      const id = 'dlg-' + f.name;
      form.appendChild(el('label', { for: id, text: f.label }));
      const input = f.options
        ? el('select', { id, name: f.name }, ...f.options.map((o) => el('option', { value: o, text: o })))
        : el(f.multiline ? 'textarea' : 'input', { id, name: f.name, type: f.multiline ? null : 'text', value: f.value || null });
      if ((f.multiline || f.options) && f.value) { input.value = f.value; }
      inputs[f.name] = input;
      form.appendChild(input);
    }
    form.appendChild(el('label', { for: 'dlg-reason', text: t('reason.label') }));
    const reason = el('textarea', { id: 'dlg-reason', name: 'reason', required: true, rows: 3 });
    if (suggestedReason) { reason.value = suggestedReason; }
    form.appendChild(reason);
    const err = el('p', { class: 'error', role: 'alert' });
    form.appendChild(err);
    const ok = el('button', { type: 'submit', value: 'ok', text: t('common.save') });
    const cancel = el('button', { type: 'button', class: 'secondary', text: t('common.cancel') });
    form.appendChild(el('div', { class: 'buttons' }, ok, cancel));
    dialog.appendChild(form);
    document.body.appendChild(dialog);
    const finish = (value) => { dialog.close(); dialog.remove(); resolve(value); };
    cancel.addEventListener('click', () => finish(null));
    dialog.addEventListener('cancel', (e) => { e.preventDefault(); finish(null); });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      if (!reason.value.trim()) { err.textContent = t('reason.missing'); reason.focus(); return; }
      const values = { reason: reason.value.trim() };
      for (const [k, input] of Object.entries(inputs)) { values[k] = input.value; }
      finish(values);
    });
    // Ctrl+Enter in the reason saves, so the keyboard flow needs no Tab to the button.
    reason.addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); form.requestSubmit(); } });
    dialog.showModal();
    const first = Object.values(inputs)[0] || reason;
    first.focus();
    if (first === reason && suggestedReason) { reason.select(); }
  });
}

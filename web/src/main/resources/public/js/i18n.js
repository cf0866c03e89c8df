// The interface language (English or French): message catalogs in /i18n/<lang>.json, looked up by key.
// The catalogs load before any importing module runs (top-level await), so t() is synchronous.
// Changing the language saves the choice and reloads the page, which re-renders every text.

export const LANGUAGES = ['en', 'fr'];
const STORE_KEY = 'harmwatch.lang';

/** The saved choice, else the browser's first supported language, else English. */
function chooseLanguage() {
  let saved = null;
  try { saved = localStorage.getItem(STORE_KEY); } catch (e) { saved = null; }
  if (LANGUAGES.includes(saved)) { return saved; }
  const wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
  for (const tag of wanted) {
    const base = String(tag || '').toLowerCase().split('-')[0];
    if (LANGUAGES.includes(base)) { return base; }
  }
  return 'en';
}

async function load(code) {
  try {
    const r = await fetch('/i18n/' + code + '.json', { headers: { Accept: 'application/json' } });
    return r.ok ? await r.json() : {};
  } catch (e) {
    return {};
  }
}

export const lang = chooseLanguage();
/** The browser's own locale when it speaks {@code lang} (keeps en-GB dates), else {@code lang}: for dates. */
export const locale = (navigator.languages || [navigator.language]).find((l) => String(l || '').toLowerCase().split('-')[0] === lang) || lang;
const english = await load('en');
const messages = lang === 'en' ? english : await load(lang);

/**
 * The text for {@code key} in the current language with {placeholders} filled from params; falls
 * back to English, then to the given fallback, and never shows a raw key unless nothing else exists.
 */
export function t(key, params, fallback) {
  let text = messages[key];
  let textLang = lang;
  if (text === undefined) { text = english[key]; textLang = 'en'; }
  if (text === undefined) { text = fallback !== undefined ? fallback : key; textLang = 'en'; }
  return format(text, params, textLang);
}

// French words that lose their vowel before a word starting with one: "de" + "admin1" is "d’admin1".
const ELIDING = /(^|[^\p{L}])(de|De|le|Le|la|La|que|Que|ne|Ne|je|Je|me|Me|te|Te|se|Se|jusque|Jusque|lorsque|Lorsque|puisque|Puisque) \{(\w+)\}/gu;
// Only a written vowel: before an h, elision depends on the word (l’homme, le hameau), which a
// name does not tell.
const VOWEL = /^[aeiouàâäéèêëîïôöùûüœæ]/i;

/**
 * A message template of language {@code textLang} with {placeholders} filled from params. In French,
 * "de", "le", "la", "que"... before a placeholder are elided when the value starts with a vowel:
 * "Rôle de {user}" with admin1 reads "Rôle d’admin1", with Moussa "Rôle de Moussa".
 */
export function format(text, params, textLang) {
  if (!params) { return text; }
  const value = (name) => (params[name] === undefined || params[name] === null ? null : String(params[name]));
  if (textLang === 'fr') {
    text = text.replace(ELIDING, (m, before, word, name) => {
      const v = value(name);
      return v !== null && VOWEL.test(v) ? before + word.slice(0, -1) + '’{' + name + '}' : m;
    });
  }
  return text.replace(/\{(\w+)\}/g, (m, name) => (value(name) === null ? m : value(name)));
}

/**
 * Text as nodes, where <kbd>x</kbd>, <code>x</code> or <strong>x</strong> in a message becomes that
 * element with x as its text (no other markup is read, and nothing nests).
 */
export function withKeys(text) {
  return text.split(/(<(?:kbd|code|strong)>[^<]*<\/(?:kbd|code|strong)>)/).filter(Boolean).map((part) => {
    const m = /^<(kbd|code|strong)>([^<]*)<\/\1>$/.exec(part);
    if (!m) { return document.createTextNode(part); }
    const k = document.createElement(m[1]);
    k.textContent = m[2];
    return k;
  });
}

/** Whether the catalogs hold {@code key}. */
export function has(key) { return messages[key] !== undefined || english[key] !== undefined; }

/** Saves {@code code} as the user's language and reloads the page in it. */
export function setLanguage(code) {
  if (!LANGUAGES.includes(code)) { return; }
  try { localStorage.setItem(STORE_KEY, code); } catch (e) { /* private mode: this page only */ }
  location.reload();
}

/**
 * Translates the static HTML under {@code root}: a data-i18n attribute (a key) replaces an element's text;
 * data-i18n-attr (attr:key pairs split by ";") sets attributes (placeholder, aria-label, title...). The
 * element's English text stays when a key is missing.
 */
export function translatePage(root) {
  const scope = root || document;
  for (const e of scope.querySelectorAll('[data-i18n]')) {
    const key = e.getAttribute('data-i18n');
    if (has(key)) { e.replaceChildren(...withKeys(t(key))); }
  }
  for (const e of scope.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of e.getAttribute('data-i18n-attr').split(';')) {
      const [attr, key] = pair.split(':').map((s) => s.trim());
      if (attr && key && has(key)) { e.setAttribute(attr, t(key)); }
    }
  }
  if (!root) { document.documentElement.lang = lang; }
}

/** The EN | FR switch: one button per language, the current one pressed. */
export function languageSwitch() {
  const box = document.createElement('div');
  box.className = 'lang-switch';
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', t('lang.switch'));
  LANGUAGES.forEach((code, i) => {
    if (i > 0) { const bar = document.createElement('span'); bar.textContent = '|'; bar.setAttribute('aria-hidden', 'true'); box.appendChild(bar); }
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'link-button';
    b.id = 'lang-' + code;
    b.lang = code;
    b.textContent = code.toUpperCase();
    b.title = t('lang.' + code);
    b.setAttribute('aria-pressed', String(code === lang));
    b.addEventListener('click', () => { if (code !== lang) { setLanguage(code); } });
    box.appendChild(b);
  });
  return box;
}

// Module scripts run after parsing, so the static page is there to translate.
translatePage();

// The login form: posts the credentials, then goes where the user was headed (same origin only).
import { safeNext } from './next.js';
import { t, lang, languageSwitch } from './i18n.js';

const form = document.getElementById('login');
const error = document.getElementById('login-error');
document.querySelector('.login-box').appendChild(languageSwitch());

function nextPage() {
  return safeNext(new URLSearchParams(location.search).get('next'), location.origin);
}

form.addEventListener('submit', async (ev) => {
  ev.preventDefault();
  error.textContent = '';
  const username = form.username.value.trim();
  const password = form.password.value;
  if (!username || !password) { error.textContent = t('login.missing'); return; }
  let r;
  try {
    r = await fetch('/api/login', {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Accept-Language': lang },
      body: JSON.stringify({ username, password })
    });
  } catch (e) {
    error.textContent = t('common.networkError');
    return;
  }
  if (r.ok) {
    const me = await r.json().catch(() => ({}));
    // A one-time password is replaced first; the account page asks for the new one.
    location.assign(me.must_change_password ? '/account.html' : nextPage());
    return;
  }
  const body = await r.json().catch(() => ({}));
  error.textContent = body.message || t('login.failed', { status: r.status });
  form.password.value = '';
  form.password.focus();
});

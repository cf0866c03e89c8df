// The login form: posts the credentials, then goes where the user was headed (same origin only).
import { safeNext } from './next.js';

const form = document.getElementById('login');
const error = document.getElementById('login-error');

function nextPage() {
  return safeNext(new URLSearchParams(location.search).get('next'), location.origin);
}

form.addEventListener('submit', async (ev) => {
  ev.preventDefault();
  error.textContent = '';
  const username = form.username.value.trim();
  const password = form.password.value;
  if (!username || !password) { error.textContent = 'Enter your user name and password.'; return; }
  const r = await fetch('/api/login', {
    method: 'POST', credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ username, password })
  });
  if (r.ok) {
    const me = await r.json().catch(() => ({}));
    // A one-time password is replaced first; the account page asks for the new one.
    location.assign(me.must_change_password ? '/account.html' : nextPage());
    return;
  }
  const body = await r.json().catch(() => ({}));
  error.textContent = body.message || ('Login failed (HTTP ' + r.status + ').');
  form.password.value = '';
  form.password.focus();
});

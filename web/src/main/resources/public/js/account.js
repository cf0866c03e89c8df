// The account page: change your own password, make and revoke API tokens, and (admins) list and add
// users.
import { el, header, getJson, send, setStatus } from './common.js';

async function showTokens() {
  const tokens = await getJson('/api/tokens');
  const tbody = document.querySelector('#tokens tbody');
  if (!tokens.length) { tbody.replaceChildren(el('tr', null, el('td', { colspan: 4, class: 'muted', text: 'No token yet.' }))); return; }
  tbody.replaceChildren(...tokens.map((t) => el('tr', null,
    el('td', null, el('code', { text: t.id })), el('td', { text: t.label || '—' }), el('td', { text: t.created.slice(0, 16).replace('T', ' ') }),
    el('td', null, el('button', { type: 'button', class: 'secondary small', 'aria-label': 'Revoke token ' + t.id + (t.label ? ' (' + t.label + ')' : ''), text: 'Revoke',
      onclick: async () => {
        try {
          await send('DELETE', '/api/tokens/' + encodeURIComponent(t.id));
          setStatus('Token ' + t.id + ' revoked.');
          await showTokens();
        } catch (e) { setStatus('Could not revoke: ' + e.message, true); }
      } })))));
}

async function showUsers() {
  const users = await getJson('/api/users');
  document.querySelector('#user-table tbody').replaceChildren(...users.map((u) => el('tr', null,
    el('td', { text: u.user }), el('td', { text: u.role }), el('td', { text: u.created.slice(0, 10) }))));
}

function passwordForm() {
  const form = document.getElementById('password-form');
  const err = document.getElementById('pw-error');
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    err.textContent = '';
    const current = document.getElementById('pw-current');
    const wanted = document.getElementById('pw-new');
    const again = document.getElementById('pw-again');
    if (wanted.value.length < 12) { err.textContent = 'The new password needs at least 12 characters.'; wanted.focus(); return; }
    if (wanted.value !== again.value) { err.textContent = 'The two new passwords differ.'; again.focus(); return; }
    try {
      await send('POST', '/api/me/password', { current_password: current.value, new_password: wanted.value });
    } catch (x) {
      err.textContent = x.status === 403 ? 'The current password is wrong.' : x.message;
      current.focus();
      return;
    }
    form.reset();
    setStatus('Password changed. Your other sessions are logged out; your API tokens still work.');
  });
}

function tokenForm() {
  document.getElementById('token-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const labelInput = document.getElementById('token-label');
    try {
      const t = await send('POST', '/api/tokens', { label: labelInput.value.trim() || null });
      document.getElementById('token-value').textContent = t.token;
      document.getElementById('new-token').hidden = false;
      labelInput.value = '';
      setStatus('Token made: copy it now.');
      await showTokens();
    } catch (x) { setStatus('Could not make a token: ' + x.message, true); }
  });
}

function userForm() {
  const err = document.getElementById('u-error');
  document.getElementById('user-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    err.textContent = '';
    const name = document.getElementById('u-name');
    const password = document.getElementById('u-password');
    try {
      await send('POST', '/api/users', { username: name.value.trim(), role: document.getElementById('u-role').value, password: password.value });
    } catch (x) {
      err.textContent = x.message;
      (x.parameter === 'password' ? password : name).focus();
      return;
    }
    setStatus('User ' + name.value.trim() + ' added.');
    e.target.reset();
    await showUsers();
  });
}

async function main() {
  const user = await header(location.hash === '#users' ? 'users' : 'account');
  document.getElementById('who').textContent = 'Logged in as ' + user.user + ', role ' + user.role + '.';
  passwordForm();
  tokenForm();
  try {
    await showTokens();
    if (user.role === 'admin') {
      document.getElementById('users').hidden = false;
      userForm();
      await showUsers();
      if (location.hash === '#users') { document.getElementById('users-heading').focus(); }
    }
  } catch (e) {
    setStatus('Could not load: ' + e.message, true);
    return;
  }
  document.body.dataset.ready = 'true';
}

main().catch(() => {});

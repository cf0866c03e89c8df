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

const ROLES = ['viewer', 'analyst', 'admin'];

/** Every user, with a role picker and a disable/enable button (not for the admin themselves). */
async function showUsers(self) {
  const users = await getJson('/api/users');
  const change = async (u, body, done) => {
    try {
      await send('PATCH', '/api/users/' + encodeURIComponent(u.user), body);
      setStatus(done);
    } catch (x) { setStatus('Could not change ' + u.user + ': ' + x.message, true); }
    await showUsers(self);
  };
  document.querySelector('#user-table tbody').replaceChildren(...users.map((u) => {
    const mine = u.user === self;
    const role = el('select', { 'aria-label': 'Role of ' + u.user, class: 'user-role', 'data-user': u.user, disabled: mine ? '' : null },
      ...ROLES.map((r) => el('option', { value: r, text: r, selected: r === u.role ? '' : null })));
    role.addEventListener('change', () => change(u, { role: role.value }, u.user + ' is now ' + role.value + '.'));
    const state = u.disabled ? 'disabled' : u.must_change_password ? 'one-time password' : 'active';
    const toggle = mine ? el('span', { class: 'muted', text: 'you' })
      : el('button', { type: 'button', class: 'secondary small user-toggle', 'data-user': u.user,
        text: u.disabled ? 'Enable' : 'Disable', 'aria-label': (u.disabled ? 'Enable ' : 'Disable ') + u.user,
        onclick: () => change(u, { disabled: !u.disabled }, u.disabled ? u.user + ' can log in again.' : u.user + ' is disabled: their sessions ended and their tokens stopped.') });
    return el('tr', { 'data-user': u.user }, el('td', { text: u.user }), el('td', null, role),
      el('td', { text: u.created.slice(0, 10) }), el('td', { class: 'user-state', text: state }), el('td', null, toggle));
  }));
}

let mustChange = false;

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
    if (mustChange) { location.assign('/'); return; }
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
    await showUsers(document.body.dataset.self);
  });
}

async function main() {
  const user = await header(location.hash === '#users' ? 'users' : 'account');
  document.getElementById('who').textContent = 'Logged in as ' + user.user + ', role ' + user.role + '.';
  passwordForm();
  if (user.must_change_password) {
    // Nothing else works until the one-time password is replaced.
    mustChange = true;
    document.getElementById('must-change').hidden = false;
    document.getElementById('pw-current').focus();
    document.body.dataset.ready = 'true';
    return;
  }
  tokenForm();
  try {
    await showTokens();
    if (user.role === 'admin') {
      document.body.dataset.self = user.user;
      document.getElementById('users').hidden = false;
      userForm();
      await showUsers(user.user);
      if (location.hash === '#users') { document.getElementById('users-heading').focus(); }
    }
  } catch (e) {
    setStatus('Could not load: ' + e.message, true);
    return;
  }
  document.body.dataset.ready = 'true';
}

main().catch(() => {});

// The account page: change your own password, make and revoke API tokens, and (admins) list and add
// users.
import { el, header, getJson, send, setStatus, timeText, dayText } from './common.js';
import { t } from './i18n.js';

async function showTokens() {
  const tokens = await getJson('/api/tokens');
  const tbody = document.querySelector('#tokens tbody');
  if (!tokens.length) { tbody.replaceChildren(el('tr', null, el('td', { colspan: 4, class: 'muted', text: t('account.noToken') }))); return; }
  tbody.replaceChildren(...tokens.map((k) => el('tr', null,
    el('td', null, el('code', { text: k.id })), el('td', { text: k.label || '—' }), el('td', { text: timeText(k.created) }),
    el('td', null, el('button', { type: 'button', class: 'secondary small', 'aria-label': t('account.revokeLabel', { id: k.id }) + (k.label ? ' (' + k.label + ')' : ''), text: t('account.revoke'),
      onclick: async () => {
        try {
          await send('DELETE', '/api/tokens/' + encodeURIComponent(k.id));
          setStatus(t('account.revoked', { id: k.id }));
          await showTokens();
        } catch (e) { setStatus(t('account.revokeFailed', { message: e.message }), true); }
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
    } catch (x) { setStatus(t('account.changeFailed', { user: u.user, message: x.message }), true); }
    await showUsers(self);
  };
  document.querySelector('#user-table tbody').replaceChildren(...users.map((u) => {
    const mine = u.user === self;
    const role = el('select', { 'aria-label': t('account.roleOf', { user: u.user }), class: 'user-role', 'data-user': u.user, disabled: mine ? '' : null },
      ...ROLES.map((r) => el('option', { value: r, text: t('role.' + r), selected: r === u.role ? '' : null })));
    role.addEventListener('change', () => change(u, { role: role.value }, t('account.nowRole', { user: u.user, role: t('role.' + role.value) })));
    const state = u.disabled ? t('account.state.disabled') : u.must_change_password ? t('account.state.oneTime') : t('account.state.active');
    const toggle = mine ? el('span', { class: 'muted', text: t('account.you') })
      : el('button', { type: 'button', class: 'secondary small user-toggle', 'data-user': u.user,
        text: u.disabled ? t('account.enable') : t('account.disable'), 'aria-label': t(u.disabled ? 'account.enableLabel' : 'account.disableLabel', { user: u.user }),
        onclick: () => change(u, { disabled: !u.disabled }, t(u.disabled ? 'account.enabled' : 'account.disabled', { user: u.user })) });
    return el('tr', { 'data-user': u.user }, el('td', { text: u.user }), el('td', null, role),
      el('td', { text: dayText(u.created) }), el('td', { class: 'user-state', text: state }), el('td', null, toggle));
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
    if (wanted.value.length < 12) { err.textContent = t('account.tooShort'); wanted.focus(); return; }
    if (wanted.value !== again.value) { err.textContent = t('account.differ'); again.focus(); return; }
    try {
      await send('POST', '/api/me/password', { current_password: current.value, new_password: wanted.value });
    } catch (x) {
      err.textContent = x.status === 403 ? t('account.wrongCurrent') : x.message;
      current.focus();
      return;
    }
    form.reset();
    if (mustChange) { location.assign('/'); return; }
    setStatus(t('account.passwordChanged'));
  });
}

function tokenForm() {
  document.getElementById('token-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const labelInput = document.getElementById('token-label');
    try {
      const made = await send('POST', '/api/tokens', { label: labelInput.value.trim() || null });
      document.getElementById('token-value').textContent = made.token;
      document.getElementById('new-token').hidden = false;
      labelInput.value = '';
      setStatus(t('account.tokenMade'));
      await showTokens();
    } catch (x) { setStatus(t('account.tokenFailed', { message: x.message }), true); }
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
    setStatus(t('account.userAdded', { user: name.value.trim() }));
    e.target.reset();
    await showUsers(document.body.dataset.self);
  });
}

async function main() {
  const user = await header(location.hash === '#users' ? 'users' : 'account');
  document.getElementById('who').textContent = t('account.who', { user: user.user, role: t('role.' + user.role, null, user.role) });
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
    setStatus(t('common.loadFailed', { message: e.message }), true);
    return;
  }
  document.body.dataset.ready = 'true';
}

main().catch(() => {});

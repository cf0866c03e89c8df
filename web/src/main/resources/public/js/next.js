// Where to go after login: a path on this site, or '/'. The value comes from the address bar, so
// an attacker writes it: '//evil', '/\evil' (browsers read '\' as '/'), '/<tab>/evil' (the URL
// parser drops tabs and newlines), 'https:evil' and the like must all end at '/'.
export function safeNext(raw, origin) {
  if (typeof raw !== 'string' || !raw.startsWith('/') || raw.startsWith('//')) { return '/'; }
  // No backslash, control character or space anywhere: no real page of ours needs one.
  if (/[\\\u0000-\u0020\u007f]/.test(raw)) { return '/'; }
  let url;
  try { url = new URL(raw, origin); } catch (e) { return '/'; }
  if (url.origin !== origin) { return '/'; }
  // Dot segments can leave '//host' as the path ('/..//evil'), which the browser would follow.
  const path = url.pathname + url.search + url.hash;
  return path.startsWith('/') && !path.startsWith('//') ? path : '/';
}

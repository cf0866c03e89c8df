// Correcting one field of an incident: a form fitted to the field's shape, giving the JSON value
// and the reason that PATCH /api/incidents/{id} takes. Shared by the incident page and the review queue.
import { TYPES, askReason } from './common.js';
import { t } from './i18n.js';

/** The fields shown, in order: [exchange name, label, shape]. Shapes pick the correction form. */
export const FIELDS = [
  ['event_type', 'Event type', 'type'],
  ['sub_event_type', 'Sub-event type', 'text'],
  ['date', 'Date', 'date'],
  ['location', 'Place', 'json'],
  ['perpetrators', 'Perpetrators', 'json'],
  ['targets', 'Victims', 'json'],
  ['casualties.killed', 'Killed', 'count'],
  ['casualties.injured', 'Injured', 'count'],
  ['casualties.detained', 'Detained / abducted', 'count'],
  ['casualties.missing', 'Missing', 'count'],
  ['casualties.civilians_killed', 'Civilians among the killed', 'count'],
  ['casualties.children_killed', 'Children killed', 'number'],
  ['casualties.women_killed', 'Women killed', 'number'],
  ['weapons', 'Weapons', 'list'],
  ['reported_by', 'Reported by', 'list']
].map(([field, label, shape]) => [field, t('field.' + field, null, label), shape]);

/** The value of a dotted field name ("casualties.killed") in an incident's JSON, or null. */
export function valueOf(i, field) {
  let v = i;
  for (const part of field.split('.')) { v = v === null || v === undefined ? null : v[part]; }
  return v === undefined ? null : v;
}

/**
 * Asks for a new value of a short field (shape type, text, number or list) and a reason; resolves to the PATCH body, or null when
 * cancelled. Rejects with an Error naming the problem when the value typed is not valid.
 */
export async function askCorrection(incident, field, label, shape) {
  const current = valueOf(incident, field);
  let extra;
  if (shape === 'number') {
    extra = [{ name: 'n', label, value: current === null ? '' : String(current) }];
  } else if (shape === 'type') {
    extra = [{ name: 'v', label, options: Object.keys(TYPES), value: current || '' }];
  } else if (shape === 'text') {
    extra = [{ name: 'v', label, value: current || '' }];
  } else if (shape === 'list') {
    extra = [{ name: 'v', label: t('correct.listLabel', { label }), value: (current || []).join(', ') }];
  } else {
    throw new Error(label + ' is corrected on the incident page');
  }
  const answer = await askReason(t('correct.title', { label }), extra);
  if (!answer) { return null; }
  return { field, value: correctedValue(shape, answer), reason: answer.reason };
}

function integer(text, what) {
  const t = String(text || '').trim();
  if (t === '') { return null; }
  if (!/^\d+$/.test(t)) { throw new Error(what + ' must be a whole number, was "' + t + '"'); }
  return Number(t);
}

function correctedValue(shape, a) {
  switch (shape) {
    case 'number': return integer(a.n, 'the number');
    case 'type': return a.v;
    case 'text': return a.v.trim() === '' ? null : a.v.trim();
    default: return a.v.split(',').map((s) => s.trim()).filter(Boolean);
  }
}


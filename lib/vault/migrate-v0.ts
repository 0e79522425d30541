// Schema version 0: the first prototype's storage, one flat record of text fields as typed
//   { name: '山田 花子', kana: 'やまだ はなこ', zip: '160-0022', address: '東京都新宿区…',
//     tel: '090-1234-5678', movingDay: '2026/12/20', memo: '…' }
// with no schemaVersion. Its single address was where the person lived, so it becomes oldAddress.
// Whatever cannot be placed in version 1 is returned in `unplaced` with its original text.
import { normalisePhone } from '../formats/phone';
import { normalisePostal } from '../formats/postal';
import { parseDate } from '../formats/date';
import { isKanaOnly, toKatakana } from '../formats/kana';
import { parseProfile } from '../profile/schema';
import { splitAddress, type CitiesOf } from '../postal/split-address';
import { setPath } from '../profile/object-path';

export interface UnplacedValue {
  /** The field of the stored data the value came from ('memo', 'tel', 'address'…). */
  field: string;
  value: string;
}

export interface StepResult {
  data: Record<string, unknown>;
  /** What happened to each field, by field and profile path; never values. */
  notes: string[];
  unplaced: UnplacedValue[];
}

interface Placement {
  path: string;
  value: string;
  from: string;
}

const SPACE = /[\s\u3000]+/;

/** 'family given' at the first space; null when there is no space to split at. */
function splitName(value: string): [string, string] | null {
  const words = value.trim().split(SPACE);
  if (words.length < 2) return null;
  return [words[0], words.slice(1).join(' ')];
}

/** The part of an address after the city: 町域 (with a 丁目 written in digits), 番地, and the
 * building after the first space ('新宿三丁目1-1 サンプルマンション101'). */
export function splitAddressRest(rest: string): { town: string; block: string; building: string } {
  const text = rest.trim();
  const space = SPACE.exec(text);
  const line = space ? text.slice(0, space.index) : text;
  const building = space ? text.slice(space.index + space[0].length) : '';
  const m = /^([^0-9０-９]*(?:[0-9０-９]+丁目)?)(.*)$/.exec(line);
  return { town: m?.[1] ?? line, block: m?.[2] ?? '', building };
}

async function placeAddress(value: string, zip: string, citiesOf: CitiesOf | undefined, out: Placement[], unplaced: UnplacedValue[], notes: string[]): Promise<void> {
  const parts = await splitAddress(value, citiesOf);
  const rest = splitAddressRest(parts.rest);
  const pieces = { prefecture: parts.prefecture, city: parts.city, ...rest };
  const placed: string[] = [];
  for (const [part, piece] of Object.entries(pieces)) {
    if (piece === '') continue;
    out.push({ path: `oldAddress.${part}`, value: piece, from: 'address' });
    placed.push(`oldAddress.${part}`);
  }
  if (parts.postalCode) {
    if (!zip) {
      out.push({ path: 'oldAddress.postalCode', value: parts.postalCode, from: 'address' });
      placed.push('oldAddress.postalCode');
    } else if (parts.postalCode !== zip) {
      unplaced.push({ field: 'address', value: parts.postalCode });
      notes.push('address: its postal code differs from zip; kept as unplaced');
    }
  }
  if (placed.length > 0) notes.push(`address → ${placed.join(', ')} (the prototype's one address was the current one)`);
  else if (parts.postalCode === zip) notes.push('address: held only the postal code already read from zip');
}

export async function migrateV0(raw: Record<string, unknown>, citiesOf?: CitiesOf): Promise<StepResult> {
  const out: Placement[] = [];
  const notes: string[] = [];
  const unplaced: UnplacedValue[] = [];
  const keep = (field: string, value: string, why: string) => {
    unplaced.push({ field, value });
    notes.push(`${field}: ${why}; kept as unplaced`);
  };
  const place = (from: string, entries: [string, string][], how = '') => {
    for (const [path, value] of entries) out.push({ path, value, from });
    notes.push(`${from} → ${entries.map(([p]) => p).join(', ')}${how ? ` (${how})` : ''}`);
  };

  const zip = typeof raw.zip === 'string' ? normalisePostal(raw.zip) : '';
  for (const [field, value] of Object.entries(raw)) {
    if (field === 'schemaVersion') continue;
    if (typeof value !== 'string') {
      if (value !== undefined && value !== null) keep(field, JSON.stringify(value), 'not text');
      continue;
    }
    const text = value.trim();
    if (text === '') continue;
    switch (field) {
      case 'name': {
        const parts = splitName(text);
        if (parts) place(field, [['name.family', parts[0]], ['name.given', parts[1]]], 'split at the space');
        else keep(field, value, 'no space between family and given name');
        break;
      }
      case 'kana': {
        const parts = isKanaOnly(text) ? splitName(toKatakana(text)) : null;
        if (parts) place(field, [['name.familyKana', parts[0]], ['name.givenKana', parts[1]]], 'katakana, split at the space');
        else keep(field, value, 'not kana split by a space');
        break;
      }
      case 'zip':
        if (zip) place(field, [['oldAddress.postalCode', zip]], '7 digits');
        else keep(field, value, 'not a 7-digit postal code');
        break;
      case 'address':
        await placeAddress(text, zip, citiesOf, out, unplaced, notes);
        break;
      case 'tel': {
        const phone = normalisePhone(text);
        if (phone) place(field, [['phone', phone]], 'digits only');
        else keep(field, value, 'not a Japanese phone number');
        break;
      }
      case 'movingDay': {
        const date = parseDate(text);
        if (date) {
          const iso = `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
          place(field, [['move.date', iso]], 'YYYY-MM-DD');
        } else keep(field, value, 'not a date');
        break;
      }
      default:
        keep(field, value, 'no field in version 1');
    }
  }

  // A value that does not validate in version 1 (too long, say) is taken out and kept, never dropped.
  for (;;) {
    const data: Record<string, unknown> = { schemaVersion: 1 };
    for (const p of out) setPath(data, p.path, p.value);
    const parsed = parseProfile(data);
    if (parsed.ok) return { data, notes, unplaced };
    const failing = out.filter((p) => parsed.issues.some((issue) => issue.path === p.path));
    if (failing.length === 0) return { data, notes, unplaced };
    for (const p of failing) {
      const issue = parsed.issues.find((i) => i.path === p.path);
      out.splice(out.indexOf(p), 1);
      keep(p.from, p.value, `${p.path} did not validate (${issue?.message})`);
    }
  }
}

import { ADDRESS_DERIVED, ADDRESS_PARTS, ADDRESS_RUNS, type FieldPart } from '../profile/keys';
import { t } from './i18n';
import { keyLabel } from './key-label';

// The keys a person can choose for a guessed field, grouped like the profile editor.

export interface KeyOption {
  value: string;
  label: string;
}

export function encodeChoice(key: string | null, part?: FieldPart): string {
  return key === null ? '' : part === undefined ? key : `${key}|${part}`;
}

export function decodeChoice(value: string): { key: string | null; part?: FieldPart } {
  if (!value) return { key: null };
  const [key, part] = value.split('|');
  if (part === undefined) return { key };
  return { key, part: /^\d$/.test(part) ? (Number(part) as FieldPart) : (part as FieldPart) };
}

function withParts(key: string, parts: FieldPart[]): KeyOption[] {
  return [{ value: key, label: keyLabel(key) }, ...parts.map((p) => ({ value: encodeChoice(key, p), label: keyLabel(key, p) }))];
}

const DATE_PARTS: FieldPart[] = ['year', 'month', 'day', 'era'];

export function keyOptionGroups(): { group: string; options: KeyOption[] }[] {
  const address = (side: 'oldAddress' | 'newAddress') =>
    [...ADDRESS_PARTS, ...ADDRESS_DERIVED, ...(Object.keys(ADDRESS_RUNS) as string[])].flatMap((part) =>
      part === 'postalCode' ? withParts(`${side}.postalCode`, [1, 2]) : [{ value: `${side}.${part}`, label: keyLabel(`${side}.${part}`) }],
    );
  return [
    {
      group: 'section_name',
      options: [
        ...['name.family', 'name.given', 'name.full', 'name.familyKana', 'name.givenKana', 'name.fullKana', 'name.familyRomaji', 'name.givenRomaji'].map((k) => ({ value: k, label: keyLabel(k) })),
        ...withParts('birthDate', DATE_PARTS),
        { value: 'gender', label: keyLabel('gender') },
      ],
    },
    { group: 'section_oldAddress', options: address('oldAddress') },
    { group: 'section_newAddress', options: address('newAddress') },
    {
      group: 'section_contact',
      options: [...withParts('phone', [1, 2, 3]), ...withParts('phoneAlt', [1, 2, 3]), { value: 'email', label: keyLabel('email') }, { value: 'emailConfirm', label: keyLabel('emailConfirm') }],
    },
    { group: 'section_move', options: ['move.date', 'move.stopDate', 'move.startDate'].flatMap((k) => withParts(k, DATE_PARTS)) },
  ];
}

interface KeySelectProps {
  /** The accessible name: which field of the page the key is for. */
  label: string;
  value: string;
  onChange: (value: string) => void;
}

/** The profile key for one field of the page, grouped like the editor, with 「入力しない」 first. A key
 * outside the groups (a recognised part the list does not offer) is kept as its own option. */
export function KeySelect({ label, value, onChange }: KeySelectProps) {
  const groups = keyOptionGroups();
  const listed = value === '' || groups.some((g) => g.options.some((o) => o.value === value));
  const extra = listed ? null : decodeChoice(value);
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
      <option value="">{t('guessNoKey')}</option>
      {groups.map((g) => (
        <optgroup key={g.group} label={t(g.group)}>
          {g.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </optgroup>
      ))}
      {extra && extra.key !== null && <option value={value}>{keyLabel(extra.key, extra.part)}</option>}
    </select>
  );
}

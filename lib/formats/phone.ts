// Japanese phone numbers, grouped the way libphonenumber's Japan rules group them nationally.
import { parsePhoneNumberFromString } from 'libphonenumber-js/core';
import type { MetadataJson } from 'libphonenumber-js/core';
import japanMetadata from './phone-metadata.jp.json';
import { toFullwidthAscii } from './width';

const metadata = japanMetadata as unknown as MetadataJson;

function nationalFormat(value: string): string | null {
  const text = value.normalize('NFKC').trim();
  if (!/^[+0-9\s\-‐‑‒–—―−－()ー]+$/.test(text) || !/\d/.test(text)) return null;
  const cleaned = text.replace(/[‐‑‒–—―−－ー]/g, '-');
  try {
    const number = parsePhoneNumberFromString(cleaned, 'JP', metadata);
    if (!number || number.country !== 'JP' || !number.isValid()) return null;
    const national = number.formatNational();
    return /^0\d+-\d+-\d+$/.test(national) ? national : null;
  } catch {
    return null;
  }
}

/** National grouping: '0312345678' → ['03','1234','5678'], '0120123456' → ['0120','123','456']. */
export function groupPhone(value: string): [string, string, string] | null {
  const national = nationalFormat(value);
  if (!national) return null;
  const groups = national.split('-');
  return groups.length === 3 ? [groups[0], groups[1], groups[2]] : null;
}

/** Digits of the national number ('09012345678'), '' when the value is no Japanese number. */
export function normalisePhone(value: string): string {
  const national = nationalFormat(value);
  return national ? national.replace(/\D/g, '') : '';
}

export function formatPhoneDigits(value: string): string {
  return normalisePhone(value) || value;
}

export function formatPhoneHyphen(value: string): string {
  return groupPhone(value)?.join('-') ?? value;
}

export function formatPhoneHyphenFullwidth(value: string): string {
  const groups = groupPhone(value);
  return groups ? toFullwidthAscii(groups.join('-')) : value;
}

// Address runs: several neighbouring address parts written into one input.
import { ADDRESS_RUNS } from './parts';
import type { AddressPart, AddressRun } from './parts';

export type AddressParts = Partial<Record<AddressPart, string>>;

/** 建物名・部屋番号 as one value: the stored building, or building name and room joined. */
export function buildingOf(parts: AddressParts): string {
  const building = parts.building?.trim() ?? '';
  if (building) return building;
  return [parts.buildingName, parts.room]
    .map((p) => p?.trim() ?? '')
    .filter((p) => p !== '')
    .join(' ');
}

/**
 * Joins the parts of a run the way Japanese addresses are written: prefecture to block run
 * together, the building set off by one space.
 */
export function composeAddress(parts: AddressParts, run: AddressRun | 'line1' | 'full'): string {
  let text = '';
  for (const part of ADDRESS_RUNS[run]) {
    const piece = part === 'building' ? buildingOf(parts) : (parts[part]?.trim() ?? '');
    if (!piece) continue;
    text += part === 'building' && text !== '' ? ` ${piece}` : piece;
  }
  return text;
}

// Address runs: several neighbouring address parts written into one input, and the notations of
// the prefecture, the 丁目 and the 番地 that a field asks for.
import { ADDRESS_RUNS } from './parts';
import type { AddressPart, AddressRun } from './parts';
import { readTownBlock, writeBlock, writeTown } from './chome';
import { prefectureOf } from './prefecture';
import type { FormatTraits } from './traits';

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

function joinRun(run: readonly AddressPart[], piece: (part: AddressPart) => string): string {
  let text = '';
  for (const part of run) {
    const value = piece(part);
    if (!value) continue;
    text += part === 'building' && text !== '' ? ` ${value}` : value;
  }
  return text;
}

/**
 * Joins the parts of a run the way Japanese addresses are written: prefecture to block run
 * together, the building set off by one space.
 */
export function composeAddress(parts: AddressParts, run: AddressRun | 'line1' | 'full'): string {
  return joinRun(ADDRESS_RUNS[run], (part) => (part === 'building' ? buildingOf(parts) : (parts[part]?.trim() ?? '')));
}

/** Address keys beyond the stored parts and runs: the town without its 丁目, and 丁目 + 番地. */
export type DerivedAddressKey = 'townName' | 'chomeBlock';

type AddressTraits = Pick<FormatTraits, 'prefecture' | 'town' | 'block' | 'chomeNumerals'>;

function runOf(key: AddressPart | AddressRun | DerivedAddressKey): readonly AddressPart[] {
  if (key === 'townName') return ['town'];
  if (key === 'chomeBlock') return ['block'];
  return (ADDRESS_RUNS as Record<string, readonly AddressPart[]>)[key] ?? [key as AddressPart];
}

/**
 * One address key written the way a field asks for it. Parts no trait speaks about stay as the user
 * typed them. `chomeInBlock`: another field of the same address takes the town without its 丁目, so
 * a block written alone carries it (and a town written alone leaves it out).
 */
export function formatAddress(
  parts: AddressParts,
  key: AddressPart | AddressRun | DerivedAddressKey,
  traits: AddressTraits,
  chomeInBlock = false,
): string {
  const run = runOf(key);
  const tb = readTownBlock(parts.town ?? '', parts.block ?? '');
  const hasChome = tb.chome !== undefined;
  const hasTown = run.includes('town');
  const hasBlock = run.includes('block');

  let chomeInTown: boolean;
  if (key === 'townName' || key === 'chomeBlock') chomeInTown = false;
  else if (traits.town) chomeInTown = traits.town === 'withChome';
  else if (hasTown && hasBlock) chomeInTown = traits.block ? false : tb.chomeIn !== 'block';
  else if (hasTown) chomeInTown = !chomeInBlock && (tb.chomeIn !== 'block' || traits.chomeNumerals !== undefined);
  else chomeInTown = !chomeInBlock && tb.chomeIn !== 'block';

  const town = (): string => {
    if (!hasChome || (chomeInTown === (tb.chomeIn === 'town') && !traits.chomeNumerals)) return parts.town?.trim() ?? '';
    return writeTown(tb, chomeInTown, traits.chomeNumerals);
  };
  const block = (): string => {
    const withChome = hasChome && !chomeInTown;
    if (!traits.block && !traits.chomeNumerals && (!hasChome || withChome === (tb.chomeIn === 'block'))) {
      return parts.block?.trim() ?? '';
    }
    return writeBlock(tb, withChome, { notation: traits.block, numerals: traits.chomeNumerals });
  };
  const prefecture = (): string => {
    const typed = parts.prefecture?.trim() ?? '';
    if (traits.prefecture === 'omit') return '';
    if (traits.prefecture === 'short') return prefectureOf(typed)?.short ?? typed;
    if (traits.prefecture === 'name') return prefectureOf(typed)?.name ?? typed;
    return typed;
  };
  const typedPiece = (part: AddressPart) => (part === 'building' ? buildingOf(parts) : (parts[part]?.trim() ?? ''));
  const written = joinRun(run, (part) => {
    if (part === 'town') return town();
    if (part === 'block') return block();
    if (part === 'prefecture') return prefecture();
    return typedPiece(part);
  });
  // A notation the user already typed keeps the typed text, its width among others (width is a trait of its own).
  const typed = joinRun(run, typedPiece);
  return written.normalize('NFKC') === typed.normalize('NFKC') ? typed : written;
}

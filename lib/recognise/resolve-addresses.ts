// Which parts of an address each input takes, and whether the address is the old or the new home.
// A form's inputs share the parts between them, so an input captioned only 住所 takes whatever the
// other inputs of its address leave over, and a gap (市区町村 then 番地) widens the input before it.

import { ADDRESS_RUNS } from '../profile/keys';
import { fire, maxLength, ownCaptions, together, VISIBLE_CAPTION_KINDS, writtenCaptions, type Candidate } from './candidate';
import { groupBy } from './group-by';
import { stripDecorations } from './normalise-text';
import type { PageSide } from './page-side';
import { readExample, readSampleValue } from './read-example';
import { partRange } from './read-text';
import { ADDRESS_BODY, BLOCK, BUILDING, CITY, POSTAL, PREF, TOWN, highestBit, lowestBit } from './reading';

const BIT_OF_PART: Record<string, number> = { prefecture: PREF, city: CITY, town: TOWN, block: BLOCK, building: BUILDING };
const SINGLE: Record<number, string> = { [PREF]: 'prefecture', [CITY]: 'city', [TOWN]: 'town', [BLOCK]: 'block', [BUILDING]: 'building' };
const RUN_OF_BITS = new Map<number, string>();
for (const [run, parts] of Object.entries(ADDRESS_RUNS)) RUN_OF_BITS.set(parts.reduce((bits, p) => bits | BIT_OF_PART[p], 0), run);

/** The key suffix for a set of parts (`city`, `afterPrefecture`…), or null when none names it. */
export function addressPartKey(bits: number): string | null {
  return SINGLE[bits] ?? RUN_OF_BITS.get(bits) ?? null;
}

/**
 * 住所フリガナ [ ] then 番地フリガナ [ ]: the reading is split over boxes, so the first spells only the
 * parts before the next; no key holds a part's reading.
 */
export function resolveSplitAddressKana(candidates: Candidate[]): void {
  for (let i = 0; i + 1 < candidates.length; i++) {
    const c = candidates[i];
    const next = candidates[i + 1];
    if (c.excluded || next.excluded || c.form !== next.form || c.interp.type !== 'address' || next.interp.type !== 'address') continue;
    if (c.interp.reading.addressSpecial !== 'kana' || next.interp.reading.addressSpecial !== 'partKana') continue;
    c.interp.reading.addressSpecial = 'partKana';
    fire(c, 'address.split-kana');
  }
}

/** The parts a set of bits holds, lowest first. */
function bitsOf(parts: number): number[] {
  const out: number[] = [];
  for (let b = PREF; b <= BUILDING; b <<= 1) if (parts & b) out.push(b);
  return out;
}

/** Whether a caption the person reads (its label, the words before it) is `text`. */
function sharesCaption(c: Candidate, text: string): boolean {
  return c.context.texts.some((t) => (t.kind === 'before' || t.kind === 'label') && t.text === text);
}

/**
 * 都道府県　市区町村 over [ ] [ ]: one line of part words over as many boxes side by side gives each box
 * its part in order; a part the words skip (市区町村・番地) goes to the box before the gap.
 */
export function resolveSharedPartCaption(candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.excluded || c.interp.type !== 'address' || c.control.kind !== 'text') continue;
    const caption = c.context.texts.find((t) => t.kind === 'before' || t.kind === 'label');
    const parts = bitsOf(c.interp.reading.addressParts ?? 0);
    if (!caption || parts.length < 2 || !/[\s・/／、]/.test(caption.text)) continue;
    const run = candidates.slice(i, i + parts.length);
    const same = run.length === parts.length && run.every((r, k) =>
      !r.excluded && r.form === c.form && r.interp.type === 'address' && r.control.kind === 'text' && r.interp.reading.addressParts === c.interp.reading.addressParts &&
      sharesCaption(r, caption.text) && (k === 0 || together(run[k - 1], r)));
    const next = candidates[i + parts.length];
    if (!same || (next && !next.excluded && next.interp.type === 'address' && sharesCaption(next, caption.text))) continue;
    run.forEach((r, k) => {
      r.interp.reading.addressParts = k + 1 < parts.length ? partRange(parts[k], parts[k + 1] >> 1) : parts[k];
      fire(r, 'address.shared-caption');
    });
    i += parts.length - 1;
  }
}

const ROOM_CLAIM = 64;

function highestBitBelow(bits: number, limit: number): number {
  for (let b = limit >> 1; b >= PREF; b >>= 1) if (bits & b) return b;
  return 0;
}

/**
 * 市区町村 [ ] それ以降 [ ]: a box captioned only "after that" takes the parts after the box before;
 * with no address box right before it, it names nothing.
 */
export function resolveRestAfterPrevious(candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.excluded || c.interp.type !== 'address' || !c.interp.reading.restAfterPrevious) continue;
    const prev = candidates[i - 1];
    const parts = prev && !prev.excluded && prev.form === c.form && prev.interp.type === 'address' ? (prev.interp.reading.addressParts ?? 0) : 0;
    const highest = highestBit(parts);
    const rest = highest && highest < BUILDING ? partRange(highest << 1, BUILDING) : 0;
    if (rest) {
      c.interp.reading.addressParts = rest;
      fire(c, 'address.after-asked-part');
    } else {
      c.interp.type = undefined;
      c.interp.reading.type = undefined;
    }
  }
}

interface Block {
  members: Candidate[];
  claimed: number;
  form: Element | null;
  scope: string;
  side?: 'old' | 'new';
  sideFromField: boolean;
}

function isAddress(c: Candidate): boolean {
  return !c.excluded && c.interp.type === 'address' && c.scope !== 'other';
}

const WHOLE_ADDRESS_CAPTION = /住所|所在地|address/;

function hasOwnAddressCaption(c: Candidate): boolean {
  return writtenCaptions(c).some((t) => WHOLE_ADDRESS_CAPTION.test(t));
}

const OTHER_VALUES = new Set(['name', 'phone', 'email', 'date', 'customerNumber', 'gender']);

/** Whether `c` may go on in the block being read: same form, same person, no other side named. */
function sameBlock(current: Block, c: Candidate, scope: string, side: 'old' | 'new' | undefined): boolean {
  return current.form === c.form && current.scope === scope && !(side && current.side && side !== current.side);
}

function blocksOf(candidates: Candidate[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  // 建物名 / 部屋番号, then 電話 and メール, then 転居先住所: the parts of one address are asked together.
  let interrupted = false;
  for (const c of candidates) {
    if (!isAddress(c)) {
      if (!c.excluded && c.interp.type && OTHER_VALUES.has(c.interp.type)) interrupted = true;
      continue;
    }
    const parts = c.interp.reading.addressParts ?? 0;
    const special = c.interp.reading.addressSpecial;
    // 建物名 and 部屋番号 asked apart both take the building: the room claims a bit of its own.
    let claims = special === 'kana' || special === 'partKana' ? 0 : special === 'room' ? ROOM_CLAIM : parts;
    const scope = `${c.scope}:${c.householdIndex ?? ''}`;
    const side = c.interp.side;
    // 市区町村以下 followed by its own 建物名 box: the run stops before the building.
    const previous = current?.members[current.members.length - 1];
    const previousParts = previous?.interp.reading.addressParts ?? 0;
    if (
      current &&
      previous &&
      claims === BUILDING &&
      previousParts !== BUILDING &&
      (previousParts & BUILDING) !== 0 &&
      sameBlock(current, c, scope, side)
    ) {
      previous.interp.reading.addressParts = previousParts & ~BUILDING;
      current.claimed &= ~BUILDING;
    }
    // 市区町村 [例)港区地球人1-1-1] then 番地 [ ]: the example widened the box before past its caption;
    // a part this box names is this box's, and the address goes on.
    const beforeParts = previous?.interp.reading.addressParts ?? 0;
    const widenedOnly = beforeParts & ~(previous?.interp.reading.captionParts ?? beforeParts);
    const overlap = claims & beforeParts;
    // [p-locality p-street-address] then 7.住所（番地・部屋番号・建物名）: so do the parts a postal lookup's
    // classes gave the box before, which say what the lookup writes, not where the user types on.
    const yields = (overlap & ~widenedOnly) === 0 || (!!previous?.interp.reading.partsFromLookupClass && previous.index + 1 === c.index);
    if (current && previous && overlap && yields && addressPartKey(beforeParts & ~overlap) && sameBlock(current, c, scope, side)) {
      previous.interp.reading.addressParts = beforeParts & ~overlap;
      current.claimed &= ~overlap;
      fire(previous, 'address.example-yields');
    }
    // 都道府県 [select] then ご住所（都道府県以下）: a range that starts at the part the box before
    // asks for goes on after that box (市区町村 [△△市□□町] then 市区町村以降: after the town).
    const lowest = lowestBit(claims);
    if (
      current &&
      previous &&
      c.interp.reading.rangeFromNamedPart &&
      (previousParts & lowest) !== 0 &&
      (previousParts & ~claims) === 0 &&
      (claims & ~previousParts) !== 0 &&
      (current.claimed & lowest) !== 0 &&
      sameBlock(current, c, scope, side)
    ) {
      claims &= ~previousParts;
      c.interp.reading.addressParts = claims;
      fire(c, 'address.after-asked-part');
    }
    // 都道府県 [ ] then ご住所（建物名・部屋番号まで入力）: a range named only by where it ends starts
    // after the parts the block has asked for already; so does an example that starts the address over
    // (都道府県 [▾] then 市町村（例：東京都中央区○-○-○）).
    const asked = current ? claims & current.claimed : 0;
    if (
      current &&
      (c.interp.reading.rangeToNamedPart || (c.interp.reading.partsFromExample && (claims & CITY) !== 0)) &&
      asked !== 0 &&
      (claims & ~asked) !== 0 &&
      highestBit(asked) < lowestBit(claims & ~asked) &&
      sameBlock(current, c, scope, side)
    ) {
      claims &= ~asked;
      c.interp.reading.addressParts = claims;
      fire(c, 'address.after-asked-part');
    }
    // Two rows each captioned as a whole address (設置場所住所, ご契約者住所) are two addresses;
    // 住所1 / 住所2 or two boxes under one caption share one.
    const secondWhole =
      !!previous &&
      claims === 0 &&
      previousParts === 0 &&
      !c.interp.reading.addressLine &&
      !previous.interp.reading.addressLine &&
      !special &&
      !previous.interp.reading.addressSpecial &&
      previous.context.group !== c.context.group &&
      previous.context.header !== c.context.header &&
      hasOwnAddressCaption(c) &&
      hasOwnAddressCaption(previous);
    const fresh =
      !current ||
      secondWhole ||
      (interrupted && !!side && !!c.interp.sideFromField && current.side !== side) ||
      // 物件名 / 号室 under 物件情報, then a block under 転居先住所: a heading that names a side and
      // did not cover the boxes before starts a new address.
      (!!side && !c.interp.sideFromField && !current.side && current.members.length > 0) ||
      current.form !== c.form ||
      current.scope !== scope ||
      (side && current.side && side !== current.side) ||
      // 物件名 / 号室 then 転居先住所: a whole address captioned with its side starts its own block.
      (side && c.interp.sideFromField && !current.side && (claims === 0 || !!c.interp.reading.partsFromExample) && current.claimed !== 0) ||
      (c.part !== 2 && (claims & current.claimed) !== 0);
    if (fresh) {
      current = { members: [], claimed: 0, form: c.form, scope, sideFromField: false };
      blocks.push(current);
    }
    interrupted = false;
    const block = current!;
    block.members.push(c);
    if (!(c.part === 2 && claims === POSTAL)) block.claimed |= claims;
    if (side && !block.side) {
      block.side = side;
      block.sideFromField = c.interp.sideFromField;
    } else if (side && c.interp.sideFromField && !block.sideFromField) {
      block.side = side;
      block.sideFromField = true;
    }
  }
  return blocks;
}

/** Whether an example among the field's words shows address parts that pass `test`. */
function someExample(c: Candidate, test: (parts: number) => boolean): boolean {
  return c.context.texts.some((t) => {
    const example = readExample(t.text);
    if (example) return test(example.reading.addressParts ?? 0);
    // [丸の内1-1-1 〇〇ビル 10F]: a placeholder that is a sample address shows its parts as an example does.
    if (t.kind !== 'placeholder' || !/\d/.test(t.text)) return false;
    const sample = readSampleValue(t.text);
    return sample?.type === 'address' && test(sample.addressParts ?? 0);
  });
}

function exampleShowsTown(c: Candidate): boolean {
  return someExample(c, (parts) => !!(parts & TOWN));
}

const TOWN_WORD = /丁目|町名|町域|町村名/;
const TOWN_IDENTIFIER = /town|chome|choume|cho_?me/i;

function namesTown(c: Candidate): boolean {
  const el = c.control.element;
  return writtenCaptions(c).some((t) => TOWN_WORD.test(t)) ||
    TOWN_IDENTIFIER.test(`${el.getAttribute('name') ?? ''} ${el.getAttribute('id') ?? ''}`);
}

function exampleStopsAtCity(c: Candidate): boolean {
  return someExample(c, (parts) => parts === CITY);
}

/**
 * 住所 [        ] [住所自動入力] / [                    ]: with no postal code asked elsewhere in the
 * block, a first box that takes exactly a postal code (maxlength 7 or 8) under a caption asking the
 * address is the postal code.
 */
function resolveShortFirstBox(block: Block): void {
  if (block.members.some((c) => c.interp.reading.addressParts === POSTAL)) return;
  const generic = block.members.filter((c) => c.control.kind === 'text' && !c.interp.reading.addressParts && !c.interp.reading.addressSpecial);
  const first = generic[0];
  const max = first ? maxLength(first) : null;
  if (generic.length < 2 || first !== block.members[0] || (max !== 7 && max !== 8)) return;
  first.interp.reading.addressParts = POSTAL;
  fire(first, 'split.postal-shape');
}

/** 住所2（任意）, 住所２: a second line of the address, offered for what does not fit the first. */
function isOverflowLine(c: Candidate): boolean {
  // Caption texts are normalised already (NFKC), and stripDecorations drops 任意 and required marks.
  return ownCaptions(c).some((t) => /^(?:ご)?住所\s*2(?:\s*\(\s*省略可\s*\))?$/.test(stripDecorations(t)));
}

function resolveBlockParts(block: Block): void {
  resolveShortFirstBox(block);
  const body = block.members.filter((c) => {
    const s = c.interp.reading.addressSpecial;
    return s !== 'kana' && s !== 'partKana' && c.interp.reading.addressParts !== POSTAL;
  });
  for (const c of body) c.addressParts = c.interp.reading.addressParts ?? 0;
  const claimed = body.reduce((bits, c) => bits | (c.addressParts ?? 0), 0);
  let generics = body.filter((c) => !c.addressParts);
  let unclaimed = ADDRESS_BODY & ~claimed;
  // 住所 〒[ ] [選択してください▾] [ ] [ ]: a list first among boxes captioned only 住所 is the prefecture;
  // so is a lone list first before boxes that name the parts after it (住所（市区）, 住所（町村以下）).
  const listFirst = generics[0]?.control.kind === 'select' && generics[0] === body[0] && !!(unclaimed & PREF);
  if (listFirst && ((generics.length >= 2 && generics.length <= 3 && generics.slice(1).every((c) => c.control.kind !== 'select')) || (generics.length === 1 && body.length >= 2 && claimed & CITY))) {
    generics[0].addressParts = PREF;
    fire(generics[0], 'address.rest');
    generics = generics.slice(1);
    unclaimed &= ~PREF;
  }
  if (generics.length === 1) {
    generics[0].addressParts = unclaimed;
  } else if (generics.length === 2) {
    const [first, second] = generics;
    if (unclaimed & BUILDING && unclaimed !== BUILDING) {
      first.addressParts = unclaimed & ~BUILDING;
      second.addressParts = BUILDING;
    } else if (unclaimed && isOverflowLine(second)) {
      // 住所 [ ] 住所2（任意） [ ] 建物名 [ ]: the parts left go in the first line; the optional second
      // is room for a long address, which no part of the profile's needs.
      first.addressParts = unclaimed;
    }
  }
  for (const c of generics) if (c.addressParts) fire(c, 'address.rest');

  // Fill gaps between the parts asked: the input just before a gap takes the missing parts.
  let covered = body.reduce((bits, c) => bits | (c.addressParts ?? 0), 0);
  if (!covered) return;
  let low = PREF;
  while (low <= BUILDING && !(covered & low)) low <<= 1;
  let high = BUILDING;
  while (high >= PREF && !(covered & high)) high >>= 1;
  for (let bit = low; bit <= high; bit <<= 1) {
    if (covered & bit) continue;
    // 市区町村 / 番地 with no 町名 box: the town is written with the city (渋谷区神南 / 1-2-3) unless the
    // number box shows or names the town (例：神南1-2-3, 丁目番地, name="town") or the city box's
    // example stops at the city (例：新宿区).
    if (bit === TOWN) {
      // 番地・建物名 [丸の内1-1-1 〇〇ビル] counts as the number box too: its parts start at the block.
      const numberBox = body.find((c) => lowestBit(c.addressParts ?? 0) === BLOCK);
      const cityBox = body.find((c) => (c.addressParts ?? 0) & CITY);
      // 市区町村 [例）新発田市大手町] then 丁目・番地 [例）6丁目4-80]: the city box's example shows the town in it.
      const townInNumberBox = !!numberBox && !!cityBox && (exampleShowsTown(numberBox) || (!exampleShowsTown(cityBox) && (namesTown(numberBox) || exampleStopsAtCity(cityBox))));
      if (numberBox && townInNumberBox && addressPartKey((numberBox.addressParts ?? 0) | TOWN)) {
        numberBox.addressParts = (numberBox.addressParts ?? 0) | TOWN;
        fire(numberBox, 'address.gap');
        continue;
      }
    }
    const below = highestBitBelow(covered, bit);
    const owner = body.find((c) => (c.addressParts ?? 0) & below);
    if (owner && owner.control.kind !== 'select' && addressPartKey((owner.addressParts ?? 0) | bit)) {
      owner.addressParts = (owner.addressParts ?? 0) | bit;
      fire(owner, 'address.gap');
      continue;
    }
    // 都道府県 [select] then 住所・番地: a list of prefectures takes nothing more, so the box after the
    // gap takes the parts before its own.
    const next = body.find((c) => lowestBit(c.addressParts ?? 0) > bit);
    const gap = next ? lowestBit(next.addressParts ?? 0) - bit : 0;
    if (owner?.control.kind === 'select' && next && next.control.kind !== 'select' && addressPartKey((next.addressParts ?? 0) | gap)) {
      next.addressParts = (next.addressParts ?? 0) | gap;
      covered |= gap;
      fire(next, 'address.gap');
    }
  }

  // 例：東京都港区芝2-32-1 under a lone 住所 box: an example rarely shows a building, so where no box
  // asks for one the box the example ends in takes it.
  const last = body[body.length - 1];
  if (last && !(covered & BUILDING) && (last.addressParts ?? 0) & BLOCK && last.interp.reading.partsFromExample) {
    const wider = (last.addressParts ?? 0) | BUILDING;
    if (addressPartKey(wider)) {
      last.addressParts = wider;
      fire(last, 'address.example-building');
    }
  }

  // 引越先のご住所 [例：大阪府堺市] or [例: 栃木県那須塩原市○○] as the block's only box: the example shows
  // how the address starts; the box takes all of it.
  const namesAddress = (c: Candidate) => ownCaptions(c).some((t) => /住所|所在地|address/.test(t));
  // ○○ where the town would be stands for the rest of the address, not for a town alone.
  const endsInBlank = (c: Candidate) => c.context.texts.some((t) => t.kind === 'placeholder' && /[市区町村郡][○〇●◯]{2,}\s*$/.test(t.text));
  if (body.length === 1 && last.control.kind !== 'select' && last.interp.reading.partsFromExample && namesAddress(last)) {
    const parts = last.addressParts ?? 0;
    // 患者様のご住所 [東京都]: a sample of the prefecture alone shows only where the address starts too.
    const showsStart = !(covered & (BLOCK | BUILDING)) && (!(covered & TOWN) || endsInBlank(last)) && (!addressPartKey(parts) || parts === PREF);
    // 京都府京都市下京区烏丸通七条下ル: a sample from the prefecture to a street named the Kyoto way
    // (通, 上ル, 下ル, 東入, 西入) is a whole address, though no part key spans what it shows.
    const kyotoStreet = () => last.context.texts.some((t) => t.kind === 'placeholder' && /通.{0,8}(?:[上下]ル|[東西]入)/.test(t.text));
    const wholeFromPrefecture = !showsStart && !addressPartKey(parts) && !!(parts & PREF) && !(covered & BUILDING) && kyotoStreet();
    if (showsStart || wholeFromPrefecture) {
      last.addressParts = partRange(lowestBit(last.addressParts ?? PREF), BUILDING);
      fire(last, 'address.example-building');
    }
  }

  // 住所 [class="p-region p-locality p-street-address"]: the lookup writes the start and the user types
  // on; with no box after it for the block or the building, the box takes them.
  if (last && !(covered & (BLOCK | BUILDING)) && last.interp.reading.partsFromLookup && last.control.kind !== 'select') {
    const wider = (last.addressParts ?? 0) | BLOCK | BUILDING;
    if (addressPartKey(wider)) {
      last.addressParts = wider;
      fire(last, 'address.lookup-rest');
    }
  }

  const room = body.some((c) => c.interp.reading.addressSpecial === 'room');
  for (const c of body) {
    if (c.interp.reading.addressSpecial === 'buildingName' && !room) c.interp.reading.addressSpecial = undefined;
    if (c.interp.reading.addressSpecial === undefined && room && c.addressParts === BUILDING) c.interp.reading.addressSpecial = 'buildingName';
  }
}

/**
 * Whether a block is an address of its own: it asks a postal code, a prefecture or a whole address.
 * Boxes split off only because two captions claim one part (住所 [渋谷区] then 市区町村 [道玄坂1-1-1])
 * continue the address before them; they are no second home.
 */
function opensAddress(block: Block): boolean {
  return block.members.some((c) => {
    const parts = c.interp.reading.addressParts ?? 0;
    return parts & (POSTAL | PREF) || (parts === 0 && !c.interp.reading.addressSpecial && hasOwnAddressCaption(c));
  });
}

/**
 * Decides each address block's side. A block whose captions and headings name no side is the old
 * home when it is alone; two unnamed blocks of one form are read as old then new.
 */
function resolveSides(blocks: Block[], pageSide: PageSide | null, candidates: Candidate[]): void {
  // 別の住所に送付する with 転居(予定)日 in the same table: the address is where the user moves to.
  const moveTables = new Set(
    candidates
      .filter((c) => !c.excluded && c.interp.type === 'date' && c.interp.reading.dateKind === 'move' && c.scope === 'main')
      .map((c) => c.control.element.closest('table'))
      .filter((t): t is HTMLTableElement => !!t),
  );
  for (const b of blocks) {
    if (b.side || !moveTables.size) continue;
    const table = b.members[0].control.element.closest('table');
    if (table && moveTables.has(table) && b.members.every((c) => c.control.element.closest('table') === table)) {
      b.side = 'new';
      for (const c of b.members) fire(c, 'side.move-date-beside');
    }
  }
  for (const list of groupBy(blocks, (b) => b.form)) {
    // The current address shown as text reads as a heading of old; the one block below it is the new.
    if (pageSide?.rule === 'side.shown-current' && list.length === 1 && list[0].side === 'old' && !list[0].sideFromField) {
      list[0].side = 'new';
      for (const c of list[0].members) fire(c, 'side.shown-current');
      continue;
    }
    const named = list.filter((b) => b.side);
    let unnamed = list.filter((b) => !b.side);
    if (!unnamed.length) continue;
    // 住所１ … 住所２ … 住所３, each block with its own postal code and no side named: an address book
    // of the member's other addresses; the profile's own address is the first.
    if (!named.length && unnamed.length >= 2) {
      const stem = numberedStem(unnamed[0], 1);
      const extra = stem === null ? [] : unnamed.slice(1).filter((b) => b.members.some((c) => (c.interp.reading.addressParts ?? 0) & POSTAL) && numberedStem(b, 2) === stem);
      if (extra.length === unnamed.length - 1) {
        for (const b of extra) for (const c of b.members) {
          c.scope = 'other';
          fire(c, 'address.numbered-extra');
        }
        unnamed = [unnamed[0]];
      }
    }
    if (pageSide && !named.length && unnamed.length === 1) {
      unnamed[0].side = pageSide.side;
      for (const c of unnamed[0].members) fire(c, pageSide.rule);
    } else if (named.length) {
      const other = named.some((b) => b.side === 'new') && !named.some((b) => b.side === 'old') ? 'old' : 'new';
      for (const b of unnamed) {
        b.side = other;
        for (const c of b.members) fire(c, 'side.other-block');
      }
    } else if (unnamed.length === 2 && opensAddress(unnamed[1])) {
      unnamed[0].side = 'old';
      unnamed[1].side = 'new';
      for (const b of unnamed) for (const c of b.members) {
        fire(c, 'side.block-order');
      }
    } else {
      for (const b of unnamed) {
        b.side = 'old';
        for (const c of b.members) fire(c, 'side.unknown');
      }
    }
  }
  for (const b of blocks) for (const c of b.members) c.side = b.side;
}

const NUMBERED_WHOLE = /^((?:ご)?(?:住所|お届け先|配送先|送付先))\s*([1-9])?$/;

/**
 * The caption stem of a block's whole-address box (住所 of 住所２) when its number is `from` or more
 * (the first block's may carry no number); null when the block has no such caption.
 */
function numberedStem(block: Block, from: number): string | null {
  for (const c of block.members) {
    // [住所２] as a placeholder is the row's caption written in the box.
    for (const t of c.context.texts.filter((x) => VISIBLE_CAPTION_KINDS.has(x.kind)).map((x) => x.text)) {
      const m = NUMBERED_WHOLE.exec(stripDecorations(t));
      if (!m) continue;
      // The first block: 住所 or 住所１; a later one: 住所２ or more, its number written.
      const n = m[2] ? Number(m[2]) : undefined;
      const fits = from === 1 ? n === undefined || n === 1 : n !== undefined && n >= from;
      return fits ? m[1] : null;
    }
  }
  return null;
}

/** 住所(ヨミ) asked in two boxes (市区町村／番地, 建物／部屋番号): neither holds the reading of the whole address. */
function resolveSplitKana(blocks: Block[]): void {
  for (const block of blocks) {
    const kana = block.members.filter((c) => c.interp.reading.addressSpecial === 'kana');
    if (kana.length < 2) continue;
    for (const c of kana) c.interp.reading.addressSpecial = 'partKana';
  }
}

export function resolveAddresses(candidates: Candidate[], pageSide: PageSide | null = null): void {
  const blocks = blocksOf(candidates);
  resolveSplitKana(blocks);
  for (const block of blocks) resolveBlockParts(block);
  resolveSides(blocks, pageSide, candidates);
}

// 丁目 and 番地: reading the town and block however the user typed them (小町二丁目 + 1-1,
// 小町 + 2-1-1, 小町2丁目 + 1番1号, 小町 + 2丁目1-1) and writing the notation a form asks for.
import { normaliseHyphens } from './width';

/** 2-1-1, 2丁目1番1号, 2丁目1-1. */
export type BlockNotation = 'hyphens' | 'words' | 'mixed';
export type Numerals = 'arabic' | 'kanji';

export interface TownBlock {
  /** The town without its 丁目 (小町). */
  townName: string;
  /** The 丁目 number, when there is one. */
  chome?: number;
  /** How the user wrote the 丁目 number. */
  chomeNumerals: Numerals;
  /** Where the user typed the 丁目. */
  chomeIn: 'town' | 'block' | 'none';
  /** 番地, 号 … as numbers, when the block is nothing but numbers and their separators. */
  lots?: number[];
  /** The block after its 丁目, as typed. */
  blockText: string;
}

const KANJI_DIGITS = '〇一二三四五六七八九';
const KANJI_NUMBER = /^[〇一二三四五六七八九十]+$/;

/** 二 → 2, 十一 → 11, 二十 → 20, 一〇 → 10; null for anything else. */
export function kanjiToNumber(text: string): number | null {
  if (!KANJI_NUMBER.test(text)) return null;
  if (!text.includes('十')) {
    return Number(Array.from(text, (ch) => KANJI_DIGITS.indexOf(ch)).join(''));
  }
  const m = /^([一二三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(text);
  if (!m) return null;
  return (m[1] ? KANJI_DIGITS.indexOf(m[1]) : 1) * 10 + (m[2] ? KANJI_DIGITS.indexOf(m[2]) : 0);
}

/** 2 → 二, 11 → 十一, 20 → 二十 (1–99); larger numbers digit by digit. */
export function numberToKanji(n: number): string {
  if (n >= 1 && n <= 99) {
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    const tensText = tens === 0 ? '' : `${tens === 1 ? '' : KANJI_DIGITS[tens]}十`;
    return tensText + (ones === 0 ? '' : KANJI_DIGITS[ones]);
  }
  return Array.from(String(n), (d) => KANJI_DIGITS[Number(d)]).join('');
}

function readNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  return kanjiToNumber(text);
}

const NUMBER = '(\\d+|[〇一二三四五六七八九十]+)';
const CHOME_AT_END = new RegExp(`^(.*?)${NUMBER}\\s*丁目$`);
const CHOME_AT_START = new RegExp(`^${NUMBER}\\s*丁目\\s*(.*)$`);

/** '1-1', '1番1号', '1番地の1', '12番地', '一番一号' → the numbers; null when anything else is mixed in. */
function readLots(block: string): number[] | null {
  const tokens = block
    .split(/\s*(?:-|番地の|番地|番|号|の)\s*/)
    .filter((t) => t !== '');
  if (tokens.length === 0) return [];
  const numbers = tokens.map(readNumber);
  return numbers.every((n): n is number => n !== null) ? numbers : null;
}

/** NFKC, one kind of hyphen, single spaces: two texts equal after this say the same address. */
function normalizeAddressText(value: string): string {
  return normaliseHyphens(value.normalize('NFKC')).replace(/\s+/g, ' ').trim();
}

/** Reads a town and block into the town name, the 丁目 and the 番地・号, whichever part holds the 丁目. */
export function readTownBlock(town: string, block: string): TownBlock {
  const t = normalizeAddressText(town);
  const b = normalizeAddressText(block);
  const inTown = CHOME_AT_END.exec(t);
  if (inTown && inTown[1] !== '') {
    return {
      townName: inTown[1],
      chome: readNumber(inTown[2]) ?? undefined,
      chomeNumerals: /\d/.test(inTown[2]) ? 'arabic' : 'kanji',
      chomeIn: 'town',
      lots: readLots(b) ?? undefined,
      blockText: b,
    };
  }
  const inBlock = CHOME_AT_START.exec(b);
  if (inBlock) {
    return {
      townName: t,
      chome: readNumber(inBlock[1]) ?? undefined,
      chomeNumerals: /\d/.test(inBlock[1]) ? 'arabic' : 'kanji',
      chomeIn: 'block',
      lots: readLots(inBlock[2]) ?? undefined,
      blockText: inBlock[2],
    };
  }
  const lots = readLots(b);
  // 小町 + 2-1-1: three numbers after a town without 丁目 are 丁目-番地-号.
  if (lots && lots.length === 3 && /-/.test(b)) {
    return {
      townName: t,
      chome: lots[0],
      chomeNumerals: 'arabic',
      chomeIn: 'block',
      lots: lots.slice(1),
      blockText: b.replace(/^\d+-/, ''),
    };
  }
  return { townName: t, chomeNumerals: 'arabic', chomeIn: 'none', lots: lots ?? undefined, blockText: b };
}

export interface ChomeWriting {
  notation?: BlockNotation;
  numerals?: Numerals;
}

/** 丁目 as written in a town or block: 2丁目 / 二丁目. */
export function chomeText(tb: TownBlock, numerals: Numerals | undefined): string {
  if (tb.chome === undefined) return '';
  const n = numerals ?? tb.chomeNumerals;
  return `${n === 'kanji' ? numberToKanji(tb.chome) : tb.chome}丁目`;
}

/** The town: with its 丁目 (in the numerals asked for, else as typed) or without. */
export function writeTown(tb: TownBlock, withChome: boolean, numerals?: Numerals): string {
  return withChome ? tb.townName + chomeText(tb, numerals) : tb.townName;
}

function lotsWords(lots: number[]): string {
  if (lots.length === 0) return '';
  if (lots.length === 1) return `${lots[0]}番地`;
  const [ban, go, ...rest] = lots;
  return `${ban}番${go}号${rest.map((n) => `-${n}`).join('')}`;
}

/**
 * The block, with the 丁目 in front when `withChome`. Without a notation the block stays as typed
 * (a moved 丁目 is put in front as a number). A block that is not only numbers keeps its text.
 */
export function writeBlock(tb: TownBlock, withChome: boolean, writing: ChomeWriting): string {
  const chome = withChome ? tb.chome : undefined;
  const { notation } = writing;
  if (!notation || !tb.lots) {
    if (chome === undefined) return tb.blockText;
    if (notation === 'hyphens' || (!notation && !writing.numerals)) {
      return [String(chome), tb.blockText].filter((p) => p !== '').join('-');
    }
    return chomeText(tb, writing.numerals) + tb.blockText;
  }
  if (notation === 'hyphens') {
    return [...(chome !== undefined ? [chome] : []), ...tb.lots].join('-');
  }
  const prefix = chome !== undefined ? chomeText(tb, writing.numerals) : '';
  if (notation === 'mixed') return prefix + tb.lots.join('-');
  return prefix + lotsWords(tb.lots);
}

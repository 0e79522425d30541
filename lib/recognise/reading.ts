/** Bits of an address, in the order a Japanese address is written. */
export const POSTAL = 1;
export const PREF = 2;
export const CITY = 4;
export const TOWN = 8;
export const BLOCK = 16;
export const BUILDING = 32;
/** Every part a "rest of the address" input could take (the postal code is never among them). */
export const ADDRESS_BODY = PREF | CITY | TOWN | BLOCK | BUILDING;

/** The first part (in writing order) among the bits, or 0. */
export function lowestBit(bits: number): number {
  return bits & -bits;
}

/** The last part (in writing order) among the bits, or 0. */
export function highestBit(bits: number): number {
  return bits ? 1 << (31 - Math.clz32(bits)) : 0;
}

export type FieldType =
  | 'name'
  | 'address'
  | 'phone'
  | 'email'
  | 'date'
  | 'gender'
  | 'relationship'
  | 'customerNumber'
  | 'supplyPointId'
  | 'none';

export type DateKind = 'birth' | 'move' | 'stop' | 'start';
export type DatePart = 'year' | 'month' | 'day' | 'era';
export type Side = 'old' | 'new';

import type { RuleId } from './rules';

/** What one piece of evidence says about a field. Every property is optional: evidence is partial. */
export interface Reading {
  type?: FieldType;
  /** 0..1, how clearly this evidence names `type`. */
  strength?: number;
  /** Why a field takes nothing (`floor`, `comment`, `company`…), when `type` is 'none'. */
  negative?: string;
  namePart?: 'family' | 'given' | 'full';
  /** The part was read from a number in the field's name (name1, name2), not from a word. */
  namePartByNumber?: boolean;
  /** The part was read from the field's name or id (sei_furigana), no visible word said it. */
  namePartFromName?: boolean;
  kana?: boolean;
  romaji?: boolean;
  /** Address parts as bits; 0 means "an address" without saying which part. */
  addressParts?: number;
  addressSpecial?: 'buildingName' | 'room' | 'kana' | 'partKana';
  /** The parts were read from an example (例：…), not from words naming them. */
  partsFromExample?: boolean;
  /** The parts come from a postal-code lookup's markup (yubinbango's p-region…): what it writes, not all the box takes. */
  partsFromLookup?: boolean;
  /** The parts were read from a postal lookup's classes (p-locality p-extended-address), not from words. */
  partsFromLookupClass?: boolean;
  /** The parts the caption named before an example widened them (市区町村 with 例：港区芝1-1-1). */
  captionParts?: number;
  /** 都道府県以下, 市区町村以降: the parts named from a part on, which a box before may ask for itself. */
  rangeFromNamedPart?: boolean;
  /** 建物名・部屋番号まで: the parts up to a named one, from the start of what the boxes before leave. */
  rangeToNamedPart?: boolean;
  /** それ以降: the parts after those of the box before, whatever they are. */
  restAfterPrevious?: boolean;
  /** 1 or 2 when the caption numbers the line ("住所1", "address line 2"). */
  addressLine?: number;
  confirm?: boolean;
  /** true: a secondary value (自宅電話, 携帯メール); false: named as the main one (日中の連絡先). */
  alt?: boolean;
  dateKind?: DateKind;
  datePart?: DatePart;
  /** 1-based position written into an identifier (`tel2`, `zip01`). */
  seq?: number;
  side?: Side;
  /** A value the user had before (phone_before, 変更前): the profile keeps today's only. */
  former?: boolean;
  /** A section word naming someone other than the user (お届け先, 緊急連絡先…). */
  otherParty?: boolean;
  /** The rule that read this (a caption pattern, the choices…). */
  rule?: RuleId;
}

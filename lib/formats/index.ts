// Japanese value formats: the closed set of named formats, the automatic choice of one for a field,
// option picking for selects, and the helpers they are built from.
export { FORMAT_NAMES, applyFormat, isFormatName } from './apply-format';
export type { FormatName } from './apply-format';
export type { FieldTraits, SelectOption, ValueKind } from './field-traits';
export { inferFormat } from './infer-format';
export { pickOption } from './pick-option';
export { valuePart } from './value-part';
export type { ValuePartOptions } from './value-part';
export { normalisePostal, splitPostal } from './postal';
export { groupPhone, normalisePhone } from './phone';
export { dateParts, parseDate } from './date';
export type { DateParts } from './date';
export { findEra, modernEras } from './era';
export type { Era } from './era';
export { PREFECTURES, PREFECTURE_NAMES, prefectureAtStart, prefectureOf } from './prefecture';
export type { Prefecture } from './prefecture';
export { composeName, respaceName } from './name';
export type { NameSeparator } from './name';
export { buildingOf, composeAddress } from './address';
export type { AddressParts } from './address';
export { isKanaOnly, toBankKana, toFullwidth, toHalfwidthKatakana, toHiragana, toKatakana } from './kana';
export { digitsOnly, normaliseHyphens, comparableText, toFullwidthAscii, toHalfwidth } from './width';

// The pieces a value is written in: address parts and their runs, the 1-based pieces of postal
// codes and phones, the named pieces of dates. Profile keys (lib/profile/keys) are built from them.

export const ADDRESS_PARTS = [
  'postalCode',
  'prefecture',
  'city',
  'town',
  'block',
  'building',
  'buildingName',
  'room',
  'kana',
] as const;

/** Derived runs of neighbouring address parts, each written into one input. */
export const ADDRESS_RUNS = {
  cityTown: ['city', 'town'],
  townBlock: ['town', 'block'],
  blockBuilding: ['block', 'building'],
  line1: ['city', 'town', 'block'],
  afterCity: ['town', 'block', 'building'],
  afterPrefecture: ['city', 'town', 'block', 'building'],
  fullWithoutBuilding: ['prefecture', 'city', 'town', 'block'],
  full: ['prefecture', 'city', 'town', 'block', 'building'],
} as const satisfies Record<string, readonly (typeof ADDRESS_PARTS)[number][]>;

export type AddressPart = (typeof ADDRESS_PARTS)[number];
export type AddressRun = keyof typeof ADDRESS_RUNS;
/** `part` values: 1-based pieces of postal codes and phones, named pieces of dates. */
export const FIELD_PARTS = [1, 2, 3, 'year', 'month', 'day', 'era'] as const;
export type FieldPart = (typeof FIELD_PARTS)[number];

/**
 * Address keys derived from the town and block however the user typed them (docs/profile-keys-extensions.md):
 * the town without its 丁目 (町名), and the 丁目 with the block (丁目・番地).
 */
export const ADDRESS_DERIVED = ['townName', 'chomeBlock'] as const;

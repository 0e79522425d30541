// The facts of one keyed guess, as named features for the learned calibration (calibration-model.ts).
// They read only what every guess carries (its key, part, evidence, rules, caption and the verdict
// of the hand-written calibration) and a few counts over the whole form, so that guesses of any
// version of the classifier can be turned into training rows.

/** What a guess carries once the resolvers are done, before the learned calibration. */
export interface GuessFacts {
  key: string;
  part?: string | number | null;
  /** Confidence after the hand-written calibration (0..1). */
  confidence: number;
  review?: string | null;
  evidence: readonly string[];
  rules: readonly string[];
  label: string;
  tag: string;
  type: string;
}

/** Counts over every keyed guess of the same page. */
export interface FormFacts {
  keyed: number;
  /** Guesses per key and part (`key#part`). */
  slots: ReadonlyMap<string, number>;
  /** Guesses per key, whatever the part. */
  keys: ReadonlyMap<string, number>;
  sides: { old: number; new: number };
  household: number;
  /** Position (among the keyed guesses) of the first name asked a second time, or -1. */
  secondName: number;
}

/** A classified field as any version of the classifier returns it. */
export interface GuessLike {
  element: Element;
  key: string | null;
  part?: string | number | null;
  confidence: number;
  review?: string | null;
  evidence?: readonly string[];
  rules?: readonly string[];
  label?: string;
}

export function factsOf(g: GuessLike & { key: string }): GuessFacts {
  return {
    key: g.key,
    part: g.part ?? null,
    confidence: g.confidence,
    review: g.review ?? null,
    evidence: g.evidence ?? [],
    rules: g.rules ?? [],
    label: g.label ?? '',
    tag: g.element.tagName.toLowerCase(),
    type: (g.element.getAttribute('type') ?? '').toLowerCase(),
  };
}

export function slotOf(g: Pick<GuessFacts, 'key' | 'part'>): string {
  return `${g.key}#${g.part ?? ''}`;
}

export function readFormFacts(guesses: readonly Pick<GuessFacts, 'key' | 'part'>[]): FormFacts {
  const slots = new Map<string, number>();
  const keys = new Map<string, number>();
  const sides = { old: 0, new: 0 };
  let household = 0;
  let secondName = -1;
  for (const [i, g] of guesses.entries()) {
    const slot = slotOf(g);
    if (secondName < 0 && /^name\.(?:full|family)$/.test(g.key) && slots.has(slot)) secondName = i;
    slots.set(slot, (slots.get(slot) ?? 0) + 1);
    keys.set(g.key, (keys.get(g.key) ?? 0) + 1);
    if (g.key.startsWith('oldAddress.')) sides.old++;
    if (g.key.startsWith('newAddress.')) sides.new++;
    if (g.key.startsWith('household[')) household++;
  }
  return { keyed: guesses.length, slots, keys, sides, household, secondName };
}

/** household[2].name.given → household.name.given; newAddress.city → address.city. */
function keyFamily(key: string): string {
  return key.replace(/^household\[\d+\]/, 'household').replace(/^(?:old|new)Address\./, 'address.');
}

function kindOf(key: string): string {
  if (/Address\./.test(key)) return 'address';
  if (key.startsWith('household[')) return 'household';
  if (/^name\./.test(key)) return /Kana$/.test(key) ? 'kana' : 'name';
  if (/^move\./.test(key)) return 'move';
  if (/^phone/.test(key)) return 'phone';
  if (/^email/.test(key)) return 'email';
  return 'other';
}

/** Evidence kinds a person reads as the field's own caption (`label:お名前`, not `identifier:name`). */
const CAPTION_KINDS = new Set(['autocomplete', 'label', 'before', 'placeholder', 'header', 'column', 'choices', 'run']);

/** The kind of a piece of evidence (`label` of `label:お名前`); evidence without a text has none. */
const kindOfEvidence = (e: string) => (e.includes(':') ? e.slice(0, e.indexOf(':')) : '');

export function isCaptionEvidence(e: string): boolean {
  return CAPTION_KINDS.has(kindOfEvidence(e));
}

/** Words of a caption that speak of another person, another time or another purpose than the user's own value. */
const CAPTION_CUES: Array<[string, RegExp]> = [
  ['other-person', /保護者|家族|ご本人以外|代表|担当|同行|同伴|お子|児童|生徒|受講|会員様以外|名義/],
  ['contact', /連絡先|緊急/],
  ['work', /勤務|会社|法人|団体|学校|所属/],
  ['delivery', /届け|配送|送付|請求|発送/],
  ['former', /旧|前|以前|変更前|現在/],
  ['later', /新|後|変更後|転居先|引越先|予定/],
  ['wish', /希望|予約|日時/],
  ['bracket', /[（(]/],
];

/** Index of the first edge `n` does not pass, or the number of edges. */
function bucket(n: number, edges: number[]): number {
  const i = edges.findIndex((e) => n <= e);
  return i < 0 ? edges.length : i;
}

/** Named features of the guess at `position` among the form's keyed guesses; absent names are 0. */
export function guessFeatures(g: GuessFacts, form: FormFacts, position: number): Map<string, number> {
  const f = new Map<string, number>();
  const on = (name: string, v = 1) => f.set(name, (f.get(name) ?? 0) + v);
  on('bias');
  on('confidence', g.confidence);
  on(`confidence>=${[0.3, 0.45, 0.6, 0.8, 0.9].filter((t) => g.confidence >= t).pop() ?? 0}`);
  if (g.review) on(`review:${g.review}`);
  const family = keyFamily(g.key);
  on(`key:${family}`);
  on(`kind:${kindOf(g.key)}`);
  if (g.key.startsWith('newAddress.')) on('side:new');
  if (g.key.startsWith('oldAddress.')) on('side:old');
  if (g.part !== undefined && g.part !== null) {
    on('part');
    on(`part:${typeof g.part === 'number' ? 'n' + g.part : g.part}`);
  }
  const kinds = new Set(g.evidence.map((e) => e.split(':')[0]));
  for (const k of kinds) on(`evidence:${k}`);
  const captions = new Set(g.evidence.filter(isCaptionEvidence).map(kindOfEvidence)).size;
  on(`captions:${Math.min(captions, 3)}`);
  if (g.evidence.some((e) => e === 'side:new' || e === 'side:old')) on('evidence:side-set');
  for (const r of new Set(g.rules)) on(`rule:${r}`);
  on(`rules:${bucket(g.rules.length, [1, 2, 3, 5])}`);
  const label = g.label.trim();
  on(`label:${bucket(label.length, [0, 4, 8, 14, 24])}`);
  for (const [name, re] of CAPTION_CUES) if (re.test(label)) on(`cue:${name}`);
  const around = g.evidence.filter((e) => /^(?:header|before|side|note|after):/.test(e)).map((e) => e.slice(e.indexOf(':') + 1)).join(' ');
  for (const [name, re] of CAPTION_CUES) if (re.test(around)) on(`around:${name}`);
  on(`position:${bucket(position / Math.max(1, form.keyed - 1), [0.34, 0.67])}`);
  if (form.secondName >= 0 && position >= form.secondName) on('form:after-second-name');
  on(`control:${g.tag === 'input' ? g.type || 'text' : g.tag}`);
  const sameSlot = form.slots.get(slotOf(g)) ?? 1;
  const sameKey = form.keys.get(g.key) ?? 1;
  if (sameSlot > 1) on('form:slot-again');
  if (sameKey > 1 && sameSlot === 1) on('form:key-again');
  on(`form:keyed:${bucket(form.keyed, [4, 8, 15, 30])}`);
  if (form.sides.old && form.sides.new) on('form:both-sides');
  else if (form.sides.new) on('form:new-only');
  if (form.household) on('form:household');
  return f;
}

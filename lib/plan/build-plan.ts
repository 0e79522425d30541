import {
  FORMAT_TRAITS,
  applyFormat,
  applyTraits,
  inferTraits,
  mergeTraits,
  pickOption,
  valuePart,
  type FieldTraits,
  type FormatName,
  type FormatTraits,
  type ValueKind,
} from '../formats';
import type { FieldPart } from '../profile/keys';
import type { Profile } from '../profile/schema';
import { resolveValue, type ResolvedValue } from './resolve-value';
import type { CollectedField, FieldReport, FillAction, PlannedField } from './types';

export interface FieldSpec {
  id: string;
  key: string;
  part?: FieldPart;
  format?: FormatName;
  /** Traits set by the mapping; each wins over the format's and the inferred one. */
  traits?: FormatTraits;
  /** The field's label on the page (recognised fields). */
  pageLabel?: string;
  guessed?: boolean;
}

export interface PlanInput {
  providerId: string | null;
  specs: FieldSpec[];
  collected: CollectedField[];
  profile: Profile;
}

export interface Plan {
  fields: PlannedField[];
  /** One report per spec; planned fields start as `filled` and are corrected by the insert result. */
  reports: FieldReport[];
}

const DEFAULT_TRAITS: FieldTraits = { tag: 'input', type: 'text', hint: '' };

/** What the field asks for, trait by trait: inferred from the page, then the mapping's format, then its traits. */
export function effectiveTraits(spec: FieldSpec, field: CollectedField, kind: ValueKind): FormatTraits {
  return mergeTraits(
    inferTraits(kind, field.traits ?? DEFAULT_TRAITS, spec.part),
    spec.format ? FORMAT_TRAITS[spec.format] : undefined,
    spec.traits,
  );
}

function actionFor(
  spec: FieldSpec,
  field: CollectedField,
  resolved: ResolvedValue,
  value: string,
  traits: FormatTraits,
): FillAction | null {
  const fieldTraits = field.traits ?? DEFAULT_TRAITS;
  const { kind } = resolved;
  switch (field.control) {
    case 'select':
    case 'radio': {
      const option = pickOption(fieldTraits.options ?? [], kind, value, spec.part);
      if (option === undefined) return null;
      return { kind: field.control, value: option };
    }
    case 'checkbox': {
      const option = pickOption(fieldTraits.options ?? [], kind, value, spec.part);
      return option === undefined ? null : { kind: 'checkbox', checked: true };
    }
    case 'date':
      return spec.part ? null : { kind: 'text', value: applyFormat('dateIso', value) };
    // <input type="month"> (お引越し予定月) takes the year and month of a date: 2027-03.
    case 'month': {
      const iso = kind === 'date' && !spec.part ? applyFormat('dateIso', value) : '';
      return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? { kind: 'text', value: iso.slice(0, 7) } : null;
    }
    default: {
      const written = applyTraits(kind, traits, value, {
        ...(spec.part !== undefined ? { part: spec.part } : {}),
        ...(resolved.address ? { address: resolved.address } : {}),
      });
      return { kind: 'text', value: written };
    }
  }
}

/**
 * Address sides where some field takes the town without its 丁目 (a 町名 box, or a town box that says
 * 「丁目は含めず」): a block box of that side then carries the 丁目, so that it is written once.
 */
function sidesWithChomeInBlock(entries: { spec: FieldSpec; traits: FormatTraits }[]): Set<string> {
  const sides = new Set<string>();
  for (const { spec, traits } of entries) {
    const m = /^(oldAddress|newAddress)\.(.+)$/.exec(spec.key);
    if (!m) continue;
    const [, side, part] = m;
    if (part === 'townName' || part === 'chomeBlock') sides.add(side);
    if ((part === 'town' || part === 'cityTown') && traits.town === 'withoutChome') sides.add(side);
  }
  return sides;
}

/** Turns a provider page (or confirmed guesses) plus the profile into the plain-data fill plan. */
export function buildFillPlan({ providerId, specs, collected, profile }: PlanInput): Plan {
  const byId = new Map(collected.map((c) => [c.id, c]));
  const eraKeys = new Set(specs.filter((s) => s.part === 'era').map((s) => s.key));
  const reports: FieldReport[] = [];
  const ready: { spec: FieldSpec; field: CollectedField; resolved: ResolvedValue; traits: FormatTraits; report: FieldReport }[] = [];

  for (const spec of specs) {
    const report: FieldReport = { id: spec.id, key: spec.key, outcome: 'skipped' };
    if (spec.part !== undefined) report.part = spec.part;
    if (spec.pageLabel) report.pageLabel = spec.pageLabel;
    if (spec.guessed) report.guessed = true;
    reports.push(report);

    const field = byId.get(spec.id);
    if (!field || field.status === 'not-found') {
      report.outcome = 'not-found';
      continue;
    }
    if (field.status !== 'found') {
      report.reason = field.status;
      continue;
    }
    if (field.blocked) {
      report.reason = field.blocked;
      continue;
    }
    const resolved = resolveValue(profile, spec.key, providerId);
    if (!resolved) {
      report.reason = 'no-value';
      continue;
    }
    ready.push({ spec, field, resolved, traits: effectiveTraits(spec, field, resolved.kind), report });
  }

  const chomeSides = sidesWithChomeInBlock(ready);
  const fields: PlannedField[] = [];
  for (const { spec, field, resolved, traits, report } of ready) {
    const side = spec.key.split('.')[0];
    const source = resolved.address
      ? { ...resolved.address, chomeInBlock: chomeSides.has(side) }
      : undefined;
    let value = resolved.value;
    if (source && field.control !== 'select' && field.control !== 'radio' && field.control !== 'checkbox') {
      // The value as written decides whether there is anything to fill (a 丁目 alone may make a block).
      value = applyTraits('address', {}, '', { address: source }) || value;
    }
    if (value && spec.part !== undefined) {
      value = valuePart(resolved.kind, value, spec.part, { eraYear: eraKeys.has(spec.key) });
    }
    if (!value) {
      report.reason = 'no-value';
      continue;
    }
    const action = actionFor(spec, field, source ? { ...resolved, address: source } : resolved, value, traits);
    if (!action || (action.kind === 'text' && action.value === '')) {
      report.reason = action ? 'no-value' : 'no-option';
      continue;
    }
    report.outcome = 'filled';
    fields.push({ id: spec.id, selector: field.selector!, action });
  }
  return { fields, reports };
}

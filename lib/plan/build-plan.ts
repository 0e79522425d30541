import { applyFormat, inferFormat, pickOption, valuePart, type FieldTraits, type FormatName, type ValueKind } from '../formats';
import type { FieldPart } from '../profile/keys';
import type { Profile } from '../profile/schema';
import { resolveValue } from './resolve-value';
import type { CollectedField, FieldReport, FillAction, PlannedField } from './types';

export interface FieldSpec {
  id: string;
  key: string;
  part?: FieldPart;
  format?: FormatName;
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

function actionFor(
  spec: FieldSpec,
  field: CollectedField,
  kind: ValueKind,
  value: string,
): FillAction | null {
  const traits: FieldTraits = field.traits ?? { tag: 'input', type: 'text', hint: '' };
  switch (field.control) {
    case 'select':
    case 'radio': {
      const option = pickOption(traits.options ?? [], kind, value, spec.part);
      if (option === undefined) return null;
      return { kind: field.control, value: option };
    }
    case 'checkbox': {
      const option = pickOption(traits.options ?? [], kind, value, spec.part);
      return option === undefined ? null : { kind: 'checkbox', checked: true };
    }
    case 'date':
      return spec.part ? null : { kind: 'text', value: applyFormat('dateIso', value) };
    default: {
      const format = spec.format ?? inferFormat(kind, traits, spec.part);
      return { kind: 'text', value: format ? applyFormat(format, value) : value };
    }
  }
}

/** Turns a provider page (or confirmed guesses) plus the profile into the plain-data fill plan. */
export function buildFillPlan({ providerId, specs, collected, profile }: PlanInput): Plan {
  const byId = new Map(collected.map((c) => [c.id, c]));
  const eraKeys = new Set(specs.filter((s) => s.part === 'era').map((s) => s.key));
  const fields: PlannedField[] = [];
  const reports: FieldReport[] = [];

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
    let value = resolved?.value ?? '';
    if (resolved && value && spec.part !== undefined) {
      value = valuePart(resolved.kind, value, spec.part, { eraYear: eraKeys.has(spec.key) });
    }
    if (!resolved || !value) {
      report.reason = 'no-value';
      continue;
    }
    const action = actionFor(spec, field, resolved.kind, value);
    if (!action) {
      report.reason = 'no-option';
      continue;
    }
    report.outcome = 'filled';
    fields.push({ id: spec.id, selector: field.selector!, action });
  }
  return { fields, reports };
}

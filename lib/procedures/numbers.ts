import type { ProcedureCategory } from '../providers/procedure-schema';

// The numbers a company gives its customers, offered only where the category has them. They fill
// `provider.customerNumber` / `provider.supplyPointId` on that procedure's site.

export type NumberKind = 'customerNumber' | 'supplyPointId';

/** Per category: which kinds, and the caption (i18n key) the customer sees on the company's papers. */
export const NUMBER_KINDS: Partial<Record<ProcedureCategory, { kind: NumberKind; label: string }[]>> = {
  electricity: [
    { kind: 'customerNumber', label: 'num_customerNumber' },
    { kind: 'supplyPointId', label: 'num_supplyPointId' },
  ],
  gas: [
    { kind: 'customerNumber', label: 'num_customerNumber' },
    { kind: 'supplyPointId', label: 'num_supplyPointIdGas' },
  ],
  water: [{ kind: 'customerNumber', label: 'num_customerNumber' }],
  broadcast: [{ kind: 'customerNumber', label: 'num_customerNumber' }],
  telecom: [{ kind: 'customerNumber', label: 'num_contractNumber' }],
  insurance: [{ kind: 'customerNumber', label: 'num_policyNumber' }],
  post: [],
};

export function numberKindsFor(category: ProcedureCategory): { kind: NumberKind; label: string }[] {
  return NUMBER_KINDS[category] ?? [];
}

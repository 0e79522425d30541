import type { OpeningState, Refusal, SiteIdentity, TabStatus } from '.';
import type { RetentionStatus } from '../vault/retention-check';

// The popup's opening reply is checked by hand, not by lib/messages/schemas.ts: evaluating zod costs
// the popup tens of milliseconds before its first view, and this reply is all that view needs. The
// check is as strict as a schema: every field of every kind, nothing taken on trust.

type Check = (value: unknown) => boolean;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString: Check = (value) => typeof value === 'string';
const isBoolean: Check = (value) => typeof value === 'boolean';
const isNumber: Check = (value) => typeof value === 'number' && Number.isFinite(value);
const oneOf =
  (...allowed: readonly string[]): Check =>
  (value) =>
    typeof value === 'string' && allowed.includes(value);
const isNullableString: Check = (value) => value === null || isString(value);

/** Checks for each field of T: the compiler keeps them in step with the protocol's types. */
type Fields<T> = { [K in keyof Required<T>]: Check };

/** An object with exactly these fields (no more, no fewer), each passing its check. */
function shaped<T>(value: unknown, fields: Fields<T>): boolean {
  if (!isRecord(value)) return false;
  const names = Object.keys(fields);
  if (Object.keys(value).some((name) => !names.includes(name))) return false;
  return names.every((name) => (fields as Record<string, Check>)[name](value[name]));
}

const isSite: Check = (value) =>
  shaped<SiteIdentity>(value, { domain: isString, host: isString, punycode: isBoolean, insecure: isBoolean, imitates: isNullableString });

const TAB_STATUS: { [K in TabStatus['kind']]: Fields<Extract<TabStatus, { kind: K }>> } = {
  provider: {
    kind: isString,
    providerId: isString,
    providerLabel: isString,
    pageTitle: isString,
    step: isNumber,
    steps: isNumber,
    fieldCount: isNumber,
    origin: isString,
  },
  recorded: { kind: isString, pageTitle: isString, fieldCount: isNumber, recording: isBoolean },
  none: { kind: isString, origin: isString, recording: isBoolean, site: isSite },
  unsupported: { kind: isString, reason: oneOf('browser-page', 'store', 'no-page') },
};

const isTabStatus: Check = (value) =>
  isRecord(value) && typeof value.kind === 'string' && Object.hasOwn(TAB_STATUS, value.kind) && shaped<TabStatus>(value, TAB_STATUS[value.kind as TabStatus['kind']] as Fields<TabStatus>);

const isRetention: Check = (value) =>
  isRecord(value) &&
  (value.kind === 'notice' ? shaped<RetentionStatus>(value, { kind: isString, deleteOn: isString }) : shaped<{ kind: string }>(value, { kind: oneOf('none', 'deleted') }));

const isOpening: Check = (value) =>
  shaped<OpeningState>(value, {
    ok: (ok) => ok === true,
    status: isTabStatus,
    retention: isRetention,
    vault: oneOf('off', 'locked', 'unlocked'),
    profile: oneOf('none', 'stored', 'locked'),
  });

const isRefusal: Check = (value) => shaped<Refusal>(value, { ok: (ok) => ok === false, error: oneOf('refused', 'bad-request', 'no-answer') });

/** The opening reply, a refusal, or 'no-answer' for anything else. */
export function readOpeningReply(raw: unknown): OpeningState | Refusal {
  if (isOpening(raw)) return raw as OpeningState;
  if (isRefusal(raw)) return raw as Refusal;
  return { ok: false, error: 'no-answer' };
}

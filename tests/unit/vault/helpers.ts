import { expect } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../../lib/vault/base64';
import { VaultError, type VaultErrorCode } from '../../../lib/vault/errors';

/** The base64 text with one bit of the byte at `index` flipped (negative: from the end). */
export function flipByte(text: string, index: number): string {
  const bytes = base64ToBytes(text);
  const at = index < 0 ? bytes.length + index : index;
  bytes[at] ^= 0x01;
  return bytesToBase64(bytes);
}

/** The VaultError a promise rejected with; fails the test if it resolved or threw anything else. */
export async function vaultErrorOf(promise: Promise<unknown>): Promise<VaultError> {
  let outcome: unknown;
  try {
    outcome = { resolved: await promise };
  } catch (error) {
    if (error instanceof VaultError) return error;
    throw error;
  }
  throw new Error(`expected a VaultError, got ${JSON.stringify(outcome)}`);
}

export async function expectCode(promise: Promise<unknown>, code: VaultErrorCode): Promise<void> {
  expect((await vaultErrorOf(promise)).code).toBe(code);
}

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

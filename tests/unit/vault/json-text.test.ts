import { describe, expect, it } from 'vitest';
import { endsInsideJson, parseJsonText } from '../../../lib/vault/json-text';

describe('parseJsonText', () => {
  it('parses JSON, with or without a byte order mark', () => {
    expect(parseJsonText('{"a":[1,"}"]}')).toEqual({ ok: true, value: { a: [1, '}'] } });
    expect(parseJsonText('\uFEFF{"a":1}\n')).toEqual({ ok: true, value: { a: 1 } });
  });

  it.each([
    ['', 'empty'],
    [' \n\t', 'empty'],
    ['{"format": "tetsuzuki-pad-backup", "envelope": {"v": 1', 'truncated'],
    ['{"a": "text with \\" and } inside', 'truncated'],
    ['[1, 2', 'truncated'],
    ['{"a": 1}}', 'not-json'],
    ['{"a": 1} trailing', 'not-json'],
    ['hello', 'not-json'],
    ["{'a': 1}", 'not-json'],
  ])('%j is %s', (text, reason) => {
    expect(parseJsonText(text)).toEqual({ ok: false, reason });
  });

  it('tells an open structure from a closed one', () => {
    expect(endsInsideJson('{"a": {"b": [')).toBe(true);
    expect(endsInsideJson('{"a": "}"}')).toBe(false);
    expect(endsInsideJson('"just a string')).toBe(false);
  });
});

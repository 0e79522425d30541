import { describe, expect, it } from 'vitest';
import { channelFailure } from '../../../lib/fill/channel-failure';

// A failed exchange with the page is told apart by what the browser said, so the user is not told
// 「inject-failed」 for every failure.

describe('channelFailure', () => {
  it.each([
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', 'no-permission'],
    ['Missing host permission for the tab', 'no-permission'],
    ['Cannot access a chrome:// URL', 'page-refused'],
    ['The extensions gallery cannot be scripted.', 'page-refused'],
    ['Frame with ID 0 is showing error page', 'page-refused'],
    ['No tab with id: 42.', 'page-closed'],
    ['Invalid tab ID: 42', 'page-closed'],
    ['Frame with ID 0 was removed.', 'navigated'],
    ['No document with id 1A2B3C.', 'navigated'],
  ] as const)('%s → %s', (message, expected) => {
    expect(channelFailure(new Error(message))).toBe(expected);
  });

  it('an error thrown by the agent inside the page is an agent error', () => {
    expect(channelFailure(new TypeError('x is not a function'))).toBe('agent-error');
  });

  it('anything else stays the residual inject-failed', () => {
    expect(channelFailure(new Error('something new'))).toBe('inject-failed');
    expect(channelFailure(undefined)).toBe('inject-failed');
  });
});

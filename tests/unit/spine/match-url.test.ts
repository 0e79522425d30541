import { describe, expect, it } from 'vitest';
import { isSamePage, matchUrl } from '../../../lib/match/match-url';
import { validateProvider } from '../../../lib/providers/validate';
import { demoProviders } from '../../../providers/demo';

const realProvider = validateProvider(
  {
    id: 'example-denki',
    label: { ja: '例電力' },
    category: 'electricity',
    origins: ['https://www.example.co.jp'],
    updated: '2026-01-01',
    pages: [
      { id: 'move', path: '/moving/form', title: { ja: '引越し' }, fields: [{ selector: '#sei', key: 'name.family' }] },
      { id: 'top', path: '/', title: { ja: 'トップ' }, fields: [{ selector: '#sei', key: 'name.family' }] },
    ],
  },
  'providers/example-denki.ts',
);

const all = [...demoProviders, realProvider];

function matched(url: string): string | null {
  const m = matchUrl(url, all);
  return m ? `${m.provider.id}/${m.page.id}` : null;
}

describe('matchUrl on the demo providers', () => {
  it.each([
    'http://127.0.0.1:27811/moving/step1',
    'http://127.0.0.1:27811/moving/step1?ref=mail',
    'http://127.0.0.1:27811/moving/step1#top',
    'http://127.0.0.1:27811/moving/step1/',
    'http://127.0.0.1:27811/moving/step1/?a=1#b',
  ])('%s → demo-denki move-out', (url) => {
    expect(matched(url)).toBe('demo-denki/move-out');
  });

  it('tells the two denki steps apart', () => {
    expect(matched('http://127.0.0.1:27811/moving/step2')).toBe('demo-denki/move-in');
  });

  it('finds the other demo providers on their own ports', () => {
    expect(matched('http://127.0.0.1:27812/kaishi')).toBe('demo-gas/start');
    expect(matched('http://127.0.0.1:27813/cgi-bin/idou.html')).toBe('demo-suido/stop');
  });

  it.each([
    ['another port', 'http://127.0.0.1:27812/moving/step1'],
    ['no port', 'http://127.0.0.1/moving/step1'],
    ['localhost for 127.0.0.1', 'http://localhost:27811/moving/step1'],
    ['https for http', 'https://127.0.0.1:27811/moving/step1'],
    ['an unknown path', 'http://127.0.0.1:27811/moving/step3'],
    ['a longer path', 'http://127.0.0.1:27811/moving/step1/confirm'],
    ['a path prefix', 'http://127.0.0.1:27811/moving'],
    ['another case', 'http://127.0.0.1:27811/Moving/Step1'],
    ['an extension on the path', 'http://127.0.0.1:27811/moving/step1.html'],
    ['credentials', 'http://user:pass@127.0.0.1:27811/moving/step1'],
  ])('rejects %s', (_label, url) => {
    expect(matched(url)).toBeNull();
  });

  it.each(['', 'not a url', '/moving/step1', 'http://', 'javascript:alert(1)', 'about:blank'])(
    'rejects the invalid or non-web URL %j',
    (url) => {
      expect(matched(url)).toBeNull();
    },
  );
});

describe('matchUrl on a real https provider', () => {
  it('matches the exact origin and path', () => {
    expect(matched('https://www.example.co.jp/moving/form')).toBe('example-denki/move');
    expect(matched('https://www.example.co.jp/moving/form?x=https://evil.test')).toBe('example-denki/move');
    expect(matched('https://www.example.co.jp/')).toBe('example-denki/top');
    expect(matched('https://www.example.co.jp')).toBe('example-denki/top');
  });

  it('treats the default port and a different host case as the same origin', () => {
    expect(matched('https://www.example.co.jp:443/moving/form')).toBe('example-denki/move');
    expect(matched('https://WWW.Example.CO.JP/moving/form')).toBe('example-denki/move');
  });

  it.each([
    ['a suffix host', 'https://www.example.co.jp.evil.test/moving/form'],
    ['a prefix host', 'https://evil-www.example.co.jp/moving/form'],
    ['a subdomain', 'https://sub.www.example.co.jp/moving/form'],
    ['the parent domain', 'https://example.co.jp/moving/form'],
    ['a trailing-dot host', 'https://www.example.co.jp./moving/form'],
    ['the origin in the query', 'https://evil.test/?u=https://www.example.co.jp/moving/form'],
    ['the origin in the fragment', 'https://evil.test/#https://www.example.co.jp'],
    ['the origin as a path', 'https://evil.test/https://www.example.co.jp/moving/form'],
    ['a username', 'https://user@www.example.co.jp/moving/form'],
    ['a username and password', 'https://user:pw@www.example.co.jp/moving/form'],
    ['userinfo hiding another host', 'https://www.example.co.jp@evil.test/moving/form'],
    ['a Cyrillic а homoglyph', 'https://www.exаmple.co.jp/moving/form'],
    ['its punycode form', 'https://www.xn--exmple-4nf.co.jp/moving/form'],
    ['a full-width host', 'https://ｗｗｗ.ｅｘａｍｐｌｅ.co.jp.evil.test/moving/form'],
    ['another port', 'https://www.example.co.jp:8443/moving/form'],
    ['http for https', 'http://www.example.co.jp/moving/form'],
    ['ws scheme', 'wss://www.example.co.jp/moving/form'],
  ])('rejects %s', (_label, url) => {
    expect(matched(url)).toBeNull();
  });

  it('punycodes the homoglyph host, so it can never equal the ASCII origin', () => {
    expect(new URL('https://www.exаmple.co.jp/').hostname).toBe('www.xn--exmple-4nf.co.jp');
  });
});

describe('isSamePage', () => {
  const step1 = matchUrl('http://127.0.0.1:27811/moving/step1', demoProviders)!;

  it('needs a match to start from', () => {
    expect(step1.page.id).toBe('move-out');
  });

  it('is true for the same page with another query, fragment or trailing slash', () => {
    expect(isSamePage('http://127.0.0.1:27811/moving/step1?after=reload#x', step1)).toBe(true);
    expect(isSamePage('http://127.0.0.1:27811/moving/step1/', step1)).toBe(true);
  });

  it('is false once the tab moved to the next step, another site or an invalid URL', () => {
    expect(isSamePage('http://127.0.0.1:27811/moving/step2', step1)).toBe(false);
    expect(isSamePage('http://127.0.0.1:27812/kaishi', step1)).toBe(false);
    expect(isSamePage('http://localhost:27811/moving/step1', step1)).toBe(false);
    expect(isSamePage('about:blank', step1)).toBe(false);
  });
});

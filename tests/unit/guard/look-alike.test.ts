import { describe, expect, it } from 'vitest';
import { checkLookAlike, displayHost, isPunycode, registrableDomain } from '../../../lib/match/look-alike';
import { OFFICIAL_DOMAINS } from '../../../lib/match/official-domains';

const TRUSTED = ['example.co.jp', 'tepco.co.jp', 'nhk.or.jp', 'city.hiroshima.lg.jp'];
const asciiOf = (host: string) => new URL(`https://${host}/`).hostname;

describe('checkLookAlike', () => {
  it.each(['example.co.jp', 'www.example.co.jp', 'moving.support.example.co.jp', 'tepco.co.jp', 'www4.nhk.or.jp', 'WWW.EXAMPLE.CO.JP.'])(
    'lets the trusted domain and its subdomains pass: %s',
    (host) => {
      expect(checkLookAlike(host, TRUSTED)).toBeNull();
    },
  );

  it.each(['kansai-denki.test', 'shop.sample.org', 'nhk-news-fan.sample.net', 'my-city.lg.jp', 'tep.co.jp', 'exemplary.co.jp'])(
    'lets unrelated hosts pass: %s',
    (host) => {
      expect(checkLookAlike(host, TRUSTED)).toBeNull();
    },
  );

  it.each([
    ['example.co.jp.evil.test', 'example.co.jp'],
    ['www.example.co.jp.login-check.com', 'example.co.jp'],
    ['example-co-jp.evil.test', 'example.co.jp'],
    ['tepco.evil.test', 'tepco.co.jp'],
    ['login-tepco.evil.test', 'tepco.co.jp'],
    ['example.jp', 'example.co.jp'],
    ['tepco.com', 'tepco.co.jp'],
  ])('warns about extra labels or another suffix: %s imitates %s', (host, imitated) => {
    expect(checkLookAlike(host, TRUSTED)).toEqual({ imitates: imitated, kind: 'extra-labels' });
  });

  it.each([
    ['examp1e.co.jp', 'example.co.jp'],
    ['exampel.co.jp', 'example.co.jp'],
    ['exampl.co.jp', 'example.co.jp'],
    ['examplee.co.jp', 'example.co.jp'],
    ['tepc0.co.jp', 'tepco.co.jp'],
    ['tepco.co.jp.example.com', 'tepco.co.jp'],
  ])('warns about one-edit look-alikes: %s imitates %s', (host, imitated) => {
    expect(checkLookAlike(host, TRUSTED)?.imitates).toBe(imitated);
  });

  it.each([
    ['tеpco.co.jp', 'tepco.co.jp'], // Cyrillic е
    ['ехample.co.jp', 'example.co.jp'], // Cyrillic е and х
    ['nhk.οr.jp', 'nhk.or.jp'], // Greek ο
  ])('warns about confusable characters, given as the browser hands them (punycode): %s', (host, imitated) => {
    const ascii = asciiOf(host);
    expect(isPunycode(ascii)).toBe(true);
    expect(checkLookAlike(ascii, TRUSTED)).toMatchObject({ imitates: imitated });
  });

  it('knows the catalogued official domains', () => {
    expect(checkLookAlike('digital.go.jp.evil.test', OFFICIAL_DOMAINS)).toEqual({ imitates: 'digital.go.jp', kind: 'extra-labels' });
    expect(checkLookAlike('www.digital.go.jp', OFFICIAL_DOMAINS)).toBeNull();
  });
});

describe('host display', () => {
  it('decodes punycode labels for display', () => {
    expect(displayHost(asciiOf('tеpco.co.jp'))).toBe('tеpco.co.jp');
    expect(displayHost(asciiOf('引越し.example.jp'))).toBe('引越し.example.jp');
    expect(isPunycode('www.example.co.jp')).toBe(false);
  });

  it('names the registrable domain', () => {
    expect(registrableDomain('moving.support.example.co.jp')).toBe('example.co.jp');
    expect(registrableDomain('www.city.hiroshima.lg.jp')).toBe('city.hiroshima.lg.jp'.replace(/^city\./, ''));
    expect(registrableDomain('127.0.0.1')).toBe('127.0.0.1');
  });
});

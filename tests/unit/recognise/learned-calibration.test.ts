// @vitest-environment happy-dom
// The learned calibration decides only what the hand-written one left to confidence: a guess held
// back for a reason (side unknown, caption unclear, person unclear, asked twice) stays held back
// whatever the model says, and a second phone or a contract number is never ticked in advance.
import { describe, expect, it } from 'vitest';
import { applyLearnedCalibration, describeCalibration } from '../../../lib/recognise/calibrate';
import { guessFeatures, readFormFacts, type GuessFacts } from '../../../lib/recognise/guess-features';
import { classifyByHand, fieldOf } from './classify-markup';

const sure = { threshold: 0.9, weights: { bias: 10 } };
const doubtful = { threshold: 0.9, weights: { bias: -10 } };

const page = () =>
  classifyByHand(`<form><table>
    <tr><th>お名前</th><td><input id="n"></td></tr>
    <tr><th>携帯電話番号</th><td><input id="m" type="tel"></td></tr>
    <tr><th>自宅電話番号</th><td><input id="h" type="tel"></td></tr>
    <tr><th>郵便番号</th><td><input id="z"></td></tr>
    <tr><th>住所</th><td><input id="a"></td></tr></table></form>`);

describe('the learned calibration', () => {
  it('ticks what the model is sure of and holds back what it doubts, with 要確認 low-confidence', () => {
    const ticked = page();
    applyLearnedCalibration(ticked, sure);
    expect(fieldOf(ticked, '#n').preselect).toBe(true);
    expect(fieldOf(ticked, '#n').review).toBeUndefined();
    expect(fieldOf(ticked, '#n').confidence).toBeGreaterThanOrEqual(0.9);
    const held = page();
    applyLearnedCalibration(held, doubtful);
    expect(fieldOf(held, '#n').key).toBe('name.full');
    expect(fieldOf(held, '#n').preselect).toBe(false);
    expect(fieldOf(held, '#n').review).toBe('low-confidence');
  });

  it('a block whose side is not known stays unticked and keeps its reason, however sure the model is', () => {
    const f = page();
    expect(fieldOf(f, '#a').review).toBe('side-unknown');
    applyLearnedCalibration(f, sure);
    expect(fieldOf(f, '#a').key).toMatch(/^oldAddress\./);
    expect(fieldOf(f, '#a').preselect).toBe(false);
    expect(fieldOf(f, '#a').review).toBe('side-unknown');
    expect(fieldOf(f, '#a').confidence).toBeLessThanOrEqual(0.2);
    expect(fieldOf(f, '#n').preselect).toBe(true);
  });

  it('a second phone waits for a look, however sure the model is; the main phone beside it is ticked', () => {
    const f = page();
    applyLearnedCalibration(f, sure);
    expect(fieldOf(f, '#h').key).toBe('phoneAlt');
    expect(fieldOf(f, '#h').preselect).toBe(false);
    expect(fieldOf(f, '#m').key).toBe('phone');
    expect(fieldOf(f, '#m').preselect).toBe(true);
  });

  it('fields that take nothing keep their own figure', () => {
    const f = classifyByHand(`<form><label>会社名<input id="p"></label><label>お名前<input id="n"></label></form>`);
    const before = fieldOf(f, '#p').confidence;
    applyLearnedCalibration(f, doubtful);
    expect(fieldOf(f, '#p').key).toBeNull();
    expect(fieldOf(f, '#p').confidence).toBe(before);
    expect(fieldOf(f, '#n').review).toBe('low-confidence');
  });
});

describe('the account `npm run draft -- --explain` gives of the calibration', () => {
  it('names the learned figure, the threshold and the features that weighed most, for keyed fields only', () => {
    const f = classifyByHand(`<form><label>会社名<input id="p"></label><label>お名前<input id="n"></label></form>`);
    const lines = describeCalibration(f, { threshold: 0.9, weights: { bias: 1, 'key:name.full': 0.5 } });
    const line = lines.get(fieldOf(f, '#n').element)!;
    expect(line).toMatch(/^learned 0\.81 \(ticks at 0\.9\), hand-written/);
    expect(line).toContain('weighs most: bias +1.00 · key:name.full +0.50');
    expect(lines.has(fieldOf(f, '#p').element)).toBe(false);
  });
});

describe('features of a guess', () => {
  const guess = (key: string, part: string | null = null): GuessFacts => ({
    key, part, confidence: 0.8, evidence: ['header:お名前'], rules: ['caption.name'], label: 'お名前', tag: 'input', type: 'text',
  });

  it('a value asked a second time, and every guess after the second name, are marked; the first ones are not', () => {
    const guesses = [guess('name.full'), guess('phone'), guess('name.full'), guess('email')];
    const form = readFormFacts(guesses);
    const first = guessFeatures(guesses[0], form, 0);
    const second = guessFeatures(guesses[2], form, 2);
    expect(second.get('form:slot-again')).toBe(1);
    expect(second.get('form:after-second-name')).toBe(1);
    expect(guessFeatures(guesses[3], form, 3).get('form:after-second-name')).toBe(1);
    expect(first.get('form:after-second-name')).toBeUndefined();
    expect(guessFeatures(guesses[1], form, 1).get('form:after-second-name')).toBeUndefined();
  });

  it('the side of an address and words of another person in the caption are read', () => {
    const g = { ...guess('newAddress.city'), label: '緊急連絡先の住所' };
    const f = guessFeatures(g, readFormFacts([g]), 0);
    expect(f.get('side:new')).toBe(1);
    expect(f.get('key:address.city')).toBe(1);
    expect(f.get('cue:contact')).toBe(1);
    const own = guessFeatures(guess('name.full'), readFormFacts([guess('name.full')]), 0);
    expect(own.get('cue:contact')).toBeUndefined();
    expect(own.get('key:name.full')).toBe(1);
  });
});

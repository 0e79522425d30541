import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir } from '../../../scripts/lib/label-set';
import { renderEcCubeTemplate } from '../../../scripts/lib/render-smarty';

const corpus = corpusDir(resolve(__dirname, '../../..'));
const template = resolve(corpus, 'ec-cube2/default_shopping_nonmember_input.tpl');

describe('renderEcCubeTemplate', () => {
  if (!existsSync(template)) {
    it.skip(`EC-CUBE templates not found under ${corpus}`, () => {});
    return;
  }
  const html = renderEcCubeTemplate(template);

  it('leaves no Smarty tags and resolves the included partial with its prefix', () => {
    expect(html).not.toContain('<!--{');
    expect(html).toContain('name="order_zip01"');
    expect(html).toContain('name="shipping_addr02"');
  });

  it('fills prefecture lists and takes the branches of a stock install', () => {
    const pref = /<select name="order_pref"[\s\S]*?<\/select>/.exec(html)![0];
    expect(pref.match(/<option value="\d+">/g)).toHaveLength(47);
    expect(html).toContain('市区町村名 (例：千代田区神田神保町)');
    expect(html).not.toContain('name="order_country_id" style');
    expect(html).toContain('<input type="hidden" name="order_country_id" value="392" />');
  });
});

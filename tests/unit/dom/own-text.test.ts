// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { holdsOwnText } from '../../../lib/dom/own-text';

function box(markup: string): HTMLInputElement {
  document.body.innerHTML = markup;
  return document.body.querySelector('input')!;
}

describe('holdsOwnText', () => {
  it('an older page’s starting caption (value="姓", value="例）山田") is no text of the box’s own', () => {
    expect(holdsOwnText(box('<input value="姓">'))).toBe(false);
    expect(holdsOwnText(box('<input value="セイ">'))).toBe(false);
    expect(holdsOwnText(box('<input value="例）山田">'))).toBe(false);
    expect(holdsOwnText(box('<input value="">'))).toBe(false);
  });

  it('what the page filled in or the user typed is kept, even a word that looks like a caption once typed', () => {
    expect(holdsOwnText(box('<input value="山田">'))).toBe(true);
    const typed = box('<input value="姓">');
    typed.value = '山本';
    expect(holdsOwnText(typed)).toBe(true);
    const retyped = box('<input value="">');
    retyped.value = '名';
    expect(holdsOwnText(retyped)).toBe(true);
  });
});

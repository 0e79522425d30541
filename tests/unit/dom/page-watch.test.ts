// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { watchPage } from '../../../lib/dom/page-watch';

describe('watchPage: whether the page reacted to a write', () => {
  afterEach(() => {
    document.head.innerHTML = '';
    document.body.innerHTML = '';
  });

  function page(): { field: HTMLInputElement; sheet: CSSStyleSheet } {
    document.head.innerHTML = '<style>.row { margin: 0; }</style>';
    document.body.innerHTML = '<form><div class="row"><input id="a"></div><div class="row" id="r"><input id="b"></div></form>';
    return { field: document.getElementById('a') as HTMLInputElement, sheet: document.styleSheets[0] as CSSStyleSheet };
  }

  it('sees nothing when only values change (a write by itself is no reaction)', () => {
    const { field } = page();
    const watch = watchPage([document]);
    field.value = '山田';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    expect(watch.changed()).toBe(false);
    watch.stop();
  });

  it('sees an element changed by a handler: a class, a style attribute, a removed row', () => {
    page();
    const watch = watchPage([document]);
    document.getElementById('r')!.classList.add('gone');
    expect(watch.changed()).toBe(true);
    expect(watch.changed()).toBe(false);
    (document.getElementById('b') as HTMLElement).style.opacity = '0';
    expect(watch.changed()).toBe(true);
    document.getElementById('r')!.remove();
    expect(watch.changed()).toBe(true);
    watch.stop();
  });

  it('sees a change made in an earlier task, after the observer was told of it', async () => {
    page();
    const watch = watchPage([document]);
    document.getElementById('r')!.classList.add('gone');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(watch.changed()).toBe(true);
    expect(watch.changed()).toBe(false);
    watch.stop();
  });

  it('sees a rule added to a style sheet, and a sheet added, with no element changed', () => {
    const { sheet } = page();
    const watch = watchPage([document]);
    sheet.insertRule('#b { visibility: hidden; }', 0);
    expect(watch.changed()).toBe(true);
    const extra = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, extra];
    expect(watch.changed()).toBe(true);
    expect(watch.changed()).toBe(false);
    watch.stop();
  });
});

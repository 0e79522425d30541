import { join } from 'node:path';
import { demoProviders } from '../../providers/demo';
import { PORTAL_PORT, SITES_DIR, startServers, type DemoServers, type ListenOptions } from './demo-server';

/** A fictional site that no provider file maps: the extension recognises its fields instead. */
export const UNMAPPED_SITE = { port: 27815, dir: 'unmapped-nhk', path: '/jusho-henko', title: 'デモ放送協会（マッピングなし・入力欄を推測）' };

/** A fictional city office without a mapping: a 転出届 with 「届出人以外」 rows, a STEP2 new-address
 * page and a page whose one address names no side. */
export const UNMAPPED_CITY_SITE = {
  port: 27828,
  dir: 'unmapped-city',
  title: 'デモ市役所（マッピングなし・入力欄を推測）',
  pages: [
    { path: '/tenshutsu', title: '転出届の事前入力' },
    { path: '/step2', title: 'ごみ収集カレンダー配信 ご登録住所の変更（STEP2）' },
    { path: '/shiryo', title: '暮らしのガイドブック 送付のお申し込み' },
  ],
};

/** Starts every demo provider's fixture site on the port of its declared origin, the unmapped site
 * and the portal. */
export function startDemoSites(options: ListenOptions = {}): Promise<DemoServers> {
  const sites = [
    ...demoProviders.map((p) => ({ port: Number(new URL(p.origins[0]).port), dir: join(SITES_DIR, p.id), title: p.label.ja })),
    { port: UNMAPPED_SITE.port, dir: join(SITES_DIR, UNMAPPED_SITE.dir), title: UNMAPPED_SITE.title },
    { port: UNMAPPED_CITY_SITE.port, dir: join(SITES_DIR, UNMAPPED_CITY_SITE.dir), title: UNMAPPED_CITY_SITE.title },
  ];
  return startServers(sites, { port: PORTAL_PORT, html: portalHtml() }, options);
}

/** Providers a person would try in the demo; test-only and benchmark providers are served but not
 * listed. */
const shownProviders = () => demoProviders.filter((p) => !/^(test|bench)-/.test(p.id));

export function demoPageUrls(): { providerId: string; pageId: string; url: string }[] {
  return shownProviders().flatMap((p) => p.pages.map((page) => ({ providerId: p.id, pageId: page.id, url: p.origins[0] + page.path })));
}

function portalHtml(): string {
  const items = shownProviders()
    .map(
      (p) =>
        `<li><strong>${p.label.ja}</strong><ul>${p.pages
          .map((page) => `<li><a href="${p.origins[0]}${page.path}">${page.title.ja}</a></li>`)
          .join('')}</ul></li>`,
    )
    .join('');
  const unmapped = `<li><strong>${UNMAPPED_SITE.title}</strong><ul><li><a href="http://127.0.0.1:${UNMAPPED_SITE.port}${UNMAPPED_SITE.path}">受信料 住所変更のお届け</a></li></ul></li>`;
  const unmappedCity = `<li><strong>${UNMAPPED_CITY_SITE.title}</strong><ul>${UNMAPPED_CITY_SITE.pages
    .map((p) => `<li><a href="http://127.0.0.1:${UNMAPPED_CITY_SITE.port}${p.path}">${p.title}</a></li>`)
    .join('')}</ul></li>`;
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>手続きパッド デモ</title>
<link rel="stylesheet" href="/demo.css"></head><body><header class="site" style="background:#37474f"><h1>手続きパッド デモ — 架空の事業者サイト</h1></header>
<main><p>以下は練習用の架空のお申し込みフォームです。ページを開いてから、ツールバーの「手続きパッド」ボタンで「このページに入力」を押してください。送信はされません。</p>
<ol>${items}${unmapped}${unmappedCity}</ol></main></body></html>`;
}

import { join } from 'node:path';
import { demoProviders } from '../../providers/demo';
import { PORTAL_PORT, SITES_DIR, startServers, type DemoServers } from './demo-server';

/** Starts every demo provider's fixture site on the port of its declared origin, plus the portal. */
export function startDemoSites(): Promise<DemoServers> {
  const sites = demoProviders.map((p) => ({
    port: Number(new URL(p.origins[0]).port),
    dir: join(SITES_DIR, p.id),
    title: p.label.ja,
  }));
  return startServers(sites, { port: PORTAL_PORT, html: portalHtml() });
}

export function demoPageUrls(): { providerId: string; pageId: string; url: string }[] {
  return demoProviders.flatMap((p) => p.pages.map((page) => ({ providerId: p.id, pageId: page.id, url: p.origins[0] + page.path })));
}

function portalHtml(): string {
  const items = demoProviders
    .map(
      (p) =>
        `<li><strong>${p.label.ja}</strong><ul>${p.pages
          .map((page) => `<li><a href="${p.origins[0]}${page.path}">${page.title.ja}</a></li>`)
          .join('')}</ul></li>`,
    )
    .join('');
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>手続きパッド デモ</title>
<link rel="stylesheet" href="/demo.css"></head><body><header class="site" style="background:#37474f"><h1>手続きパッド デモ — 架空の事業者サイト</h1></header>
<main><p>以下は練習用の架空のお申し込みフォームです。ページを開いてから、ツールバーの「手続きパッド」ボタンで「このページに入力」を押してください。送信はされません。</p>
<ol>${items}</ol></main></body></html>`;
}

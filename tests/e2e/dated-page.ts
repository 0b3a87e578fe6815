import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { ExtensionBrowser } from '../../scripts/lib/extension-browser';
import type { StaticServer } from '../../scripts/lib/static-server';
import { PAGES_DIR } from '../support/fixtures';

/**
 * A fixture page served with its date in its metadata, as news sites write it: an undated page gets
 * no dated corpus article as related coverage (utils/core/story-links.ts).
 */
export async function openDatedPage(
  extension: ExtensionBrowser,
  server: StaticServer,
  name: string,
  published: string,
): Promise<Page> {
  const meta = '<meta property="og:type" content="article">';
  const html = readFileSync(`${PAGES_DIR}${name}/source.html`, 'utf8');
  if (!html.includes(meta)) throw new Error(`${name} has no og:type line to date`);
  const dated = html.replace(meta, `${meta}\n  <meta property="article:published_time" content="${published}">`);
  const page = await extension.context.newPage();
  const url = `${server.origin}/${name}-dated/`;
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: dated }));
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return page;
}

// What a page costs to download: every response Chromium receives while it
// loads, with its size as the shipped nginx configuration sends it (text gzipped
// at level 6, binary files as they are). Computing the compressed size here
// keeps the numbers the same whichever server the tests run against.
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

export interface Transfer {
  path: string;
  kind: 'html' | 'css' | 'js' | 'font' | 'image' | 'search-index' | 'other';
  raw: number;
  /** Bytes on the wire with the nginx configuration's compression. */
  transferred: number;
}

/** The content types deploy/nginx compresses (its gzip_types, plus HTML). */
const compressible = /^(text\/|application\/(javascript|json|rss\+xml|xml)|image\/svg\+xml)/;

function kindOf(path: string, contentType: string): Transfer['kind'] {
  if (path.startsWith('/pagefind/') && !contentType.includes('javascript')) return 'search-index';
  if (contentType.startsWith('text/html')) return 'html';
  if (contentType.startsWith('text/css')) return 'css';
  if (contentType.includes('javascript')) return 'js';
  if (contentType.startsWith('font/') || /\.woff2?$/.test(path)) return 'font';
  if (contentType.startsWith('image/')) return 'image';
  return 'other';
}

export function transferredSize(body: Buffer, contentType: string): number {
  return compressible.test(contentType) ? Math.min(body.length, gzipSync(body, { level: 6 }).length) : body.length;
}

/** Records every response while `action` runs (typically a page.goto and a wait). */
export async function recordTransfers(page: Page, action: () => Promise<unknown>): Promise<Transfer[]> {
  const pending: Promise<Transfer | undefined>[] = [];
  const listener = (response: import('@playwright/test').Response) => {
    pending.push(
      (async () => {
        if (response.status() >= 300 && response.status() < 400) return undefined;
        const body = await response.body().catch(() => undefined);
        if (!body) return undefined;
        const contentType = response.headers()['content-type'] ?? '';
        const path = new URL(response.url()).pathname;
        return { path, kind: kindOf(path, contentType), raw: body.length, transferred: transferredSize(body, contentType) };
      })(),
    );
  };
  page.on('response', listener);
  try {
    await action();
  } finally {
    page.off('response', listener);
  }
  return (await Promise.all(pending)).filter((t): t is Transfer => t !== undefined);
}

export function total(transfers: readonly Transfer[], field: 'raw' | 'transferred' = 'transferred', kinds?: readonly Transfer['kind'][]) {
  return transfers.filter((t) => !kinds || kinds.includes(t.kind)).reduce((sum, t) => sum + t[field], 0);
}

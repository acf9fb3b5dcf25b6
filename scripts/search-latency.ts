// Measures the search page on a served built site: the time from the keystroke
// that completes a query to the first result on screen, with Pagefind already
// loaded (warm), in headless Chromium. A measurement, not a test: machine load
// moves it. Usage (with `astro preview` or nginx serving dist/):
//   node scripts/search-latency.ts [base URL, default http://127.0.0.1:4321]
import chromium from '@sparticuz/chromium';
import { chromium as playwright } from '@playwright/test';
import { expectedHits } from '../tests/search-queries.ts';

const base = process.argv[2] ?? 'http://127.0.0.1:4321';
const queries = [...new Set(expectedHits.map((hit) => hit.query))];

const browser = await playwright.launch({
  executablePath: await chromium.executablePath(),
  args: ['--no-sandbox', '--disable-gpu', '--no-zygote'],
});
const page = await browser.newPage();
await page.goto(`${base}/sok/`);
// Warm: Pagefind has started (its filters are drawn) and one search has run.
await page.locator('#search-filters details').first().waitFor({ state: 'attached', timeout: 60_000 });

/** Milliseconds from the input event of `query` (typed in full) to its first result on screen. */
async function timeQuery(query: string): Promise<number> {
  await page.locator('#search-q').fill('');
  await page.getByRole('status').filter({ hasText: 'Skriv et søkeord' }).waitFor();
  return page.evaluate(
    (q) =>
      new Promise<number>((resolve, reject) => {
        const input = document.querySelector<HTMLInputElement>('#search-q');
        const list = document.querySelector('#search-results');
        const status = document.querySelector('#search-status');
        if (!input || !list || !status) return reject(new Error('not the search page'));
        const done = () => list.children.length > 0 || /^0 treff/.test(status.textContent ?? '');
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          // Wait for the frame that shows it.
          requestAnimationFrame(() => resolve(performance.now() - started));
        });
        observer.observe(list, { childList: true });
        observer.observe(status, { childList: true, characterData: true, subtree: true });
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    query,
  );
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

await timeQuery('sykefravær');
const first: number[] = [];
const again: number[] = [];
for (const query of queries) first.push(await timeQuery(query));
for (const query of queries) again.push(await timeQuery(query));
await browser.close();

const line = (label: string, values: number[]) =>
  `${label}: median ${median(values).toFixed(0)} ms, 90th percentile ${[...values].sort((a, b) => a - b)[Math.floor(values.length * 0.9)]?.toFixed(0)} ms, max ${Math.max(...values).toFixed(0)} ms`;
console.log(`${queries.length} queries from tests/search-queries.ts, keystroke to first result, Pagefind warm:`);
console.log(line('  first time each query', first));
console.log(line('  the same query again', again));

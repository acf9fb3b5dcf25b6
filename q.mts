import chromium from '@sparticuz/chromium';
import { chromium as pw } from '@playwright/test';
const b = await pw.launch({ executablePath: await chromium.executablePath(), args: ['--no-sandbox', '--disable-gpu', '--no-zygote'] });
const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
for (const q of process.argv.slice(2)) {
  await p.goto('http://127.0.0.1:4321/sok/?q=' + encodeURIComponent(q));
  await p.waitForFunction(() => !/Søker/.test(document.querySelector('#search-status')?.textContent ?? 'Søker'));
  await p.waitForTimeout(300);
  const status = await p.locator('#search-status').textContent();
  const titles = await p.locator('#search-results li h2 a').allTextContents();
  console.log(q, '|', status, '\n   ', titles.slice(0, 6).join(' | '));
}
await b.close();

import chromium from '@sparticuz/chromium';
import { chromium as pw } from 'playwright';
const base = process.env.BASE ?? 'http://127.0.0.1:4651';
const pages = process.argv.slice(2);
const browser = await pw.launch({ executablePath: await chromium.executablePath(), args: ['--no-sandbox', '--disable-gpu', '--no-zygote'] });
const page = await browser.newPage({ viewport: { width: Number(process.env.W ?? 320), height: 800 } });
for (const p of pages) {
  await page.goto(base + p);
  const info = await page.$$eval('.table-region, section.scroll', (els) => els.map((el, i) => ({ i, cls: el.className, label: el.getAttribute('aria-label')?.slice(0, 60), sw: el.scrollWidth, cw: el.clientWidth, cols: el.querySelector('tr')?.children.length })));
  const over = info.filter((x) => x.sw > x.cw + 1);
  console.log(p, info.length, 'regions;', over.length, 'scroll:', JSON.stringify(over));
  let k = 0;
  for (const o of over) { if (process.env.SHOT) { const el = (await page.$$('.table-region, section.scroll'))[o.i]; await el.scrollIntoViewIfNeeded(); await el.screenshot({ path: `/tmp/h13c-shot-${p.replaceAll('/', '_')}-${k++}.png` }); } }
}
await browser.close();

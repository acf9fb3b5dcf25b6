import chromium from '@sparticuz/chromium';
import { chromium as pw } from 'playwright';
import { readdirSync, existsSync, writeFileSync } from 'node:fs';
const dist = process.env.DIST ?? '/work/wt/baseline-dist';
const base = process.env.BASE ?? 'http://127.0.0.1:4651';
const stories = readdirSync(dist + '/eksempler').filter((d) => existsSync(`${dist}/eksempler/${d}/index.html`) && !['rss.xml'].includes(d)).map((d) => `/eksempler/${d}/`);
const only = process.argv.slice(2);
const browser = await pw.launch({ executablePath: await chromium.executablePath(), args: ['--no-sandbox', '--disable-gpu', '--no-zygote'] });
const page = await browser.newPage();
const pc = (pdf) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
const rows = [];
for (const p of only.length ? only : stories) {
  await page.emulateMedia({ media: 'screen' });
  await page.goto(base + p);
  await page.emulateMedia({ media: 'print' });
  const words = (await page.locator('main').innerText()).split(/\s+/).filter(Boolean).length;
  const pdf = await page.pdf({ preferCSSPageSize: true });
  if (process.env.SAVE) writeFileSync(`/tmp/h13c-${p.split('/')[2]}.pdf`, pdf);
  rows.push([pc(pdf), words, p]);
}
rows.sort((a, b) => b[1] - a[1]);
for (const r of rows) console.log(r.join('\t'), 'budget', 2 + Math.max(0, Math.ceil((r[1] - 450) / 350)));
await browser.close();

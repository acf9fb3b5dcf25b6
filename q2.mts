import chromium from '@sparticuz/chromium';
import { chromium as pw } from '@playwright/test';
const b = await pw.launch({ executablePath: await chromium.executablePath(), args: ['--no-sandbox', '--disable-gpu', '--no-zygote'] });
const p = await b.newPage();
await p.goto('http://127.0.0.1:4321/');
const out = await p.evaluate(async (q) => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.options({ ranking: { metaWeights: { emne: 20, fasett: 8, stikkord: 0.3, ordformer: 0.5 } }, noWorker: true });
  const r = await pf.search(q, { verbose: true });
  const rows = [];
  for (const x of r.results.slice(0, 5)) { const d = await x.data(); rows.push([d.meta.title, x.score.toFixed(2), JSON.stringify(x.scores?.map(s => [s.search_term, s.idf.toFixed(2), s.score.toFixed(2), s.params.length_bonus])), JSON.stringify(x.verbose_meta_scores ?? x.matchedMetaFields)]); }
  return rows;
}, process.argv[2]);
for (const r of out) console.log(r.join('  '));
await b.close();

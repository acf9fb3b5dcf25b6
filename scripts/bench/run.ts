// `npm run bench`: builds the site against 1 000, 5 000 and 10 000 stories of
// synthetic content, and a bare Astro site from the same stories with Astro's
// default Markdown processor and with ours, and writes docs/benchmark.md.
// Everything is built in a temporary folder, from a copy of the project; dist/,
// .astro/ and the caches in the repository are untouched.
//   npm run bench -- --sizes 1000,2000   other sizes
//   npm run bench -- --out /tmp/b.md     another output file
//   npm run bench -- --keep              keep the temporary folder
import { execFileSync } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeBareSite, type Processor } from './bare-site.ts';
import { measureBuild, type BuildMeasurement } from './measure-build.ts';
import { measureSite, typicalQueries, type SiteMeasurement } from './measure-site.ts';
import { writeSyntheticContent } from './synthetic-stories.ts';

const repo = resolve(import.meta.dirname, '..', '..');
const astro = join(repo, 'node_modules', 'astro', 'bin', 'astro.mjs');
const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,10000' },
    out: { type: 'string', default: join(repo, 'docs', 'benchmark.md') },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = options.sizes.split(',').map(Number);

interface SizeResult {
  stories: number;
  pages: number;
  site: BuildMeasurement;
  indexSeconds: number;
  pagefind: { bytes: number; files: number };
  browser: SiteMeasurement;
  bare: Record<Processor, BuildMeasurement & { pages: number }>;
}

async function folderSize(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
    files++;
  }
  return { bytes, files };
}

/** The files a build reads, copied, and node_modules linked. */
async function copyProject(target: string): Promise<void> {
  for (const path of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    await cp(join(repo, path), join(target, path), { recursive: true });
  await symlink(join(repo, 'node_modules'), join(target, 'node_modules'), 'dir');
}

async function htmlPages(dir: string): Promise<number> {
  return (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.html')).length;
}

function log(message: string) {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

async function benchSize(work: string, stories: number): Promise<SizeResult> {
  const dir = join(work, String(stories));
  const content = join(dir, 'content');
  log(`${stories} stories: generating content`);
  await writeSyntheticContent(join(repo, 'content'), content, stories);

  // Our site, built from a copy of the project, so its outDir, cacheDir and
  // .astro/ are its own and a build in the repository can run meanwhile.
  const project = join(dir, 'site');
  await copyProject(project);
  const outDir = join(project, 'dist');
  log(`${stories} stories: building the site`);
  const site = await measureBuild([astro, 'build'], {
    cwd: project,
    env: { KOMPETANSEBANKEN_CONTENT: content, KOMPETANSEBANKEN_CACHE: join(project, '.cache') },
  });
  const indexSeconds = Number(/indexed \d+ pages in ([\d.]+) s/.exec(site.output)?.[1] ?? NaN);
  const pages = await htmlPages(outDir);
  const pagefind = await folderSize(join(outDir, 'pagefind'));
  log(`${stories} stories: ${pages} pages in ${site.seconds.toFixed(0)} s; measuring in Chromium`);
  const storyId = (await readdir(join(content, 'stories'))).find((f) => f.startsWith('syntetisk-'))?.replace(/\.mdx$/, '');
  const browser = await measureSite(outDir, `/eksempler/${storyId}/`, project);

  const bare = {} as SizeResult['bare'];
  for (const processor of ['satteri', 'unified'] as const) {
    const bareProject = join(dir, `bare-${processor}`);
    await writeBareSite(bareProject, join(content, 'stories'), join(repo, 'node_modules'), processor);
    log(`${stories} stories: building bare Astro (${processor})`);
    const measured = await measureBuild([astro, 'build'], { cwd: bareProject });
    bare[processor] = { ...measured, pages: await htmlPages(join(bareProject, 'dist')) };
  }
  if (!options.keep) await rm(dir, { recursive: true, force: true });
  return { stories, pages, site, indexSeconds, pagefind, browser, bare };
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const GiB = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const ms = (seconds: number, pages: number) => `${((seconds * 1000) / pages).toFixed(1)} ms`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const cpu = (m: BuildMeasurement) => (m.cpuSeconds === undefined ? '—' : s(m.cpuSeconds));
const cpuRatio = (a: BuildMeasurement, b: BuildMeasurement) => (a.cpuSeconds && b.cpuSeconds ? ratio(a.cpuSeconds, b.cpuSeconds) : '—');
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

function report(results: SizeResult[], started: Date, load: { start: number; end: number }): string {
  const first = results[0];
  const last = results.at(-1);
  const growth =
    first && last && last !== first
      ? `From ${first.stories} to ${last.stories} stories (${ratio(last.stories, first.stories)} the content) the build took ${ratio(last.site.seconds, first.site.seconds)} the time${first.site.cpuSeconds && last.site.cpuSeconds ? ` and ${ratio(last.site.cpuSeconds, first.site.cpuSeconds)} the CPU time` : ''}; the requirement is at most ${ratio(last.stories, first.stories)}.`
      : '';
  return `# Benchmark

Written by \`npm run bench\` (scripts/bench/) on ${started.toISOString().slice(0, 10)}, at commit ${commit}. It copies content/, adds synthetic
case stories (Norwegian text recombined from the real stories, real municipalities, tools and facets; they pass the
content check) up to each size, builds the site against them in a temporary folder, and measures the result in
Chromium. Numbers are from one run on a shared machine; expect some noise.

**Machine:** ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${GiB(totalmem())} memory, Node ${process.version}, ${process.platform}; load average ${load.start.toFixed(1)} at the start and ${load.end.toFixed(1)} at the end (other work on the machine slows wall times).

## Our site

| stories | pages | build | per page | CPU time | of which Pagefind | peak memory | Pagefind index | first search | first result |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${results
  .map((r) =>
    row([
      String(r.stories),
      String(r.pages),
      s(r.site.seconds),
      ms(r.site.seconds, r.pages),
      cpu(r.site),
      s(r.indexSeconds),
      GiB(r.site.peakBytes),
      `${MB(r.pagefind.bytes)} (${r.pagefind.files} files)`,
      kB(r.browser.searchBytes),
      `${r.browser.firstResultMs} ms`,
    ]),
  )
  .join('\n')}

${growth}

- *build*: wall time of \`astro build\`, including the content check and the Pagefind index. *CPU time*: user and
  system time of all its processes (GNU time); on a machine shared with other work it varies less than wall time. *peak memory*: the largest
  sum of resident memory over the build's process tree (Node and the Pagefind binary), sampled every 200 ms.
- *first search*: everything a visitor downloads for a first search on \`/sok/?q=…\` (Pagefind's script, WebAssembly,
  index chunks and the fragments of the results shown, and the search script), median of ${typicalQueries.map((q) => `«${q}»`).join(', ')};
  *first result*: from opening that address until the first result is shown (median, loopback, no throttling).
  Served by ${results[0]?.browser.server ?? '—'}; sizes as sent with its compression.

## A story page

| stories | HTML | CSS | JavaScript |
| ---: | ---: | ---: | ---: |
${results
  .map((r) => {
    const { html, css, js } = r.browser.story;
    return row([String(r.stories), `${kB(html.transferred)} (${kB(html.raw)} raw)`, `${kB(css.transferred)} (${kB(css.raw)} raw)`, kB(js.raw)]);
  })
  .join('\n')}

Transferred with gzip (raw in brackets); the web font (Inter, Latin subset, cached for a year) comes on top on a first visit.

## Against a bare Astro site

A bare Astro ${'7'} project (generated in the temporary folder, same node_modules) with one plain page per story and an
index: no layout, components, styles, content check or search index. *satteri* is Astro's default Markdown processor;
*remark* is ours, \`unified()\` from @astrojs/markdown-remark with remark-gfm.

| stories | our site | bare, satteri | bare, remark | ours ÷ bare (remark) | ours without Pagefind ÷ bare | remark ÷ satteri | CPU: ours ÷ bare (remark) | CPU: remark ÷ satteri |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${results
  .map((r) =>
    row([
      String(r.stories),
      s(r.site.seconds),
      s(r.bare.satteri.seconds),
      s(r.bare.unified.seconds),
      ratio(r.site.seconds, r.bare.unified.seconds),
      ratio(r.site.seconds - r.indexSeconds, r.bare.unified.seconds),
      ratio(r.bare.unified.seconds, r.bare.satteri.seconds),
      cpuRatio(r.site, r.bare.unified),
      cpuRatio(r.bare.unified, r.bare.satteri),
    ]),
  )
  .join('\n')}

Peak memory of the bare builds: ${results.map((r) => `${r.stories}: ${GiB(r.bare.satteri.peakBytes)} (satteri), ${GiB(r.bare.unified.peakBytes)} (remark)`).join('; ')}.
`;
}

const started = new Date();
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
const startLoad = loadavg()[0] ?? 0;
const work = await mkdtemp(join(tmpdir(), 'kb-bench-'));
// nginx's workers may run as another user (nobody, when started by root).
await chmod(work, 0o755);
log(`working in ${work}`);
try {
  const results: SizeResult[] = [];
  await mkdir(resolve(options.out, '..'), { recursive: true });
  for (const size of sizes) {
    results.push(await benchSize(work, size));
    // Written after each size, so a long run that is stopped keeps what it measured.
    await writeFile(options.out, report(results, started, { start: startLoad, end: loadavg()[0] ?? 0 }));
    log(`wrote ${options.out}`);
  }
} finally {
  if (!options.keep) await rm(work, { recursive: true, force: true });
}

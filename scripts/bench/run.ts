// `npm run bench`: builds our site, a Starlight site and a bare Astro site from
// the same stories (the real ones plus synthetic ones up to each size), in
// paired rounds, measures the built sites in Chromium, and writes
// docs/benchmark.md. Everything is built in a temporary folder, from a copy of
// the project; dist/, .astro/ and the caches in the repository are untouched.
//   npm run bench -- --sizes 1000,2000   other sizes (default 1000,5000,10000)
//   npm run bench -- --runs 1            paired rounds per size (default 3)
//   npm run bench -- --sizes 100 --runs 1 --out /tmp/b.md   a quick run
//   npm run bench -- --keep              keep the temporary folder
import { execFileSync } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeBareSite } from './bare-site.ts';
import { editedStory } from './edit-story.ts';
import { measureBuild, type BuildMeasurement } from './measure-build.ts';
import { measureSite } from './measure-site.ts';
import { report } from './report.ts';
import { buildKinds, type BuildKind, type RunInfo, type SizeResult } from './results.ts';
import { writeStarlightSite } from './starlight-site.ts';
import { median, summarize } from './stats.ts';
import { writeSyntheticContent } from './synthetic-stories.ts';

const repo = resolve(import.meta.dirname, '..', '..');
const nodeModules = join(repo, 'node_modules');
const astro = join(nodeModules, 'astro', 'bin', 'astro.mjs');
const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,10000' },
    runs: { type: 'string', default: '3' },
    out: { type: 'string', default: join(repo, 'docs', 'benchmark.md') },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = options.sizes.split(',').map(Number);
const runs = Number(options.runs);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1) {
  console.error('--sizes takes whole numbers separated by commas (e.g. 100,300), --runs a whole number from 1');
  process.exit(2);
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
  for (const path of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    await cp(join(repo, path), join(target, path), { recursive: true });
  await symlink(nodeModules, join(target, 'node_modules'), 'dir');
}

async function htmlPages(dir: string): Promise<number> {
  return (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.html')).length;
}

async function packageVersion(name: string): Promise<string> {
  return (JSON.parse(await readFile(join(nodeModules, name, 'package.json'), 'utf8')) as { version: string }).version;
}

function log(message: string) {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

/** A project the benchmark builds: its folder, its build's Node commands and the environment they need. */
interface Project {
  dir: string;
  build: string[][];
  env?: NodeJS.ProcessEnv;
}
const astroBuild = [astro, 'build'];

/** A cold build: output, Astro's data and every cache (all set to folders inside the project) removed first. */
async function coldBuild(project: Project): Promise<BuildMeasurement> {
  for (const folder of ['dist', '.astro', '.cache']) await rm(join(project.dir, folder), { recursive: true, force: true });
  return measureBuild(project.build, { cwd: project.dir, env: project.env });
}

async function benchSize(work: string, stories: number): Promise<SizeResult> {
  const dir = join(work, String(stories));
  const content = join(dir, 'content');
  const storiesDir = join(content, 'stories');
  log(`${stories} stories: generating content and projects`);
  await writeSyntheticContent(join(repo, 'content'), content, stories);

  // Our site is built from a copy of the project, so its outDir, cacheDir and
  // .astro/ are its own and a build in the repository can run meanwhile.
  // As `npm run build`: Astro, then the soft hyphens and the search index, each in a process of its own.
  const ours: Project = { dir: join(dir, 'site'), build: [['scripts/build-cache.ts', 'start'], astroBuild, ['scripts/hyphenate-pages.ts'], ['scripts/index-search.ts'], ['scripts/build-cache.ts', 'prune']], env: { KOMPETANSEBANKEN_CONTENT: content, KOMPETANSEBANKEN_CACHE: join(dir, 'site', '.cache') } };
  await copyProject(ours.dir);
  const starlight: Project = { dir: join(dir, 'starlight'), build: [astroBuild] };
  await writeStarlightSite(starlight.dir, storiesDir, nodeModules);
  const bareUnified: Project = { dir: join(dir, 'bare-unified'), build: [astroBuild] };
  await writeBareSite(bareUnified.dir, storiesDir, nodeModules, 'unified');
  const bareSatteri: Project = { dir: join(dir, 'bare-satteri'), build: [astroBuild] };
  await writeBareSite(bareSatteri.dir, storiesDir, nodeModules, 'satteri');

  // A synthetic story is measured and another one edited; below the real
  // stories' count there are none, so real ones stand in.
  const files = (await readdir(storiesDir)).filter((f) => f.endsWith('.mdx')).sort();
  const synthetic = files.filter((f) => f.startsWith('syntetisk-'));
  const pool = synthetic.length > 0 ? synthetic : files;
  const measuredStory = pool[0]?.replace(/\.mdx$/, '');
  const editedFile = join(storiesDir, pool.at(-1) ?? '');
  const original = await readFile(editedFile, 'utf8');

  const measured = Object.fromEntries(buildKinds.map((kind) => [kind, [] as BuildMeasurement[]])) as Record<BuildKind, BuildMeasurement[]>;
  const step = async (round: number, kind: BuildKind, build: () => Promise<BuildMeasurement>) => {
    log(`${stories} stories, round ${round}/${runs}: ${kind}`);
    const result = await build();
    measured[kind].push(result);
    log(`  ${result.seconds.toFixed(1)} s wall, ${result.cpuSeconds?.toFixed(1) ?? '?'} s CPU`);
  };
  // Alternated, so a change in the machine's load falls on every kind alike.
  for (let round = 1; round <= runs; round++) {
    await step(round, 'ours', () => coldBuild(ours));
    await writeFile(editedFile, editedStory(original));
    await step(round, 'rebuild', () => measureBuild(ours.build, { cwd: ours.dir, env: ours.env }));
    await writeFile(editedFile, original);
    await step(round, 'starlight', () => coldBuild(starlight));
    await step(round, 'bareUnified', () => coldBuild(bareUnified));
    await step(round, 'bareSatteri', () => coldBuild(bareSatteri));
  }

  const oursDist = join(ours.dir, 'dist');
  const storyPath = `/eksempler/${measuredStory}/`;
  log(`${stories} stories: measuring both sites in Chromium`);
  const sites = {
    ours: await measureSite('ours', oursDist, storyPath, ours.dir),
    starlight: await measureSite('starlight', join(starlight.dir, 'dist'), storyPath, starlight.dir),
  };
  const oursPages = await htmlPages(oursDist);
  const result: SizeResult = {
    stories,
    pages: {
      ours: oursPages,
      rebuild: oursPages,
      starlight: await htmlPages(join(starlight.dir, 'dist')),
      bareUnified: await htmlPages(join(bareUnified.dir, 'dist')),
      bareSatteri: await htmlPages(join(bareSatteri.dir, 'dist')),
    },
    builds: Object.fromEntries(buildKinds.map((kind) => [kind, summarize(measured[kind])])) as SizeResult['builds'],
    indexSeconds: median(measured.ours.map((m) => Number(/indexed \d+ pages in ([\d.]+) s/.exec(m.output)?.[1] ?? NaN))),
    pagefind: await folderSize(join(oursDist, 'pagefind')),
    sites,
  };
  if (!options.keep) await rm(dir, { recursive: true, force: true });
  return result;
}

const info: RunInfo = {
  date: new Date().toISOString().slice(0, 10),
  commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim(),
  runs,
  cores: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryBytes: totalmem(),
  node: process.version,
  platform: process.platform,
  load: { start: loadavg()[0] ?? 0, end: NaN },
  starlightVersion: await packageVersion('@astrojs/starlight'),
  astroVersion: await packageVersion('astro'),
};
// Inside the repository (its .gitignore lists .bench-work/), not in /tmp:
// Astro reads a file outside the project as relative to the project's root
// unless the two share a folder, and Starlight's components are such files.
await mkdir(join(repo, '.bench-work'), { recursive: true });
const work = await mkdtemp(join(repo, '.bench-work', 'run-'));
// nginx's workers may run as another user (nobody, when started by root).
await chmod(work, 0o755);
log(`working in ${work}`);
try {
  const results: SizeResult[] = [];
  await mkdir(resolve(options.out, '..'), { recursive: true });
  for (const size of sizes) {
    results.push(await benchSize(work, size));
    // Written after each size, so a long run that is stopped keeps what it measured.
    await writeFile(options.out, report(results, { ...info, load: { ...info.load, end: loadavg()[0] ?? 0 } }));
    log(`wrote ${options.out}`);
  }
} finally {
  if (!options.keep) await rm(work, { recursive: true, force: true });
}

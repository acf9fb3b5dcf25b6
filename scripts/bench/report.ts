// docs/benchmark.md from one run's results: the targets first, then ratios
// (which travel between machines), then the absolute figures behind them.
import { typicalQueries, weightKinds, type SiteMeasurement } from './measure-site.ts';
import { buildKinds, type BuildKind, type RunInfo, type SizeResult } from './results.ts';
import { ratio, type BuildSummary } from './stats.ts';
import { firstVisitBytes, GiB, KB, targets, type Target } from './targets.ts';

const buildNames: Record<BuildKind, string> = {
  ours: 'ours, cold',
  rebuild: 'ours, rebuild after one edit',
  starlight: 'Starlight, cold',
  bareUnified: 'bare Astro, remark',
  bareSatteri: 'bare Astro, satteri',
};

const kB = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const MB = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;
const gib = (bytes: number) => `${(bytes / GiB).toFixed(2)} GiB`;
const s = (seconds: number | undefined) => (seconds === undefined || Number.isNaN(seconds) ? '—' : `${seconds.toFixed(1)} s`);
/** A ratio as `1.23×`, or a dash where it cannot be computed. */
export const times = (value: number | undefined) => (value === undefined ? '—' : `${value.toFixed(2)}×`);
const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const table = (head: readonly string[], rows: readonly (readonly string[])[]) =>
  [row(head), row(head.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(row)].join('\n');

/** `pass`, `FAIL` or `not measured`. */
export function verdict(target: Pick<Target, 'pass'>): string {
  return target.pass === undefined ? 'not measured' : target.pass ? 'pass' : 'FAIL';
}

function targetTable(results: readonly SizeResult[]): string {
  return table(
    ['target', 'stories', 'measured', 'limit', 'result'],
    targets(results).map((t) => [t.text, t.stories === undefined ? '' : String(t.stories), t.measured, t.limit, verdict(t)]),
  );
}

const cpuRatio = (a: BuildSummary, b: BuildSummary) => times(ratio(a.cpuSeconds, b.cpuSeconds));

function ratioTable(results: readonly SizeResult[]): string {
  return table(
    ['stories', 'cold CPU ours ÷ Starlight', 'cold wall ours ÷ Starlight', 'rebuild CPU ÷ Starlight cold', 'cold CPU ours ÷ bare (remark)', 'peak memory ours ÷ Starlight', 'story first visit ours ÷ Starlight', 'first search bytes ours ÷ Starlight', 'first result ours ÷ Starlight'],
    results.map((r) => {
      const { ours, rebuild, starlight, bareUnified } = r.builds;
      return [
        String(r.stories),
        cpuRatio(ours, starlight),
        times(ratio(ours.seconds, starlight.seconds)),
        cpuRatio(rebuild, starlight),
        cpuRatio(ours, bareUnified),
        times(ratio(ours.peakBytes, starlight.peakBytes)),
        times(ratio(firstVisitBytes(r.sites.ours.story), firstVisitBytes(r.sites.starlight.story))),
        times(ratio(r.sites.ours.searchBytes, r.sites.starlight.searchBytes)),
        times(ratio(r.sites.ours.firstResultMs, r.sites.starlight.firstResultMs)),
      ];
    }),
  );
}

function buildTable(results: readonly SizeResult[]): string {
  return table(
    ['stories', 'build', 'pages', 'wall (median)', 'CPU (median)', 'peak memory (largest)'],
    results.flatMap((r) =>
      buildKinds.map((kind) => {
        const b = r.builds[kind];
        return [String(r.stories), buildNames[kind], String(r.pages[kind]), s(b.seconds), s(b.cpuSeconds), gib(b.peakBytes)];
      }),
    ),
  );
}

function visitCells(site: SiteMeasurement): string[] {
  return [...weightKinds.map((k) => kB(site.story[k].transferred)), kB(firstVisitBytes(site.story)), kB(site.searchBytes), `${Math.round(site.firstResultMs)} ms`];
}

function browserTable(results: readonly SizeResult[]): string {
  return table(
    ['stories', 'site', 'HTML', 'CSS', 'JavaScript', 'fonts', 'story first visit', 'first search', 'first result'],
    results.flatMap((r) => [
      [String(r.stories), 'ours', ...visitCells(r.sites.ours)],
      [String(r.stories), 'Starlight', ...visitCells(r.sites.starlight)],
    ]),
  );
}

function oursTable(results: readonly SizeResult[]): string {
  return table(
    ['stories', 'of which Pagefind', 'Pagefind index', 'bare remark ÷ satteri (CPU)'],
    results.map((r) => [String(r.stories), s(r.indexSeconds), `${MB(r.pagefind.bytes)} (${r.pagefind.files} files)`, cpuRatio(r.builds.bareUnified, r.builds.bareSatteri)]),
  );
}

/** The whole of docs/benchmark.md for `results` (one entry per size, smallest first). */
export function report(results: readonly SizeResult[], info: RunInfo): string {
  const servers = results[0] ? `Ours is served by ${results[0].sites.ours.server}, Starlight by ${results[0].sites.starlight.server}` : '';
  return `# Benchmark

Written by \`npm run bench\` (scripts/bench/) on ${info.date}, at commit ${info.commit}. It copies content/, adds synthetic
case stories (Norwegian text recombined from the real stories, real municipalities, tools and facets; they pass the
content check) up to each size, and builds from the same stories, in a temporary folder: our site; a Starlight
${info.starlightVersion} site (each story a docs page, Starlight's Pagefind search on, a short fixed sidebar); and a bare
Astro ${info.astroVersion} site. Each size is built in ${info.runs} paired round${info.runs === 1 ? '' : 's'}, alternated (ours cold, ours rebuilt after
editing one story, Starlight cold, bare remark, bare satteri${info.runs === 1 ? '' : '; then again'}), every cold build with its caches cleared;
times are medians over the rounds. The built sites are then measured in Chromium.

**Machine:** ${info.cores} cores (${info.cpuModel}), ${gib(info.memoryBytes)} memory, Node ${info.node}, ${info.platform}; load average ${info.load.start.toFixed(1)} at the start and ${info.load.end.toFixed(1)} at the end. Absolute times hold only for this machine and load; compare the ratios.

## Targets (issue 17)

${targetTable(results)}

## Ratios

${ratioTable(results)}

## Builds

${buildTable(results)}

${oursTable(results)}

## In the browser

${browserTable(results)}

- *wall*: time of \`astro build\`; for ours as \`npm run build\` does it, the content check in Astro's build, then
  the soft hyphens and the Pagefind index, each in a process of its own (\`scripts/hyphenate-pages.ts\`,
  \`scripts/index-search.ts\`). *CPU*: user and system
  time of all its processes (GNU time); on a shared machine it varies less than wall time. *peak memory*: the largest
  sum of resident memory over the build's process tree (Node and the Pagefind binary), sampled every 200 ms; the
  largest over the rounds.
- *rebuild after one edit*: our build again, caches kept, right after a cold build, with one synthetic story's body
  changed (its first paragraph repeated at its end).
- *story first visit*: one synthetic story page in a fresh browser, HTML, CSS, JavaScript and fonts, as sent with gzip
  (level 6), until the network is idle.
- *first search*: the search's scripts, WebAssembly, index chunks and result fragments a visitor downloads;
  *first result*: from opening the page until the first result shows (loopback, no throttling). Ours opens
  \`/sok/?q=…\`; Starlight has no search address, so its home page is opened, the search dialog opened and the query
  typed. Median of ${typicalQueries.map((q) => `«${q}»`).join(', ')}. ${servers}.
`;
}

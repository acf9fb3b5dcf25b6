// A made-up benchmark result for the targets' and report's tests.
import type { SiteMeasurement } from './measure-site.ts';
import type { BuildKind, RunInfo, SizeResult } from './results.ts';
import type { BuildSummary } from './stats.ts';

const build = (seconds: number, cpuSeconds: number | undefined, peakBytes = 1024 ** 3): BuildSummary => ({ runs: 3, seconds, cpuSeconds, peakBytes });

function site(kb: { html: number; css: number; js: number; font: number }, searchKb: number, firstResultMs: number): SiteMeasurement {
  const w = (n: number) => ({ raw: n * 3 * 1024, transferred: n * 1024 });
  return { server: 'nginx', searchBytes: searchKb * 1024, firstResultMs, story: { html: w(kb.html), css: w(kb.css), js: w(kb.js), font: w(kb.font) } };
}

/** One size; `cpu` sets each build kind's CPU seconds (wall is CPU + 10 s). */
export function sizeResult(stories: number, cpu: Partial<Record<BuildKind, number>> = {}, overrides: Partial<SizeResult> = {}): SizeResult {
  const c = { ours: 40, rebuild: 20, starlight: 30, bareUnified: 20, bareSatteri: 10, ...cpu };
  return {
    stories,
    pages: { ours: stories + 275, rebuild: stories + 275, starlight: stories + 2, bareUnified: stories + 1, bareSatteri: stories + 1 },
    builds: {
      ours: build(c.ours + 10, c.ours),
      rebuild: build(c.rebuild + 10, c.rebuild),
      starlight: build(c.starlight + 10, c.starlight),
      bareUnified: build(c.bareUnified + 10, c.bareUnified),
      bareSatteri: build(c.bareSatteri + 10, c.bareSatteri),
    },
    indexSeconds: 5,
    pagefind: { bytes: 4_000_000, files: 1300 },
    sites: { ours: site({ html: 5, css: 15, js: 0, font: 20 }, 150, 500), starlight: site({ html: 7, css: 12, js: 30, font: 0 }, 120, 400) },
    ...overrides,
  };
}

export const runInfo: RunInfo = {
  date: '2026-11-30',
  commit: 'abc1234',
  runs: 3,
  cores: 2,
  cpuModel: 'Test CPU',
  memoryBytes: 8 * 1024 ** 3,
  node: 'v24.21.0',
  platform: 'linux',
  load: { start: 1.5, end: 2.25 },
  starlightVersion: '0.42.4',
  astroVersion: '7.3.5',
};

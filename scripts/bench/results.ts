// The shape of what `npm run bench` measures, shared by the run, the targets
// and the report.
import type { SiteKind, SiteMeasurement } from './measure-site.ts';
import type { BuildSummary } from './stats.ts';

/**
 * The builds of one size. `ours` and `starlight` are cold (caches cleared);
 * `rebuild` is ours again right after a cold build with one story's body
 * edited (caches kept); the bare sites are cold, with Astro's default Markdown
 * processor (satteri) and with ours (remark through `unified()`).
 */
export type BuildKind = 'ours' | 'rebuild' | 'starlight' | 'bareUnified' | 'bareSatteri';
export const buildKinds: readonly BuildKind[] = ['ours', 'rebuild', 'starlight', 'bareUnified', 'bareSatteri'];

export interface SizeResult {
  stories: number;
  /** HTML pages written by each build kind's site. */
  pages: Record<BuildKind, number>;
  builds: Record<BuildKind, BuildSummary>;
  /** Pagefind's part of our cold build, median seconds. */
  indexSeconds: number;
  /** Our Pagefind index on disk. */
  pagefind: { bytes: number; files: number };
  sites: Record<SiteKind, SiteMeasurement>;
}

export interface RunInfo {
  /** ISO date of the start. */
  date: string;
  commit: string;
  /** Paired rounds per size. */
  runs: number;
  cores: number;
  cpuModel: string;
  memoryBytes: number;
  node: string;
  platform: string;
  /** One-minute load average at the start and the end of the run. */
  load: { start: number; end: number };
  starlightVersion: string;
  astroVersion: string;
}

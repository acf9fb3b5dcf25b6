// The targets of issue 17 as checks on one benchmark run: each gives what was
// measured, the limit, and pass, fail, or not measured in this run.
import type { SizeResult } from './results.ts';
import { ratio } from './stats.ts';

export interface Target {
  /** What is required, in words. */
  text: string;
  /** The size it was checked at; undefined for a check across sizes. */
  stories: number | undefined;
  measured: string;
  limit: string;
  /** Undefined when this run did not measure it. */
  pass: boolean | undefined;
}

export const KB = 1024;
export const GiB = 1024 ** 3;
const times = (value: number | undefined) => (value === undefined ? '—' : `${value.toFixed(2)}×`);
const kB = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/** The size the issue sets its 10 000-story limits at. */
export const largeSize = 10_000;

/** What a story page's first visit sends, gzip: HTML, CSS, JavaScript and fonts. */
export function firstVisitBytes(story: SizeResult['sites']['ours']['story']): number {
  return story.html.transferred + story.css.transferred + story.js.transferred + story.font.transferred;
}

function check(text: string, stories: number | undefined, value: number | undefined, limit: number, show: (v: number | undefined) => string): Target {
  return { text, stories, measured: show(value), limit: show(limit), pass: value === undefined ? undefined : value <= limit };
}

const notMeasured = (text: string, why: string): Target => ({ text, stories: undefined, measured: why, limit: '', pass: undefined });

export function targets(results: readonly SizeResult[]): Target[] {
  const list: Target[] = [];
  for (const r of results) {
    const { ours, rebuild, starlight } = r.builds;
    const oursVisit = firstVisitBytes(r.sites.ours.story);
    const starlightVisit = firstVisitBytes(r.sites.starlight.story);
    list.push(
      check('cold build CPU ≤ 1.5 × Starlight', r.stories, ratio(ours.cpuSeconds, starlight.cpuSeconds), 1.5, times),
      check('rebuild after one edit (CPU) ≤ Starlight cold', r.stories, ratio(rebuild.cpuSeconds, starlight.cpuSeconds), 1, times),
      check('story first visit ≤ 50 KB', r.stories, oursVisit, 50 * KB, (v) => (v === undefined ? '—' : kB(v))),
      check('story first visit ≤ Starlight', r.stories, ratio(oursVisit, starlightVisit), 1, times),
      check('first result ≤ Starlight', r.stories, ratio(r.sites.ours.firstResultMs, r.sites.starlight.firstResultMs), 1, times),
    );
  }
  const large = results.find((r) => r.stories === largeSize);
  if (large) {
    list.push(
      check('first search ≤ 200 KB', large.stories, large.sites.ours.searchBytes, 200 * KB, (v) => (v === undefined ? '—' : kB(v))),
      check('peak memory ≤ 5 GiB', large.stories, large.builds.ours.peakBytes, 5 * GiB, (v) => (v === undefined ? '—' : `${(v / GiB).toFixed(2)} GiB`)),
    );
  } else {
    const why = 'not measured (no 10 000-story run)';
    list.push(notMeasured('first search ≤ 200 KB at 10 000 stories', why), notMeasured('peak memory ≤ 5 GiB at 10 000 stories', why));
  }
  const first = results[0];
  const last = results.at(-1);
  const growth = first && last ? last.stories / first.stories : 1;
  if (first && last && growth >= 2) {
    // 10× the stories for at most 9× the CPU: the same proportion for other sizes.
    const text = `${first.stories} → ${last.stories} stories (${growth.toFixed(1)}×): CPU grows ≤ 0.9 × the stories`;
    list.push(check(text, undefined, ratio(last.builds.ours.cpuSeconds, first.builds.ours.cpuSeconds), 0.9 * growth, times));
  } else list.push(notMeasured('10× the stories cost ≤ 9× the CPU', 'not measured (needs two sizes, the larger at least 2× the smaller)'));
  return list;
}

import { expect, it } from 'vitest';
import { sizeResult } from './fixtures.ts';
import { firstVisitBytes, GiB, targets } from './targets.ts';

const byText = (list: ReturnType<typeof targets>, text: string) => list.filter((t) => t.text.includes(text));

it('checks cold CPU against 1.5 × Starlight and the rebuild against Starlight cold, per size', () => {
  const list = targets([sizeResult(1000, { ours: 45, rebuild: 31, starlight: 30 })]);
  expect(byText(list, '1.5 × Starlight')[0]).toMatchObject({ stories: 1000, measured: '1.50×', pass: true });
  expect(byText(list, 'rebuild')[0]).toMatchObject({ measured: '1.03×', pass: false });
  expect(targets([sizeResult(1000, { ours: 46, starlight: 30 })]).find((t) => t.text.includes('1.5 ×'))?.pass).toBe(false);
});

it('adds HTML, CSS, JavaScript and fonts for the first visit, and holds it to 50 KB and to Starlight', () => {
  const result = sizeResult(1000);
  expect(firstVisitBytes(result.sites.ours.story)).toBe(40 * 1024);
  const list = targets([result]);
  expect(byText(list, '≤ 50 KB')[0]).toMatchObject({ measured: '40.0 KB', pass: true });
  expect(byText(list, 'first visit ≤ Starlight')[0]).toMatchObject({ measured: '0.82×', pass: true });
  expect(byText(list, 'first result')[0]).toMatchObject({ measured: '1.25×', pass: false });
});

it('says what a run without 10 000 stories or without CPU times did not measure', () => {
  const list = targets([sizeResult(300, { ours: 40 }, {})]);
  expect(byText(list, '200 KB')[0]?.pass).toBeUndefined();
  expect(byText(list, '5 GiB')[0]?.pass).toBeUndefined();
  expect(byText(list, '9×')[0]?.pass).toBeUndefined();
  const noCpu = sizeResult(300);
  noCpu.builds.ours.cpuSeconds = undefined;
  expect(byText(targets([noCpu]), '1.5 ×')[0]).toMatchObject({ measured: '—', pass: undefined });
});

it('checks search bytes and peak memory at 10 000 stories, and growth against 0.9 × the stories', () => {
  const large = sizeResult(10_000, { ours: 361 });
  large.builds.ours.peakBytes = 5.5 * GiB;
  const list = targets([sizeResult(1000, { ours: 40 }), large]);
  expect(byText(list, '200 KB')[0]).toMatchObject({ stories: 10_000, measured: '150.0 KB', pass: true });
  expect(byText(list, '5 GiB')[0]).toMatchObject({ measured: '5.50 GiB', pass: false });
  expect(byText(list, '1000 → 10000')[0]).toMatchObject({ measured: '9.03×', limit: '9.00×', pass: false });
});

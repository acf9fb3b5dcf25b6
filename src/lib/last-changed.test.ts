import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { lastChanged } from './last-changed.ts';

it('gives a file’s last commit date, as `git log -1` does, and the fallback for a file git does not know', () => {
  for (const file of ['content/stories/askim-oppfolging-av-resultater.mdx', 'package.json']) {
    const expected = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], { encoding: 'utf8' }).trim();
    expect(lastChanged(file).getTime(), file).toBe(new Date(expected).getTime());
  }
  const fallback = new Date('2010-06-01T00:00:00Z');
  expect(lastChanged('content/stories/finnes-ikke.mdx', fallback)).toBe(fallback);
  expect(lastChanged(undefined, fallback)).toBe(fallback);
});

import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { measureBuild } from './measure-build.ts';

describe('measureBuild', () => {
  it('runs the steps in turn, as one build, with what they print', async () => {
    const measured = await measureBuild([['-e', "console.log('astro')"], ['-e', 'console.log("it\'s the index")']], { cwd: tmpdir() });
    expect(measured.output).toBe("astro\nit's the index\n");
    expect(measured.peakBytes).toBeGreaterThanOrEqual(0);
  });

  it('stops at the first step that fails and says so', async () => {
    await expect(measureBuild([['-e', 'process.exit(3)'], ['-e', "console.log('never')"]], { cwd: tmpdir() })).rejects.toThrow(/^build failed \(3\)(?![\s\S]*never\n)/);
  });
});

import { describe, expect, it } from 'vitest';
import { sourceCodeVersion } from './code-version.ts';

describe('sourceCodeVersion', () => {
  it('is a digest of the site’s code and installed packages, the same on every call', () => {
    expect(sourceCodeVersion()).toMatch(/^[0-9a-f]{64}$/);
    expect(sourceCodeVersion()).toBe(sourceCodeVersion());
  });
});

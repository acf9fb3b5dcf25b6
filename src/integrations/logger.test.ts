// Astro's English schema errors are left out of the terminal; everything else passes.
import { expect, it } from 'vitest';
import { isContentSchemaError } from './logger.ts';

it('drops only the content layer schema errors the content check reports in Norwegian', () => {
  const message = 'Failed to reload 49-nye-kommunar.mdx: **news → 49-nye-kommunar** data does not match collection schema.';
  expect(isContentSchemaError({ label: 'glob-loader', level: 'error', message, newLine: true })).toBe(true);
  expect(isContentSchemaError({ label: 'vite', level: 'error', message: 'Internal server error', newLine: true })).toBe(false);
  expect(isContentSchemaError({ label: 'glob-loader', level: 'info', message: 'Reloaded data from a.mdx', newLine: true })).toBe(false);
});

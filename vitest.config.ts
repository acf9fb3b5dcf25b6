import { defineConfig } from 'vitest/config';

// Unit tests live beside the code (*.test.ts); browser tests are Playwright's, under tests/.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Timeouts catch hangs, not slowness: a busy CI machine can take several
    // seconds for one PNG or one build (speed is measured by \`npm run bench\`).
    testTimeout: 60_000,
    // The newsletter e-mail reads its stylesheet with ?raw; vitest empties CSS unless told otherwise.
    css: { include: [/newsletter-email\.css/] },
  },
});

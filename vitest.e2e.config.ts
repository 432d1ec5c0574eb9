// npm run test:e2e: real-browser tests (Chromium via playwright-core) against the bot's HTTP server,
// built and started once (tests/e2e/globalSetup.ts). Kept apart from `npm test`, which must not need a browser.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/globalSetup.ts'],
    setupFiles: ['tests/setup/noNetwork.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser tests need Chromium: they run with `npm run test:e2e` (vitest.e2e.config.ts).
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup/noNetwork.ts'],
    env: { DOTENV_CONFIG_QUIET: 'true' },
    testTimeout: 20000,
    pool: 'forks',
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/setup/noNetwork.ts'],
    testTimeout: 20000,
    pool: 'forks',
  },
});

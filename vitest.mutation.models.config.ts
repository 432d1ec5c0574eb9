// The tests run against each mutant of the understander and the turn planner (stryker.models.config.mjs):
// their direct tests, with the trained risk model read from the start-up cache (tests/setup/keptModels.ts).
// Fill the cache first with an ordinary run of the same tests (`npx vitest run <them>`).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: process.env.MUTATION_TESTS?.split(',') ?? [],
    setupFiles: ['tests/setup/noNetwork.ts', 'tests/setup/keptModels.ts'],
    env: { DOTENV_CONFIG_QUIET: 'true' },
    testTimeout: 20000,
    pool: 'forks',
  },
});

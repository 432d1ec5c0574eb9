// The tests StrykerJS runs against each mutant (stryker.config.mjs): the unit and property tests of the
// mutated code's own folders. The bot, channel, server and transcript tests go through the whole bot
// (about a minute to import on a small machine) and would make each of thousands of mutants cost that
// much; a mutant that only they would catch is a gap in the unit tests, which is what this run measures.
import { defineConfig } from 'vitest/config';

export const mutationTests = (include: string[]) => defineConfig({
  test: {
    include,
    setupFiles: ['tests/setup/noNetwork.ts'],
    env: { DOTENV_CONFIG_QUIET: 'true' },
    testTimeout: 20000,
    pool: 'forks',
  },
});

// MUTATION_TESTS narrows a run to one file's direct tests, e.g.
//   MUTATION_TESTS=tests/knowledge/loader.test.ts npx stryker run stryker.config.mjs --mutate src/knowledge/loader.ts
export default mutationTests(process.env.MUTATION_TESTS?.split(',') ?? ['tests/{pathway,knowledge,understanding,dialogs}/**/*.test.ts']);

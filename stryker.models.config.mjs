// The understander and the turn planner: each mutant against their direct tests, with the trained risk
// model read from the start-up cache instead of trained again (vitest.mutation.models.config.ts,
// tests/setup/keptModels.ts). Fill the cache first with an ordinary run of the same tests. Only files
// that are not among the cached model's code (riskModel.ts, text.ts, the knowledge loader) may be
// mutated this way; keptModels.ts gives instrumented code a key that matches nothing in any case.
// Each file's direct tests are gathered in one file (tests/mutation/*.suite.ts), so a mutant costs one
// understander built, not one for each test file that reaches it:
//   npx vitest run tests/dialogs/{turnPlanner,focus}.test.ts
//   MUTATION_TESTS=tests/mutation/turnPlanner.suite.ts npx stryker run stryker.models.config.mjs --mutate dialogs/turnPlanner.ts --concurrency 1
//   MUTATION_TESTS=tests/mutation/understander.suite.ts npx stryker run stryker.models.config.mjs --mutate src/understanding/understander.ts --concurrency 1
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: ['src/understanding/understander.ts', 'dialogs/turnPlanner.ts'],
  vitest: { ...base.vitest, configFile: 'vitest.mutation.models.config.ts' },
  incrementalFile: 'reports/stryker-models-incremental.json',
  htmlReporter: { fileName: 'reports/mutation-models/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation-models/mutation.json' },
};

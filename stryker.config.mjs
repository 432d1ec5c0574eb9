// Mutation testing (StrykerJS): does a one-line change to the code that decides safety make a test fail?
// `npm run test:mutation` runs the whole scope of issue 16; `npm run test:mutation:safety` (stryker.safety.config.mjs)
// only the safety-critical files. Reports go to reports/mutation/ (HTML and JSON, not committed).
//
// No type checker: @stryker-mutator/typescript-checker drives the TypeScript compiler API, and the
// `typescript` package at 7.x (the native compiler) exports no compiler API (only `version`), so the
// checker cannot start. Mutants that would not type-check therefore run as plain JavaScript (vitest strips
// types) and are killed or survive on behaviour; any such survivor is listed below as "type error".
//
// Incremental: reports/stryker-incremental.json is a local cache, not committed. Stryker reruns only the
// mutants whose code or covering tests changed, and it does not see changes to knowledge/*.yaml, which
// decide what most of these tests expect: a committed cache could keep a mutant "killed" after a data edit
// let it survive. CI therefore runs the safety set from scratch (see .ci/run).

/** Surviving mutants left standing, by file and line: why each is not worth (or not possible) a test. */
export const survivorsLeftStanding = {
  // filled in from the reports: see the bottom of this file
};

/** The scope of issue 16. */
export const fullScope = [
  'src/pathway/**/*.ts',
  'src/understanding/**/*.ts',
  '!src/understanding/eval/**',  // npm run eval:nlu's scoring, not the bot's behaviour
  'dialogs/turnPlanner.ts',
  'src/knowledge/loader.ts',
];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: fullScope,
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  concurrency: 2,
  timeoutMS: 20000,
  // Stryker rewrites tsconfig.json paths in its sandbox with the TypeScript compiler API, which TypeScript 7
  // lacks (`ts.parseConfigFileTextToJson is not a function`). Nothing here needs the rewrite (no `extends` or
  // `references` outside the project), so point the option at a file that does not exist and it is skipped.
  tsconfigFile: 'tsconfig.not-rewritten-by-stryker.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};

// The safety-critical files only: opening hours (which front door to ring now) and eligibility (which
// services a child is ruled out of). `npm run test:mutation:safety`; CI runs this one (see .ci/run).
import base from './stryker.config.mjs';

export const safetyCritical = [
  'src/pathway/hours.ts',
  'src/pathway/bankHolidays.ts',
  'src/pathway/londonTime.ts',
  'src/pathway/contactsNow.ts',
  'src/pathway/eligibility.ts',
];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: safetyCritical,
  vitest: { ...base.vitest, configFile: 'vitest.mutation.safety.config.ts' },
  incrementalFile: '.ci/mutation-cache/safety-incremental.json',
  htmlReporter: { fileName: 'reports/mutation-safety/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation-safety/mutation.json' },
};

// The tests `npm run test:mutation:safety` runs against each mutant of the safety-critical files: their
// direct tests. decide's properties (tests/pathway/decideProperties.test.ts) also reach the hours code,
// but each run of them takes seconds, and a mutant only they would catch is a gap in the direct tests.
import { mutationTests } from './vitest.mutation.config.js';

export default mutationTests([
  'tests/pathway/{frontDoorHours,calendar,hours,eligibility,contactsNow,safeguardingRoutes}.test.ts',
  'tests/knowledge/**/*.test.ts',
]);

// The understander's direct tests as one file, for mutation runs only (stryker.models.config.mjs): Stryker
// runs each mutant against every file whose tests reach it, and each file builds its own understander
// (about 4 s), so seven files cost seven builds a mutant; imported here, they share one. The tests are
// the files' own, unchanged; `npm test` runs them from their files, and this file is not named `.test.ts`, so it runs only when named (MUTATION_TESTS).
import '../understanding/intents.test.js';
import '../understanding/entities.test.js';
import '../understanding/age.test.js';
import '../understanding/area.test.js';
import '../understanding/areaAnchored.test.js';
import '../understanding/riskModel.test.js';
import '../understanding/riskScreen.test.js';
import '../understanding/understanderReadings.test.js';
import '../understanding/understanderInContext.test.js';

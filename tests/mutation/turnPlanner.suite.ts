// The turn planner's direct tests as one file, for mutation runs only (see understander.suite.test.ts).
import '../dialogs/turnPlanner.test.js';
import '../dialogs/turnPlannerMore.test.js';
import '../dialogs/focus.test.js';

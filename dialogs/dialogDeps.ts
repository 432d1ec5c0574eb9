// What the dialogs need, passed in by the composition root (CoreBot style): no dialog reaches for a
// global or reads the clock itself.
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { PlannerDeps } from './turnPlanner.js';

export interface DialogDeps extends PlannerDeps {
  memory: StatePropertyAccessor<unknown>;
  /** The turn's "now": the activity's timestamp, so out-of-hours routing follows the user's clock. */
  clock: (context: TurnContext) => Date;
}

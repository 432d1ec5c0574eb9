// A turn as a transaction over conversation state: run it, save conditionally, and only then let its
// replies out. When another message in the same conversation saved first (a StateConflict), the turn
// runs again on what that message left, so both messages' facts are kept and the user sees the replies
// of the run that was saved. Each run gets its own TurnContext so nothing cached by the failed run
// (state, dialog scopes) leaks into the next.
import { TurnContext, type Activity, type BotState, type ResourceResponse } from 'botbuilder';
import { isStateConflict } from './storeErrors.js';

export const MAX_TURN_ATTEMPTS = 5;

export interface TurnTransaction {
  state: BotState;
  /** The turn's logic, run once per attempt on that attempt's context. */
  run(context: TurnContext): Promise<void>;
  /** Last changes before the save (what is kept must be facts only). */
  beforeSave?(context: TurnContext): void;
  maxAttempts?: number;
  /** Told of each conflict that re-runs the turn (for the log). */
  onConflict?(attempt: number): void;
}

function attemptContext(context: TurnContext, outbox: Partial<Activity>[]): TurnContext {
  const attempt = new TurnContext(context.adapter, { ...context.activity } as Activity);
  // What the adapter put there for the turn (identity, connector client) is needed by dialogs and prompts.
  for (const [key, value] of context.turnState) attempt.turnState.set(key, value);
  attempt.onSendActivities(async (_ctx, activities) => {
    outbox.push(...activities);
    return activities.map((): ResourceResponse => ({ id: '' }));
  });
  return attempt;
}

export async function runTurnTransaction(context: TurnContext, transaction: TurnTransaction): Promise<void> {
  const maxAttempts = transaction.maxAttempts ?? MAX_TURN_ATTEMPTS;
  for (let attempt = 1; ; attempt++) {
    const outbox: Partial<Activity>[] = [];
    const turn = attemptContext(context, outbox);
    await transaction.run(turn);
    transaction.beforeSave?.(turn);
    try {
      await transaction.state.saveChanges(turn, false);
    } catch (error) {
      if (isStateConflict(error) && attempt < maxAttempts) { transaction.onConflict?.(attempt); continue; }
      throw error;
    }
    if (outbox.length) await context.sendActivities(outbox);
    return;
  }
}

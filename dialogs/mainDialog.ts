// The router: every message outside a question goes through the turn planner, which answers at once
// (risk first, lookups, thresholds, processes) or hands over to the referral dialog to ask for a fact.
import { ComponentDialog, DialogSet, DialogTurnStatus, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogState, DialogStateManagerConfiguration } from 'botbuilder-dialogs';
import { recallMemory } from './caseMemory.js';
import type { DialogDeps } from './dialogDeps.js';
import { REFERRAL_DIALOG, ReferralDialog, type ReferralOptions } from './referralDialog.js';
import { replyActivity } from './replies.js';
import { planTurn } from './turnPlanner.js';

export const MAIN_DIALOG = 'mainDialog';
const STEPS = 'mainSteps';
/**
 * Where a DialogStateManager looks for its memory scopes and path resolvers before building them. It
 * builds them (a service collection, a settings schema parse) for every turn unless they are there;
 * they hold no state of their own, so the first turn's serve every later one.
 */
const STATE_CONFIGURATION_KEY = 'DialogStateManagerConfiguration';

export class MainDialog extends ComponentDialog {
  private stateConfiguration: DialogStateManagerConfiguration | undefined;

  constructor(private readonly deps: DialogDeps) {
    super(MAIN_DIALOG);
    this.addDialog(new ReferralDialog(deps));
    this.addDialog(new WaterfallDialog(STEPS, [this.routeStep.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private async routeStep(step: WaterfallStepContext) {
    const context = step.context;
    const now = this.deps.clock(context);
    const memory = recallMemory(await this.deps.memory.get(context), now);
    const plan = planTurn(this.deps, memory, context.activity.text ?? '', now);
    await this.deps.memory.set(context, plan.memory);
    for (const reply of plan.replies) await context.sendActivity(replyActivity(this.deps.kb, reply, context.activity.channelId));
    if (plan.ask) {
      const options: ReferralOptions = { ask: plan.ask, attempts: 0, reprompt: !!plan.reprompt, ...(plan.choices ? { choices: plan.choices } : {}) };
      return step.beginDialog(REFERRAL_DIALOG, options);
    }
    return step.endDialog();
  }

  /** CoreBot's runDialog: continue the active dialog, or start this one. */
  async run(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>): Promise<void> {
    const dialogSet = new DialogSet(dialogState);
    dialogSet.add(this);
    if (this.stateConfiguration) context.turnState.set(STATE_CONFIGURATION_KEY, this.stateConfiguration);
    const dc = await dialogSet.createContext(context);
    this.stateConfiguration ??= dc.state.configuration;
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
  }
}

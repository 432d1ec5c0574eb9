// The router: every message outside a question goes through the turn planner, which answers at once
// (risk first, lookups, thresholds, processes) or hands over to the referral dialog to ask for a fact.
import { ComponentDialog, DialogSet, DialogTurnStatus, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogState, DialogStateManagerConfiguration } from 'botbuilder-dialogs';
import { answerTurn } from './answerTurn.js';
import type { DialogDeps } from './dialogDeps.js';
import { DirectTurns, type DialogIds } from './directTurns.js';
import { REFERRAL_DIALOG, REFERRAL_STEPS, ReferralDialog, TEXT_PROMPT } from './referralDialog.js';

export const MAIN_DIALOG = 'mainDialog';
const STEPS = 'mainSteps';
/**
 * Where a DialogStateManager looks for its memory scopes and path resolvers before building them. It
 * builds them (a service collection, a settings schema parse) for every turn unless they are there;
 * they hold no state of their own, so the first turn's serve every later one.
 */
const STATE_CONFIGURATION_KEY = 'DialogStateManagerConfiguration';

export interface MainDialogOptions {
  /** Answer the two usual states without the dialog machinery (./directTurns.ts); off only to test against it. */
  directTurns?: boolean;
}

export class MainDialog extends ComponentDialog {
  private stateConfiguration: DialogStateManagerConfiguration | undefined;
  private readonly direct: DirectTurns | undefined;
  private ids: DialogIds | undefined;

  constructor(private readonly deps: DialogDeps, options: MainDialogOptions = {}) {
    super(MAIN_DIALOG);
    const referral = new ReferralDialog(deps);
    this.addDialog(referral);
    this.addDialog(new WaterfallDialog(STEPS, [this.routeStep.bind(this)]));
    this.initialDialogId = STEPS;
    // Versions as the containers record them on the stack; worked out on first use, once every dialog is added.
    const ids = () => (this.ids ??= {
      main: MAIN_DIALOG, mainSteps: STEPS, referral: REFERRAL_DIALOG, referralSteps: REFERRAL_STEPS, prompt: TEXT_PROMPT,
      mainVersion: this.dialogs.getVersion(), referralVersion: referral.dialogs.getVersion(),
    });
    this.direct = options.directTurns === false ? undefined : new DirectTurns(deps, ids);
  }

  private async routeStep(step: WaterfallStepContext) {
    const next = await answerTurn(this.deps, step.context, step.context.activity.text ?? '');
    return next ? step.beginDialog(REFERRAL_DIALOG, next) : step.endDialog();
  }

  /** CoreBot's runDialog: continue the active dialog, or start this one. */
  async run(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>): Promise<void> {
    if (await this.direct?.run(context, dialogState)) return;
    const dialogSet = new DialogSet(dialogState);
    dialogSet.add(this);
    if (this.stateConfiguration) context.turnState.set(STATE_CONFIGURATION_KEY, this.stateConfiguration);
    const dc = await dialogSet.createContext(context);
    this.stateConfiguration ??= dc.state.configuration;
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
  }
}

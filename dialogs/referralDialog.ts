// Slot filling: ask for the one fact the pathway engine says would change the answer, read the reply
// (which may hold several facts, or a new question, or a risk), and loop until the answer can be given.
import { ComponentDialog, TextPrompt, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { answerTurn, type ReferralOptions } from './answerTurn.js';
import type { DialogDeps } from './dialogDeps.js';
import { questionActivity } from './replies.js';

export const REFERRAL_DIALOG = 'referralDialog';
export const TEXT_PROMPT = 'answerPrompt';
export const REFERRAL_STEPS = 'referralSteps';

export type { ReferralOptions } from './answerTurn.js';

export class ReferralDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(REFERRAL_DIALOG);
    this.addDialog(new TextPrompt(TEXT_PROMPT));
    this.addDialog(new WaterfallDialog(REFERRAL_STEPS, [this.askStep.bind(this), this.captureStep.bind(this)]));
    this.initialDialogId = REFERRAL_STEPS;
  }

  private async askStep(step: WaterfallStepContext) {
    const options = step.options as ReferralOptions;
    return step.prompt(TEXT_PROMPT, { prompt: questionActivity(options.ask, options.reprompt, options.choices) });
  }

  private async captureStep(step: WaterfallStepContext) {
    const next = await answerTurn(this.deps, step.context, String(step.result ?? ''), step.options as ReferralOptions);
    return next ? step.replaceDialog(REFERRAL_DIALOG, next) : step.endDialog();
  }
}

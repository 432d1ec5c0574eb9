// Slot filling: ask for the one fact the pathway engine says would change the answer, read the reply
// (which may hold several facts, or a new question, or a risk), and loop until the answer can be given.
import { ComponentDialog, TextPrompt, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { MissingFact } from '../src/pathway/route.js';
import { recallMemory } from './caseMemory.js';
import type { DialogDeps } from './dialogDeps.js';
import { questionActivity, replyActivity } from './replies.js';
import { planTurn } from './turnPlanner.js';

export const REFERRAL_DIALOG = 'referralDialog';
const TEXT_PROMPT = 'answerPrompt';
const STEPS = 'referralSteps';

export interface ReferralOptions { ask: MissingFact; attempts: number; reprompt: boolean; choices?: string[] }

export class ReferralDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(REFERRAL_DIALOG);
    this.addDialog(new TextPrompt(TEXT_PROMPT));
    this.addDialog(new WaterfallDialog(STEPS, [this.askStep.bind(this), this.captureStep.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private async askStep(step: WaterfallStepContext) {
    const options = step.options as ReferralOptions;
    return step.prompt(TEXT_PROMPT, { prompt: questionActivity(options.ask, options.reprompt, options.choices) });
  }

  private async captureStep(step: WaterfallStepContext) {
    const options = step.options as ReferralOptions;
    const context = step.context;
    const now = this.deps.clock(context);
    const memory = recallMemory(await this.deps.memory.get(context), now);
    const plan = planTurn(this.deps, memory, String(step.result ?? ''), now, options.ask, options.attempts);
    await this.deps.memory.set(context, plan.memory);
    for (const reply of plan.replies) await context.sendActivity(replyActivity(this.deps.kb, reply, context.activity.channelId));
    if (plan.ask) {
      const next: ReferralOptions = { ask: plan.ask, attempts: plan.reprompt ? options.attempts + 1 : 0, reprompt: !!plan.reprompt && plan.ask === options.ask, ...(plan.choices ? { choices: plan.choices } : {}) };
      return step.replaceDialog(REFERRAL_DIALOG, next);
    }
    return step.endDialog();
  }
}

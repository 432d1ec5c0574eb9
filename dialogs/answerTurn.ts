// What both dialog steps do with a message (the router's first step and the referral dialog's capture)
// and what the direct turn path does without them: plan the turn, keep the memory, send the replies,
// and say which fact to ask for next. One function, so the two paths cannot drift apart.
import type { TurnContext } from 'botbuilder';
import { recallMemory } from './caseMemory.js';
import type { DialogDeps } from './dialogDeps.js';
import { replyActivity } from './replies.js';
import { planTurn } from './turnPlanner.js';
import type { MissingFact } from '../src/pathway/route.js';

/** What the referral dialog asks with, kept in its dialog state between turns. */
export interface ReferralOptions { ask: MissingFact; attempts: number; reprompt: boolean; choices?: string[] }

/**
 * `pending`: the question this message answers, if one was asked. Returns what to ask next, or nothing
 * when the turn is answered in full.
 */
export async function answerTurn(deps: DialogDeps, context: TurnContext, text: string, pending?: ReferralOptions): Promise<ReferralOptions | undefined> {
  const now = deps.clock(context);
  const memory = recallMemory(await deps.memory.get(context), now);
  const plan = pending ? planTurn(deps, memory, text, now, pending.ask, pending.attempts) : planTurn(deps, memory, text, now);
  await deps.memory.set(context, plan.memory);
  for (const reply of plan.replies) await context.sendActivity(replyActivity(deps.kb, reply, context.activity.channelId));
  if (!plan.ask) return undefined;
  const choices = plan.choices ? { choices: plan.choices } : {};
  // A question asked again counts its attempts; a new question starts at none.
  return pending
    ? { ask: plan.ask, attempts: plan.reprompt ? pending.attempts + 1 : 0, reprompt: !!plan.reprompt && plan.ask === pending.ask, ...choices }
    : { ask: plan.ask, attempts: 0, reprompt: !!plan.reprompt, ...choices };
}

// The two states a conversation is in between turns, answered without botbuilder-dialogs' machinery.
// Between turns the dialog stack is either empty (the next message is a new question for the router)
// or the referral dialog waiting at its text prompt (the next message answers the fact it asked for).
// Building a DialogSet, a DialogContext per level, a state manager and its memory scopes to walk three
// nested dialogs to that prompt was a large share of a turn's CPU under load (issue 14), and the walk
// decides nothing: the planner does. So these two states are read and written here, in the very shape
// the dialogs write, and every other state (a prompt that did not get text, a stack from an older
// version of the dialogs) is left to the dialogs. tests/dialogs/directTurns.test.ts plays the same
// conversations both ways, and across the two, and expects the same replies and the same state.
import { randomUUID } from 'node:crypto';
import { InputHints, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { MISSING_FACTS, type MissingFact } from '../src/pathway/route.js';
import { answerTurn, type ReferralOptions } from './answerTurn.js';
import type { DialogDeps } from './dialogDeps.js';
import { questionActivity } from './replies.js';

/** The dialogs' ids and their containers' versions, as the dialogs record them on the stack. */
export interface DialogIds {
  main: string; mainSteps: string; referral: string; referralSteps: string; prompt: string;
  /** What the main and referral containers record as `version`; a different one means other dialogs wrote the stack. */
  mainVersion: string; referralVersion: string;
}

interface Instance { id: string; state: Record<string, unknown>; version?: string }


const isInstance = (value: unknown): value is Instance =>
  !!value && typeof value === 'object' && typeof (value as Instance).id === 'string' && !!(value as Instance).state && typeof (value as Instance).state === 'object';

/** A container's own stack, as ComponentDialog keeps it in its instance state. */
function innerStack(instance: Instance): unknown[] | undefined {
  const dialogs = instance.state.dialogs as { dialogStack?: unknown } | undefined;
  return Array.isArray(dialogs?.dialogStack) ? dialogs.dialogStack : undefined;
}

function readOptions(value: unknown): ReferralOptions | undefined {
  const o = value as Partial<ReferralOptions> | undefined;
  if (!o || typeof o !== 'object' || !MISSING_FACTS.includes(o.ask as MissingFact) || typeof o.attempts !== 'number' || typeof o.reprompt !== 'boolean') return undefined;
  if (o.choices !== undefined && !(Array.isArray(o.choices) && o.choices.every(c => typeof c === 'string'))) return undefined;
  return { ask: o.ask!, attempts: o.attempts, reprompt: o.reprompt, ...(o.choices ? { choices: o.choices } : {}) };
}

/**
 * The referral dialog waiting at its prompt: its steps at the first (ask) step and the prompt on top. A
 * question asked again (the dialog replaced itself) nests one referral dialog inside another; the innermost
 * is the one waiting.
 */
function waitingReferral(instance: unknown, ids: DialogIds): ReferralOptions | undefined {
  for (let depth = 0; isInstance(instance) && depth < 50; depth++) {
    if (instance.id !== ids.referral || instance.version !== ids.referralVersion) return undefined;
    const stack = innerStack(instance);
    if (stack?.length === 1) { instance = stack[0]; continue; }
    const [steps, prompt] = stack ?? [];
    if (stack?.length !== 2 || !isInstance(steps) || !isInstance(prompt)) return undefined;
    if (steps.id !== ids.referralSteps || steps.state.stepIndex !== 0 || prompt.id !== ids.prompt) return undefined;
    // A prompt with a retry prompt or a count of attempts was not written by these dialogs.
    const promptOptions = prompt.state.options as { retryPrompt?: unknown } | undefined;
    if (promptOptions?.retryPrompt !== undefined || Object.keys((prompt.state.state as object | undefined) ?? {}).length) return undefined;
    return readOptions(steps.state.options);
  }
  return undefined;
}

/** What the stack says this message is: a new question, an answer to the referral dialog's, or neither. */
type Waiting = { for: 'question' } | { for: 'answer'; options: ReferralOptions };

function readStack(state: DialogState, ids: DialogIds): Waiting | undefined {
  const stack = state.dialogStack as unknown[];
  if (!Array.isArray(stack)) return undefined;
  if (!stack.length) return { for: 'question' };
  const [main] = stack;
  if (stack.length !== 1 || !isInstance(main) || main.id !== ids.main || main.version !== ids.mainVersion) return undefined;
  const inner = innerStack(main);
  const [steps, referral] = inner ?? [];
  if (inner?.length !== 2 || !isInstance(steps) || steps.id !== ids.mainSteps || steps.state.stepIndex !== 0) return undefined;
  const options = waitingReferral(referral, ids);
  return options ? { for: 'answer', options } : undefined;
}

/** The waterfall's record of itself, as WaterfallDialog.beginDialog writes it (the id is for telemetry only). */
const waterfallState = (options: object) => ({ options, values: { instanceId: randomUUID() }, stepIndex: 0 });

/** The stack the dialogs leave when the router began the referral dialog and it asked its question. */
function askingStack(ids: DialogIds, options: ReferralOptions, prompt: Partial<ReturnType<typeof questionActivity>>): Instance[] {
  const referral: Instance = {
    id: ids.referral,
    state: { dialogs: { dialogStack: [{ id: ids.referralSteps, state: waterfallState(options) }, { id: ids.prompt, state: { options: { prompt }, state: {} } }] } },
    version: ids.referralVersion,
  };
  return [{ id: ids.main, state: { dialogs: { dialogStack: [{ id: ids.mainSteps, state: waterfallState({}) }, referral] } }, version: ids.mainVersion }];
}

export class DirectTurns {
  constructor(private readonly deps: DialogDeps, private readonly ids: () => DialogIds) {}

  /** Answers the turn if the stack is in one of the two states; false leaves it, untouched, to the dialogs. */
  async run(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>): Promise<boolean> {
    const state = await dialogState.get(context, { dialogStack: [] });
    const ids = this.ids();
    const waiting = readStack(state, ids);
    if (!waiting) return false;
    const typed = context.activity.text;
    let next: ReferralOptions | undefined;
    if (waiting.for === 'question') {
      next = await answerTurn(this.deps, context, typed ?? '');
    } else {
      // The text prompt takes only text; anything else (a card's submit, an empty message) it asks again for.
      if (typeof typed !== 'string' || !typed.length) return false;
      next = await answerTurn(this.deps, context, typed, waiting.options);
    }
    if (!next) {
      state.dialogStack = [];
      return true;
    }
    const prompt = questionActivity(next.ask, next.reprompt, next.choices);
    if (typeof prompt.inputHint !== 'string') prompt.inputHint = InputHints.ExpectingInput;
    state.dialogStack = askingStack(ids, next, prompt) as DialogState['dialogStack'];
    await context.sendActivity(prompt);
    return true;
  }
}

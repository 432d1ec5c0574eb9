// What happens when a turn throws: log it without the user's words (they may hold personal data),
// tell the user plainly with the emergency line and the safeguarding front doors (the failed turn may
// have been about a child at risk), and clear that conversation's state so the next message starts
// clean. The process carries on. When the state store itself failed (down, or too many conflicting
// saves) the state is left alone: it holds the case's facts and is not what broke, and clearing it
// would be one more call to a store that is not answering.
import type { ConversationState, TurnContext } from 'botbuilder';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { Contact } from '../knowledge/schema.js';
import { homeAuthorities } from '../pathway/authority.js';
import { asParagraphs } from '../render/lines.js';
import { EMERGENCY_LINE } from '../render/messages.js';
import { isStateConflict, StoreUnavailable } from './state/storeErrors.js';
import type { Log } from './structuredLog.js';

const contactById = (kb: KnowledgeBase, id: string | undefined) => (id ? kb.contact(id) : undefined);
const withNumber = (contact: Contact | undefined) => (contact?.phones[0] ? `${contact.name} ${contact.phones[0].number}` : undefined);

/** Each authority's front door and its out-of-hours team, with the first number the knowledge base holds for each. */
function frontDoors(kb: KnowledgeBase): string[] {
  return homeAuthorities(kb).flatMap(authority => {
    const door = contactById(kb, authority.frontDoor);
    const dayLine = withNumber(door);
    if (!door || !dayLine) return [];
    const outOfHours = withNumber(contactById(kb, door.outOfHours));
    return [`${authority.name}: ${dayLine}${outOfHours ? `; out of hours, ${outOfHours}` : ''}.`];
  });
}

export interface TurnErrorMessages {
  /** The turn failed and the conversation was cleared. */
  cleared: string;
  /** The state store failed: nothing was cleared, and trying again shortly may work. */
  storeDown: string;
}

export function turnErrorMessage(kb: KnowledgeBase): TurnErrorMessages {
  const doors = frontDoors(kb);
  // A paragraph a line and the front doors as one list: Web Chat and Teams read the text as Markdown.
  const safety = [EMERGENCY_LINE, ...(doors.length ? ['If you are worried about a child\'s safety, contact the front door where the child lives:', ...doors.map(d => `- ${d}`)] : [])];
  return {
    cleared: asParagraphs(['Sorry, something went wrong on my side and I could not answer that. I have cleared this conversation, so please ask again from the start.', ...safety].join('\n')),
    storeDown: asParagraphs(['Sorry, something went wrong on my side and I could not answer that just now. Please try again in a minute.', ...safety].join('\n')),
  };
}

/** botbuilder-dialogs wraps errors thrown inside a dialog; the store's own error is inside. */
function rootError(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const inner = (current as { error?: unknown }).error;
    if (!(inner instanceof Error)) break;
    current = inner;
  }
  return current;
}

export const isStoreFailure = (error: unknown): boolean => {
  const root = rootError(error);
  return root instanceof StoreUnavailable || isStateConflict(root);
};

// Only the "at ..." lines: the message above them may quote what the user typed, over several lines.
const stackFrames = (error: Error): string =>
  (error.stack ?? '').split('\n').filter(line => /^\s+at /.test(line)).slice(0, 5).map(line => line.trim()).join(' | ');

export function turnErrorHandler(conversationState: ConversationState, log: Log, messages: TurnErrorMessages) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const storeFailed = isStoreFailure(error);
    const root = rootError(error);
    log({
      level: 'error', event: storeFailed ? 'turn-error-state-store' : 'turn-error', error: root instanceof Error ? root.name : error.name,
      stack: stackFrames(error), channel: context.activity.channelId, activityType: context.activity.type,
    });
    const message = storeFailed ? messages.storeDown : messages.cleared;
    try {
      await context.sendActivity(message, message);
    } catch (sendError) {
      log({ level: 'error', event: 'turn-error-reply-failed', error: (sendError as Error).name });
    }
    if (storeFailed) return;
    try {
      await conversationState.delete(context);
    } catch (deleteError) {
      log({ level: 'error', event: 'turn-error-state-clear-failed', error: (deleteError as Error).name });
    }
  };
}

// What happens when a turn throws: log it without the user's words (they may hold personal data),
// tell the user plainly with the emergency line and the safeguarding front doors (the failed turn may
// have been about a child at risk), and clear that conversation's state so the next message starts
// clean. The process carries on.
import type { ConversationState, TurnContext } from 'botbuilder';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { Contact } from '../knowledge/schema.js';
import { homeAuthorities } from '../pathway/authority.js';
import { EMERGENCY_LINE } from '../render/messages.js';
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

export function turnErrorMessage(kb: KnowledgeBase): string {
  const doors = frontDoors(kb);
  return [
    'Sorry, something went wrong on my side and I could not answer that. I have cleared this conversation, so please ask again from the start.',
    EMERGENCY_LINE,
    ...(doors.length ? ['If you are worried about a child\'s safety, contact the front door where the child lives:', ...doors] : []),
  ].join('\n');
}

// Only the "at ..." lines: the message above them may quote what the user typed, over several lines.
const stackFrames = (error: Error): string =>
  (error.stack ?? '').split('\n').filter(line => /^\s+at /.test(line)).slice(0, 5).map(line => line.trim()).join(' | ');

export function turnErrorHandler(conversationState: ConversationState, log: Log, message: string) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    log({
      level: 'error', event: 'turn-error', error: error.name, stack: stackFrames(error),
      channel: context.activity.channelId, activityType: context.activity.type,
    });
    try {
      await context.sendActivity(message);
    } catch (sendError) {
      log({ level: 'error', event: 'turn-error-reply-failed', error: (sendError as Error).name });
    }
    try {
      await conversationState.delete(context);
    } catch (deleteError) {
      log({ level: 'error', event: 'turn-error-state-clear-failed', error: (deleteError as Error).name });
    }
  };
}

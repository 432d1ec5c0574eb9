// What happens when a turn throws: log it without the user's words (they may hold personal data),
// tell the user plainly with the emergency line, and clear that conversation's state so the next
// message starts clean. The process carries on.
import type { ConversationState, TurnContext } from 'botbuilder';
import { EMERGENCY_LINE } from '../render/messages.js';
import type { Log } from './structuredLog.js';

export const TURN_ERROR_MESSAGE = `Sorry, something went wrong on my side and I could not answer that. Please try again or say "start over". ${EMERGENCY_LINE}`;

export function turnErrorHandler(conversationState: ConversationState, log: Log) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    log({
      level: 'error', event: 'turn-error', error: error.name, stack: error.stack?.split('\n').slice(1, 6).join(' | '),
      channel: context.activity.channelId, activityType: context.activity.type,
    });
    try {
      await context.sendActivity(TURN_ERROR_MESSAGE);
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

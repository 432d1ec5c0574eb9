// What happens when a turn throws: log it without the user's words (they may hold personal data),
// tell the user plainly with the emergency line, and clear that conversation's state so the next
// message starts clean. The process carries on.
import type { ConversationState, TurnContext } from 'botbuilder';
import { EMERGENCY_LINE } from '../render/messages.js';
import type { Log } from './structuredLog.js';

export const TURN_ERROR_MESSAGE = `Sorry, something went wrong on my side and I could not answer that. I have cleared this conversation, so please ask again from the start. ${EMERGENCY_LINE}`;

// Only the "at ..." lines: the message above them may quote what the user typed, over several lines.
const stackFrames = (error: Error): string =>
  (error.stack ?? '').split('\n').filter(line => /^\s+at /.test(line)).slice(0, 5).map(line => line.trim()).join(' | ');

export function turnErrorHandler(conversationState: ConversationState, log: Log) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    log({
      level: 'error', event: 'turn-error', error: error.name, stack: stackFrames(error),
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

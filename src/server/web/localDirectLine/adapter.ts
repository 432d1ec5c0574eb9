// Runs the bot in-process for the local Direct Line: a user's activity goes through the same bot and
// middleware as /api/messages, and whatever the bot sends is appended to the conversation, where
// Web Chat's polling picks it up.
import { ActivityTypes, BotAdapter, TurnContext, type Activity, type ChannelAccount, type ConversationAccount, type ConversationReference, type ResourceResponse } from 'botbuilder';
import type { LocalConversations } from './conversations.js';

export const LOCAL_CHANNEL_ID = 'directline';
export const LOCAL_BOT: ChannelAccount = { id: 'referral-guide', name: 'Referral guide', role: 'bot' };

// Direct Line's wire objects carry only the fields below; botframework-schema's types demand more
// (a name, isGroup, conversationType) that Direct Line never sends.
export const directLineUser = (id: string, name?: string): ChannelAccount => ({ id, ...(name ? { name } : {}), role: 'user' }) as ChannelAccount;
export const directLineConversation = (id: string): ConversationAccount => ({ id }) as ConversationAccount;

/** What the local Direct Line needs of the bot: an ActivityHandler's run. */
export interface TurnHandler { run(context: TurnContext): Promise<void> }

export class DirectLineUnsupported extends Error {
  constructor(what: string) { super(`Direct Line does not support ${what}.`); this.name = 'DirectLineUnsupported'; }
}

export class LocalDirectLineAdapter extends BotAdapter {
  constructor(private readonly conversations: LocalConversations) { super(); }

  /** One turn for an activity already stored in the conversation; it reaches the bot as it would over HTTP (JSON). */
  async processActivity(activity: Partial<Activity>, bot: TurnHandler): Promise<void> {
    const asReceived = JSON.parse(JSON.stringify(activity)) as Activity;
    await this.runMiddleware(new TurnContext(this, asReceived), context => bot.run(context));
  }

  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const conversationId = context.activity.conversation.id;
    const sent: ResourceResponse[] = [];
    for (const activity of activities) {
      // A delay only paces a real channel; an invoke response belongs to the HTTP reply, which Direct Line does not have.
      if (activity.type === 'delay' || activity.type === ActivityTypes.InvokeResponse) { sent.push({ id: '' }); continue; }
      const stored = this.conversations.append(conversationId, {
        ...activity,
        channelId: LOCAL_CHANNEL_ID,
        from: { ...LOCAL_BOT },
        recipient: context.activity.from,
        replyToId: activity.replyToId ?? context.activity.id,
      });
      sent.push({ id: stored.id ?? '' });
    }
    return sent;
  }

  override async updateActivity(context: TurnContext, activity: Partial<Activity>): Promise<void> {
    if (!this.conversations.replace(context.activity.conversation.id, activity)) throw new DirectLineUnsupported('updating an activity it has not seen');
  }

  override async deleteActivity(): Promise<void> {
    throw new DirectLineUnsupported('deleting activities');
  }

  override async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'ContinueConversation' }, reference, true);
    await this.runMiddleware(new TurnContext(this, activity as Activity), logic);
  }
}

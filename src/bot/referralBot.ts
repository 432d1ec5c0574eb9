// The bot at the Bot Framework edge: welcome new members, run the dialogs for every message, save
// conversation state after each turn as a transaction (a conflicting save re-runs the turn on the newer
// state; replies go out only once the state is saved). Teams @mentions are stripped so "@Referral guide
// mash" reads "mash", and a bare Teams command ("refer", "contact") becomes what it stands for (./commands.ts).
import { ActivityHandler, ActivityTypes, MessageFactory, TurnContext, type ConversationState } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { StatePropertyAccessor } from 'botbuilder';
import type { MainDialog } from '../../dialogs/mainDialog.js';
import { WELCOME } from '../render/messages.js';
import { bareCommand } from './commands.js';
import type { Log } from './structuredLog.js';
import { withASentence } from './noEmptyReplies.js';
import { runTurnTransaction } from './state/turnTransaction.js';

export class ReferralBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;

  constructor(private readonly conversationState: ConversationState, private readonly dialog: MainDialog, private readonly log: Log = () => {}) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if ((context.activity.membersAdded ?? []).some(member => member.id !== botId)) {
        await context.sendActivity(MessageFactory.text(WELCOME, WELCOME));
      }
      await next();
    });

    this.onMessage(async (context, next) => {
      await this.answerMessage(context);
      await next();
    });
  }

  private async answerMessage(context: TurnContext): Promise<void> {
    if (context.activity.channelId === 'msteams') {
      const text = TurnContext.removeRecipientMention(context.activity);
      if (text !== undefined) context.activity.text = text.trim();
    }
    const command = bareCommand(context.activity.text);
    if (command?.kind === 'reply') {
      await context.sendActivity(command.activity);
      return;
    }
    if (command?.kind === 'message') context.activity.text = command.text;
    await this.dialog.run(context, this.dialogState);
  }

  override async run(context: TurnContext): Promise<void> {
    context.onSendActivities(async (_context, activities, next) => {
      activities.splice(0, activities.length, ...activities.map(withASentence));
      return next();
    });
    await runTurnTransaction(context, {
      state: this.conversationState,
      // A message goes straight to its handler: ActivityHandler's dispatch (turn, message and dialog
      // handler chains, of which this bot registers only the message one) adds nothing to it.
      run: turn => (turn.activity.type === ActivityTypes.Message ? this.answerMessage(turn) : super.run(turn)),
      onConflict: attempt => this.log({ level: 'info', event: 'state-conflict-rerun', attempt }),
    });
  }
}

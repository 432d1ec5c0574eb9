// Teams' command menu (deployment/teams/manifest.json) sends a command's title as the whole message:
// "refer", "contact", "help". Alone, those words are not a question the understanding can answer
// ("refer" read as cancelling, "contact" guessed an authority), so the edge turns each bare command into
// what it stands for. A command with more words ("contact mash notts") is an ordinary message.
import { ActionTypes, InputHints, MessageFactory, type Activity } from 'botbuilder';
import { EMERGENCY_LINE } from '../render/messages.js';

export type CommandAction =
  | { kind: 'message'; text: string }
  | { kind: 'reply'; activity: Partial<Activity> };

// The three authorities the guide covers, as the referral questions offer them; each choice asks for
// that authority's front door and its out-of-hours team, the contacts asked for most.
const AUTHORITY_CHOICES = [
  { title: 'Nottinghamshire', value: 'front door contacts for Nottinghamshire' },
  { title: 'Nottingham City', value: 'front door contacts for Nottingham City' },
  { title: 'Derby', value: 'front door contacts for Derby' },
];

// Teams shows the choices only in a one-to-one chat, so the question also says what to type in a team
// or group chat, where a bare "Derby" would be read as the start of a referral.
export const WHICH_AUTHORITY = 'Which authority\'s contacts do you need: Nottinghamshire, Nottingham City or Derby? '
  + 'Type, for example, "contact derby", or name the team too: "contact camhs city". ' + EMERGENCY_LINE;

function whichAuthority(): Partial<Activity> {
  const activity = MessageFactory.text(WHICH_AUTHORITY, WHICH_AUTHORITY, InputHints.ExpectingInput);
  activity.suggestedActions = { actions: AUTHORITY_CHOICES.map(c => ({ type: ActionTypes.ImBack, title: c.title, value: c.value })), to: [] };
  return activity;
}

/** What a message that is only a command word means; undefined for anything else. */
export function bareCommand(text: string | undefined): CommandAction | undefined {
  const word = /^\s*\/?([a-z]+)\s*[.!?]?\s*$/i.exec(text ?? '')?.[1]?.toLowerCase();
  switch (word) {
    case 'refer': return { kind: 'message', text: 'Where do I refer a child?' };
    case 'contact': return { kind: 'reply', activity: whichAuthority() };
    case 'help': return { kind: 'message', text: 'help' };
    default: return undefined;
  }
}

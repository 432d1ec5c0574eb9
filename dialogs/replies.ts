// Plans' replies as Bot Framework activities: an Adaptive Card where the channel renders cards, plain
// text elsewhere, a spoken summary, and suggested next steps.
import { ActionTypes, CardFactory, InputHints, MessageFactory, type Activity, type CardAction } from 'botbuilder';
import type { KnowledgeBase } from '../src/knowledge/knowledgeBase.js';
import type { MissingFact, Route } from '../src/pathway/route.js';
import { toAdaptiveCard } from '../src/render/adaptiveCard.js';
import { QUESTIONS, REPROMPTS } from '../src/render/messages.js';
import { toPlainText } from '../src/render/plainText.js';
import { citationText } from '../src/knowledge/citation.js';
import { asParagraphs } from '../src/render/lines.js';
import { firstSentence, layoutRoute, spokenSummary } from '../src/render/replyDocument.js';
import { toTerseLines } from '../src/render/terse.js';
import type { Reply } from './turnPlanner.js';

const CARD_CHANNELS = new Set(['msteams', 'webchat', 'directline', 'emulator']);

const suggestions = (titles: readonly string[]): CardAction[] => titles.map(t => ({ type: ActionTypes.ImBack, title: t, value: t }));

const NEXT_STEPS = ['Why?', 'Out of hours?', 'Start over'];

const ANSWER_CHOICES: Partial<Record<MissingFact, string[]>> = {
  area: ['Nottinghamshire', 'Nottingham City', 'Derby'],
  diagnosis: ['Diagnosed', 'Suspected, not diagnosed', 'No diagnosis'],
  consent: ['Yes, the family consents', 'No consent'],
};

export function replyActivity(kb: KnowledgeBase, reply: Reply, channelId: string): Partial<Activity> {
  // Aloud, at most two sentences and no source line: the text keeps the citation.
  if (reply.kind === 'text') { const text = asParagraphs(reply.text); return MessageFactory.text(text, spokenText(text), InputHints.AcceptingInput); }
  const { route, prefix } = reply;
  if (reply.terse && !CARD_CHANNELS.has(channelId)) {
    // A step that says more than a contact's name (a gap in the source, a route in) keeps its sentence.
    const says = (step: Route['steps'][number]) => !step.contacts.some(c => c.contact.name === step.action);
    const lines = [...prefix, ...route.steps.filter(s => s.contacts.length && says(s)).map(s => s.action), ...toTerseLines(route),
      ...route.steps.flatMap(s => (s.contacts.length ? [] : [s.action, ...s.details]))];
    const cited = route.citations.map(c => citationText(kb, c));
    const text = asParagraphs([...lines, ...(cited.length ? [`Source: ${cited.join('; ')}.`] : [])].join('\n'));
    const activity = MessageFactory.text(text, lines.join(' '), InputHints.AcceptingInput);
    activity.suggestedActions = { actions: suggestions(NEXT_STEPS), to: [] };
    return activity;
  }
  const doc = layoutRoute(kb, route);
  const spoken = spokenSummary(doc, prefix);
  // A card channel gets the card alone: Teams shows an activity's text above its card, so any text
  // there would be said twice. The speech carries the short form.
  const activity: Partial<Activity> = CARD_CHANNELS.has(channelId)
    ? { ...MessageFactory.attachment(CardFactory.adaptiveCard(toAdaptiveCard(doc, prefix)), undefined, spoken, InputHints.AcceptingInput), summary: firstSentence(doc.lead) }
    : MessageFactory.text(toPlainText(doc, prefix), spoken, InputHints.AcceptingInput);
  activity.suggestedActions = { actions: suggestions(route.candidates.length ? route.candidates : NEXT_STEPS), to: [] };
  return activity;
}

function spokenText(text: string): string {
  const said = text.split('\n').filter(line => line && !line.startsWith('Source:')).join(' ');
  return said.split(/(?<=[.!?])\s+(?=[A-Z])/).slice(0, 2).join(' ');
}

export function questionActivity(fact: MissingFact, reprompt: boolean, offered?: readonly string[]): Partial<Activity> {
  const text = reprompt ? REPROMPTS[fact] : QUESTIONS[fact];
  const activity = MessageFactory.text(text, text, InputHints.ExpectingInput);
  const choices = offered?.length ? offered : ANSWER_CHOICES[fact];
  if (choices) activity.suggestedActions = { actions: suggestions(choices), to: [] };
  return activity;
}

// Cues that say the intent outright ("why not", "what if", "number for"), blended with the
// classifier: the classifier generalises over wording, the cues keep the obvious cases certain.
// The words are data (knowledge/intent-cues.yaml); this holds how they combine with each other and
// with what else the message has (a service named, an age, a concern).
import { join } from 'node:path';
import { z } from 'zod';
import { defaultKnowledgeDir } from '../knowledge/loader.js';
import { alternatives, CueList, cuePattern, readCueFile } from './cues.js';
import type { Intent } from './understanding.js';

export interface MessageSignals {
  text: string;
  namedServices: number;
  namedContacts: number;
  hasConcern: boolean;
  hasCaseFact: boolean;
  /** An age or a place: with a concern, a case being described. */
  hasChildFact: boolean;
  /** Share of the message's content words the domain has ever used (training examples, knowledge names). */
  domainCoverage: number;
  hasAge: boolean;
  hasRisk: boolean;
  levelsMentioned: number;
  wordCount: number;
}

interface Rule { intent: Intent; boost: number; applies: (s: MessageSignals) => boolean }

const WholeMessage = z.object({ before: CueList.optional(), phrases: CueList, after: CueList.optional() }).strict();
const IntentCues = z.object({
  contact: CueList, asksWhatIsAvailable: CueList, asksAboutAService: CueList, asksWhoRunsIt: CueList,
  wholeMessage: z.object({ greeting: WholeMessage, thanks: WholeMessage, cancel: WholeMessage, 'start-over': WholeMessage, help: WholeMessage }).strict(),
  opensAfresh: CueList, asksWhy: CueList, asksWhatIf: CueList, asksAboutRecords: CueList, asksWhereToRefer: CueList, asksAboutThreshold: CueList,
  asksAboutEligibility: CueList, pointsAtAService: CueList, asksWhoAServiceTakes: CueList, namesAProcess: CueList,
  asksHowItWorks: CueList, asksAboutTheProcess: CueList, asksHowToGetIn: CueList, asksForSupport: CueList, asksWhereToGo: CueList,
  asksAboutConsent: CueList, statesSafeguardingWorry: CueList, asksSomething: CueList, outOfScope: CueList, outsideTheGuidance: CueList,
}).strict();

/** A whole message that is only a social move: "hey", "cheers", "start again". */
function whole({ before, phrases, after }: z.infer<typeof WholeMessage>): (s: MessageSignals) => boolean {
  const entire = new RegExp(`^\\W*(?:${before ? `(?:${alternatives(before)}[, ]*)?` : ''}${alternatives(phrases)}${after ? `(?: ${alternatives(after)})?` : ''})\\W*$`);
  return s => s.wordCount <= 6 && entire.test(s.text);
}

export const buildRules = (file = join(defaultKnowledgeDir(), 'intent-cues.yaml')): Rule[] => rulesFrom(readCueFile(file, IntentCues));

function rulesFrom(cues: z.infer<typeof IntentCues>): Rule[] {
  const { contact: contactCues, wholeMessage, opensAfresh, ...lists } = cues;
  const afresh = new RegExp(`^\\W*${alternatives(opensAfresh)}\\b`);
  const cue = Object.fromEntries(Object.entries(lists).map(([name, list]) => [name, cuePattern(list)])) as Record<keyof typeof lists, RegExp>;
  const test = (re: RegExp) => (s: MessageSignals) => re.test(s.text);
  // "no.", "tel:": a contact word may run into digits or punctuation, not into a longer word.
  const contact = cuePattern(contactCues, { end: '(?![a-z])' });
  return [
    { intent: 'greeting', boost: 2.5, applies: whole(wholeMessage.greeting) },
    { intent: 'thanks', boost: 2.5, applies: whole(wholeMessage.thanks) },
    { intent: 'cancel', boost: 2.5, applies: whole(wholeMessage.cancel) },
    { intent: 'start-over', boost: 2.5, applies: whole(wholeMessage['start-over']) },
    { intent: 'help', boost: 2.5, applies: whole(wholeMessage.help) },
    { intent: 'start-over', boost: 1, applies: s => afresh.test(s.text) },
    { intent: 'explain', boost: 3, applies: test(cue.asksWhy) },
    { intent: 'what-if', boost: 3, applies: test(cue.asksWhatIf) },
    { intent: 'records-check', boost: 3, applies: test(cue.asksAboutRecords) },
    { intent: 'contact-lookup', boost: 1.6, applies: s => contact.test(s.text) && !cue.asksWhereToRefer.test(s.text) },
    { intent: 'contact-lookup', boost: 1.5, applies: s => (s.namedContacts > 0 || s.namedServices > 0) && s.wordCount <= 6 && !s.hasAge && !cue.asksAboutAService.test(s.text) },
    { intent: 'threshold', boost: 2.2, applies: s => s.levelsMentioned > 0 || cue.asksAboutThreshold.test(s.text) },
    { intent: 'eligibility', boost: 1.8, applies: s => cue.asksAboutEligibility.test(s.text) && (s.namedServices > 0 || cue.pointsAtAService.test(s.text)) },
    { intent: 'eligibility', boost: 1.8, applies: s => s.namedServices > 0 && cue.asksWhoAServiceTakes.test(s.text) },
    { intent: 'service-info', boost: 2.2, applies: s => cue.asksAboutAService.test(s.text) && s.namedServices > 0 && !s.hasCaseFact && !contact.test(s.text) && !cue.asksWhatIsAvailable.test(s.text) && !cue.namesAProcess.test(s.text) },
    // "Derby, teen and parents at loggerheads... who runs FGCs?": who is behind a named service, whatever the case around it.
    { intent: 'service-info', boost: 2.2, applies: s => s.namedServices > 0 && cue.asksWhoRunsIt.test(s.text) },
    // "How do I..." is a process only when it is not about getting into a named service or a need.
    { intent: 'process', boost: 1.4, applies: s => s.namedServices === 0 && !s.hasConcern && cue.asksHowItWorks.test(s.text) },
    { intent: 'process', boost: 2, applies: test(cue.asksAboutTheProcess) },
    { intent: 'find-service', boost: 1.6, applies: s => s.namedServices > 0 && cue.asksHowToGetIn.test(s.text) },
    { intent: 'find-service', boost: 1.4, applies: s => s.hasConcern && (s.hasChildFact || cue.asksForSupport.test(s.text)) },
    { intent: 'find-service', boost: 1, applies: test(cue.asksWhereToGo) },
    { intent: 'find-service', boost: 1.6, applies: test(cue.asksWhatIsAvailable) },
    // "Do I need consent before I ring the MASH?": a question about how referral works.
    { intent: 'process', boost: 2, applies: test(cue.asksAboutConsent) },
    { intent: 'safeguarding', boost: 2.4, applies: s => s.hasRisk },
    { intent: 'safeguarding', boost: 1.5, applies: test(cue.statesSafeguardingWorry) },
    // A statement of facts, no question in it: "7, Rushcliffe", "parents are happy with it", "mainly sleep".
    // A name or a contact word in it makes it a terse lookup instead ("edt notts", "city duty out of hours").
    { intent: 'provide-facts', boost: 1.6, applies: s => (s.hasCaseFact || (s.hasConcern && s.wordCount <= 4 && !s.hasRisk)) && s.wordCount <= 7 && !s.namedContacts && !s.namedServices
      && !cue.asksSomething.test(s.text) && !contact.test(s.text) },
    { intent: 'out-of-scope', boost: 2.5, applies: test(cue.outOfScope) },
    { intent: 'out-of-scope', boost: 2.5, applies: test(cue.outsideTheGuidance) },
    // Nothing in the message is about children, families or services: say so rather than force a guess.
    // A digit is an age or a year, which is about a child.
    { intent: 'out-of-scope', boost: 1.5, applies: s => s.wordCount >= 3 && !/\d/.test(s.text) && s.domainCoverage < 0.34 && !s.hasConcern && !s.hasRisk && !s.hasCaseFact && !s.namedServices && !s.namedContacts },
  ];
}

/** The rules and the subjects outside the guidance, from one reading of the default knowledge folder's cues. */
let shared: { rules: Rule[]; outside: RegExp; outsideEverywhere: RegExp } | undefined;
function defaultCues(): { rules: Rule[]; outside: RegExp; outsideEverywhere: RegExp } {
  if (!shared) {
    const cues = readCueFile(join(defaultKnowledgeDir(), 'intent-cues.yaml'), IntentCues);
    const outside = cuePattern(cues.outsideTheGuidance);
    shared = { rules: rulesFrom(cues), outside, outsideEverywhere: new RegExp(outside.source, `${outside.flags.replace('g', '')}g`) };
  }
  return shared;
}

/** A subject close to children that the guidance does not cover ("school place", "child benefit", "DVLA"). */
export const isOutsideTheGuidance = (normalised: string): boolean => defaultCues().outside.test(normalised);

/** The message with the subjects the guidance does not cover masked: what else it says. */
export const withoutOutsideSubjects = (normalised: string): string => normalised.replace(defaultCues().outsideEverywhere, match => ' '.repeat(match.length));

export function ruleBoosts(signals: MessageSignals): Map<Intent, number> {
  const boosts = new Map<Intent, number>();
  for (const rule of defaultCues().rules) if (rule.applies(signals)) boosts.set(rule.intent, Math.max(boosts.get(rule.intent) ?? 0, rule.boost));
  return boosts;
}

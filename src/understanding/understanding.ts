// What one message means: the intent, the facts it states, and its risk. Produced by understand(),
// a pure function; merged into the conversation's CaseFacts by the dialogs.
import type { AreaRef, CaseFacts } from '../pathway/caseFacts.js';
import type { GuidanceLine, Topics } from '../pathway/question.js';
import type { MissingFact } from '../pathway/route.js';
import type { AttributesAsked, Elsewhere } from './attributes.js';

export const INTENTS = [
  'find-service',      // where do I refer / what is there for ...
  'contact-lookup',    // number / email / who do I call (answer at once, no questions)
  'eligibility',       // can X go on Y / does Y cover Z
  'threshold',         // what level of need is this / what separates level 3 from 4
  'service-info',      // what is the New Forest programme / what does Step2 offer
  'process',           // how do I ...: EHAF, step down, consent refused, VCM agenda, disagreements
  'safeguarding',      // a concern about harm (the risk screen decides the route, not this label)
  'explain',           // why? why not Cygnet?
  'what-if',           // what if she were 12 / lived in Derby / and out of hours?
  'records-check',     // is this child known to social care? (the bot cannot check records)
  'provide-facts',     // an answer to a question: "7", "Rushcliffe", "no diagnosis yet"
  'greeting', 'help', 'start-over', 'cancel', 'thanks',
  'out-of-scope',      // weather, adult social care, anywhere outside the area
] as const;
export type Intent = (typeof INTENTS)[number];

export type PersonalDataKind = 'name' | 'date-of-birth' | 'nhs-number' | 'postcode' | 'phone-number' | 'email';

export interface ScoredIntent { intent: Intent; confidence: number }

export interface Understanding {
  intent: Intent;
  /** Calibrated 0..1. */
  confidence: number;
  /** Best first, the chosen intent included. */
  alternatives: ScoredIntent[];
  /** Low confidence or the top two close: the dialog asks a clarifying question offering these. */
  ambiguous: boolean;
  /** Facts this message states (only what it states: merge, do not replace). */
  facts: Partial<CaseFacts>;
  /** An age given but not usable: "-3", "250", or an adult age (over 25). */
  ageOutOfRange?: { value: number; asTyped: string; adult: boolean };
  /** Several gazetteer matches for one place name, to offer as a choice. */
  areaCandidates: AreaRef[];
  /** "why not Cygnet?": the service ids asked about. */
  whyNot: string[];
  /** The person wants to refer themselves or sign up directly. */
  selfReferral: boolean;
  /** The services, contacts, processes and level indicators the message's words match, scored. */
  topics: Topics;
  /** The attributes asked about ("what ages?", "how often?", "who do I contact?"), of a named entry or of the focus. */
  attributes?: AttributesAsked;
  /** Names a place and asks what was just answered of that place's own entry ("the city one?"), or may ("and Gedling?"). */
  asksElsewhere?: Elsewhere;
  /** The message's longer words, to pick which of an entry's printed lines it asks about. */
  askedTerms: string[];
  /** About children in general ("can young people refer themselves?"), not one particular child. */
  aboutChildrenInGeneral: boolean;
  /** Asks about the guidance itself (training, a quiz, a definition), of no particular child. */
  aboutTheGuidance: boolean;
  /** When it does, the printed lines its words ask for, best first. */
  guidanceLines: GuidanceLine[];
  /** About a subject close to children that the guidance does not cover (school places, benefits, licences). */
  outsideTheGuidance: boolean;
  /** Names such a subject and no need beside it ("how much child benefit for 2 kids?", not "we're in debt... and child benefit?"). */
  onlyAnOutsideSubject: boolean;
  /** The message asks something ("?", or opens with what/where/can/would...), rather than only telling. */
  asks: boolean;
  /**
   * Asks a fact of a named team or service and speaks of no particular child ("when can social workers ring
   * SHARP for a self-harm consultation?"): harm words there name what the service is for, not a disclosure.
   */
  asksOfAnEntryAlone: boolean;
  /** Only says that someone wants to ask or talk about a child, not what about ("need advice about a kid"). */
  saysNothingYet: boolean;
  /** How many words: a short message leans on what was just answered. */
  wordCount: number;
  /** Level-of-need ids named in the message ("level 3", "additional support"). */
  levelsMentioned: string[];
  /** Asks for the levels of need themselves ("what are the four levels?"), of no particular child. */
  asksForTheLevels: boolean;
  /** Identifying details typed in: warn once, never keep or log the text. */
  personalData: PersonalDataKind[];
  timing: { outOfHours?: boolean; inHours?: boolean; urgent?: boolean };
  /**
   * How the risk screen read the message beyond the risks in `facts`: its confidence that harm is
   * described now; doubt (a harm cue below the threshold: never a dead end); past harm beside a request;
   * in doubt, the kind of harm it leans to (a risk signal id), whose route is offered as a possibility;
   * faint doubt (the model alone, weakly), which carries no reminder beside an answered request.
   */
  risk: { confidence: number; doubt: boolean; past: boolean; possible?: string; faint?: boolean };
}

export interface Understander {
  /**
   * `current` is the case so far (to resolve "she", "no diagnosis" for the concern in hand); `expecting`
   * is the fact the bot just asked for, so a bare "7" is an age and a bare "no" answers that question.
   */
  understand(text: string, current?: CaseFacts, expecting?: MissingFact): Understanding;
}

// The risk screen (DESIGN.md safety rules 1 and 5): every message, every dialog, before anything else.
// Two readers, built together: the lexicon (knowledge/risk.yaml, regular expressions an editor can
// read) and a model trained on knowledge/risk-corpus (messages that describe harm in words the lexicon
// never listed, and hard negatives that borrow its words innocently). Either one finding harm is a risk
// (tuned for recall); a weaker reading from the model is doubt, which the planner meets with the
// safeguarding route rather than a dead end; harm described in the past beside a request is "past".
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { CorpusExample } from '../knowledge/riskCorpus.js';
import { trainRiskModel, type RiskModel } from './riskModel.js';
import { isNegated, normalise, words } from './text.js';

/** `innocent`: words that, in a match's sentence, make it ordinary, unless one of `overruledBy` is there too. */
interface ScreenSignal { id: string; immediateDanger: boolean; patterns: RegExp[]; innocent?: { patterns: RegExp[]; overruledBy: RegExp[] } }
export interface RiskScreen { signals: ScreenSignal[]; model: RiskModel }

export interface RiskFinding {
  /** Risk signal ids read in the message. */
  risks: string[];
  immediateDanger: boolean;
  /** Signals whose words appear only denied ("no concerns about abuse"): the message is not about harm. */
  denied: string[];
  /** The model's probability that the message describes harm to a child now, 0..1. */
  confidence: number;
  /** Below the risk threshold but not safely nothing: never a dead end (safety rule 5). */
  doubt: boolean;
  /** Harm in the past or as context beside a request: answer the request, keep a reminder. */
  past: boolean;
  /** In doubt, the kind of harm the model leans to: its route goes beside the front door, as a possibility. */
  possible?: string;
  /** Doubt from the model alone, weakly: never a dead end, but no reminder beside an answered request. */
  faint?: boolean;
  /** How likely the writer is a child or teenager, 0..1. */
  young: number;
  /** What was read: the lexicon's signal ids and the model's leading category. */
  evidence: { lexicon: string[]; model?: { label: string; probability: number } };
}

/**
 * Thresholds on the model's probability of harm, chosen with `npm run eval:risk` on held-out messages:
 * RISK for recall on the categories with a tolerable false-alarm rate on hard negatives; DOUBT lower, as
 * only the fallback answers (otherwise a dead end) change with it; a lexicon match the model reads as
 * past harm beside a request (PAST_OVER_LEXICON) is answered as one, with a reminder.
 */
export const RISK_THRESHOLD = 0.5;
export const MODEL_ALONE_THRESHOLD = 0.7;
export const DOUBT_THRESHOLD = 0.3;
/**
 * Doubt from the model alone below this is faint: it still keeps a message off a dead end (rule 5), but an
 * answered request carries no reminder for it. Chosen on the blind batches: from 0.3 to 0.4, ordinary
 * requests lost their reminders (four more right) and no safeguarding case lost its front door.
 */
export const FAINT_DOUBT_BELOW = 0.4;
export const PAST_OVER_LEXICON = 0.6;
export const MODEL_OVER_DENIAL = 0.95;
/**
 * A question about the guidance that the model reads as describing no harm: its harm words are doubt.
 * The model's "no harm" alone never overrules the lexicon: it reads short disclosures ("the kids are
 * scared of him") as harmless, having learnt harms' names from questions about the guidance.
 */
export const GUIDANCE_OVER_LEXICON = 0.6;
/** Fewer words than this, and the model alone reads doubt at most: short messages give it too little to go on. */
export const MODEL_ALONE_MIN_WORDS = 5;
/** Fewer words than this (numbers aside), and the model alone is not even doubt: "9" or "Mansfield" answers a question. */
export const MODEL_DOUBT_MIN_WORDS = 2;
/** A category the model names, beside its leading one, when it holds this much of the probability. */
const SECOND_CATEGORY = 0.25;
/** In doubt, the model's leading kind of harm is named as a possibility when it holds this much. */
export const POSSIBLE_CATEGORY = 0.2;
/** With immediate danger the only risk read, the model's best other category is its kind at this much. */
export const KIND_BESIDE_DANGER = 0.1;
const immediateDangerOnly = (risks: ReadonlySet<string>) => risks.size === 1 && risks.has('immediate-danger');

/**
 * `ordinary`: more messages that describe no harm (the intent classifier's examples of service, contact
 * and process questions), so the model also learns the everyday language of referrals.
 */
export function buildRiskScreen(kb: KnowledgeBase, corpus: readonly CorpusExample[], ordinary: readonly string[] = []): RiskScreen {
  return {
    signals: kb.riskSignals.map(screenSignal),
    model: trainRiskModel([...corpus, ...ordinary.map(text => ({ text, label: 'none' }))]),
  };
}

/** A risk signal of the knowledge base, its patterns compiled. */
export function screenSignal(signal: KnowledgeBase['riskSignals'][number]): ScreenSignal {
  const compile = (patterns: readonly string[]) => patterns.map(p => new RegExp(p, 'i'));
  return {
    id: signal.id, immediateDanger: signal.immediateDanger, patterns: signal.patterns.map(p => new RegExp(p, 'gi')),
    ...(signal.innocentContext ? { innocent: { patterns: compile(signal.innocentContext.patterns), overruledBy: compile(signal.innocentContext.overruledBy) } } : {}),
  };
}

const SENTENCE_ENDS = ['.', '!', '?', ';'];
/** The sentence a match sits in: up to the nearest full stop, question or exclamation mark or semicolon (line breaks are spaces by now). */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(...SENTENCE_ENDS.map(mark => text.lastIndexOf(mark, start - 1))) + 1;
  const stops = SENTENCE_ENDS.map(mark => text.indexOf(mark, end)).filter(i => i >= 0);
  return text.slice(from, stops.length ? Math.min(...stops) : text.length);
}

/** "Bruised his knee falling off his trike": an accident told plainly, with nothing that overrules it. */
function innocentIn(signal: ScreenSignal, text: string, start: number, end: number): boolean {
  if (!signal.innocent) return false;
  const sentence = sentenceAround(text, start, end);
  return signal.innocent.patterns.some(p => p.test(sentence)) && !signal.innocent.overruledBy.some(p => p.test(sentence));
}

/** The lexicon alone: today's regular-expression screen, kept as the baseline eval:risk compares with. */
export function readLexicon(screen: RiskScreen, text: string): { risks: string[]; denied: string[]; immediateDanger: boolean } {
  const risks: string[] = [];
  const denied: string[] = [];
  let immediateDanger = false;
  for (const signal of screen.signals) {
    const matches = signal.patterns.flatMap(pattern => {
      pattern.lastIndex = 0;
      // Most messages match no pattern, and a test is several times cheaper than collecting matches.
      if (!pattern.test(text)) return [];
      pattern.lastIndex = 0;
      return [...text.matchAll(pattern)];
    });
    if (!matches.length) continue;
    if (matches.every(m => isNegated(text, m.index, m.index + m[0].length) || innocentIn(signal, text, m.index, m.index + m[0].length))) {
      denied.push(signal.id);
      continue;
    }
    risks.push(signal.id);
    immediateDanger ||= signal.immediateDanger;
  }
  return { risks, denied, immediateDanger };
}

/**
 * `deniesHarm`: the message says outright there is no risk ("no safeguarding concerns", "not at risk").
 * `aboutTheGuidance`: it asks about the guidance itself, of no particular child.
 */
export function screenForRisk(screen: RiskScreen, original: string, deniesHarm = false, aboutTheGuidance = false): RiskFinding {
  const text = normalise(original);
  const lexicon = readLexicon(screen, text);
  const reading = screen.model.harm(original);
  const confidence = reading.harm;
  const past = reading.past > Math.max(reading.harm, reading.none);
  const harm = screen.model.categories(original);
  const [lead] = harm;

  const risks = new Set<string>();
  // The lexicon's word stands unless the model reads the harm as plainly past, beside a request, or the
  // message asks about the guidance (a training quiz, which level an indicator is) and the model reads no
  // harm. Either way the word is not ignored: it is doubt, and the answer keeps the front door's number.
  const lexiconStands = !(reading.past >= PAST_OVER_LEXICON && confidence < RISK_THRESHOLD) && !(aboutTheGuidance && reading.none >= GUIDANCE_OVER_LEXICON);
  if (lexiconStands) for (const r of lexicon.risks) risks.add(r);
  // The model alone, with no word of the lexicon, needs more: between the two it is doubt, which still
  // gives the front door's number beside the answer. Words the lexicon saw denied ("not at risk") need
  // the model to be all but certain.
  const threshold = lexicon.risks.length ? RISK_THRESHOLD : lexicon.denied.length || deniesHarm ? MODEL_OVER_DENIAL : MODEL_ALONE_THRESHOLD;
  // A few words give the model too little to go on alone ("she is a girl" reads as FGM): doubt, not a risk.
  // Words the lexicon knows, even denied ones, are not "alone": their own threshold above applies.
  const enoughWords = lexicon.risks.length > 0 || lexicon.denied.length > 0 || words(text).length >= MODEL_ALONE_MIN_WORDS;
  if (confidence >= threshold && lead && enoughWords) {
    risks.add(lead[0]);
    // Immediate danger (999 first) only as the model's leading reading, never a runner-up.
    for (const [label, p] of harm.slice(1)) if (p >= SECOND_CATEGORY && label !== 'immediate-danger') risks.add(label);
  }
  // Immediate danger says how urgent, not what harm: the model's next reading names the kind, so its route
  // (the crisis line for a child threatening to jump) goes beside 999.
  if (immediateDangerOnly(risks) && confidence >= RISK_THRESHOLD) {
    const kind = harm.find(([label, p]) => label !== 'immediate-danger' && p >= KIND_BESIDE_DANGER);
    if (kind) risks.add(kind[0]);
  }
  // Denied words the model also reads as harm ("no marks, but he flinches when dad shouts") still count.
  const denied = lexicon.denied.filter(id => !risks.has(id));
  const immediateDanger = (lexiconStands && lexicon.immediateDanger) || risks.has('immediate-danger');
  const wordsToGoOn = words(text).filter(w => /[a-z]/.test(w)).length >= MODEL_DOUBT_MIN_WORDS;
  const doubt = !risks.size && !lexicon.denied.length && !deniesHarm && ((confidence >= DOUBT_THRESHOLD && wordsToGoOn) || (lexicon.risks.length > 0 && reading.past < PAST_OVER_LEXICON));
  const faint = doubt && !lexicon.risks.length && confidence < FAINT_DOUBT_BELOW;
  const possible = doubt && lead && lead[0] !== 'immediate-danger' && lead[1] >= POSSIBLE_CATEGORY ? lead[0] : undefined;
  return {
    ...(possible ? { possible } : {}),
    ...(faint ? { faint } : {}),
    risks: [...risks],
    immediateDanger,
    denied,
    confidence,
    doubt,
    past: !risks.size && (past || (lexicon.risks.length > 0 && reading.past >= PAST_OVER_LEXICON)),
    young: screen.model.young(original),
    evidence: { lexicon: lexicon.risks, ...(lead ? { model: { label: lead[0], probability: lead[1] } } : {}) },
  };
}

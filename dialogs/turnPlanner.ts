// The conversation's decisions for one message, as a pure function: what the message means for the
// case, what to say, and which fact (if any) to ask for next. The dialogs around it only do I/O, so
// every rule here is testable without an adapter.
import type { KnowledgeBase } from '../src/knowledge/knowledgeBase.js';
import { changedFacts, emptyFacts, mergeFacts, type CaseFacts } from '../src/pathway/caseFacts.js';
import { decide } from '../src/pathway/decide.js';
import { resolveAuthority } from '../src/pathway/authority.js';
import { safeguardingReminder } from '../src/pathway/safeguarding.js';
import { describeFacts, explainRoute, explainWhyNot } from '../src/pathway/explain.js';
import type { Question, QuestionKind } from '../src/pathway/question.js';
import type { MissingFact, Route } from '../src/pathway/route.js';
import * as say from '../src/render/messages.js';
import { redactPersonalData } from '../src/understanding/personalData.js';
import { mergeTopics } from '../src/understanding/topics.js';
import type { Understander, Understanding } from '../src/understanding/understanding.js';
import { defaultAttributeRecogniser, type AttributeRecogniser } from '../src/understanding/attributes.js';
import { answerAttribute, attributeText, focusOf, type Focus } from '../src/pathway/focus.js';
import { freshMemory, type CaseMemory } from './caseMemory.js';

export type Reply =
  | { kind: 'route'; route: Route; terse: boolean; prefix: string[] }
  | { kind: 'text'; text: string };

export interface TurnPlan {
  memory: CaseMemory;
  replies: Reply[];
  /** Ask for this fact next (the referral dialog prompts for it). */
  ask?: MissingFact;
  /** The plan re-asks because the last answer did not give the fact. */
  reprompt?: boolean;
}

export interface PlannerDeps {
  kb: KnowledgeBase;
  understander: Understander;
  /** Reads attribute questions ("how long does it run?"); the default reads knowledge/attributes.yaml. */
  attributes?: AttributeRecogniser;
}

const QUESTION_KINDS: readonly string[] = ['find-service', 'eligibility', 'service-info', 'contact-lookup', 'threshold', 'process', 'safeguarding', 'records-check'];
/** Routes worth asking questions for; lookups and processes answer at once with what they have. */
const ASKING_KINDS: readonly QuestionKind[] = ['find-service', 'eligibility', 'records-check', 'threshold'];

const statedFact = (fact: MissingFact, u: Understanding): boolean => {
  switch (fact) {
    case 'age': return u.facts.ageYears !== undefined;
    case 'area': return !!u.facts.area;
    case 'concern': return !!u.facts.concerns?.length || !!u.facts.namedServices?.length;
    case 'diagnosis': return Object.keys(u.facts.diagnoses ?? {}).length > 0;
    case 'consent': return !!u.facts.consent;
  }
};

function questionFor(u: Understanding, memory: CaseMemory): Question {
  const last = memory.lastQuestion;
  const kind: QuestionKind = QUESTION_KINDS.includes(u.intent) ? (u.intent as QuestionKind) : (last?.kind ?? 'find-service');
  const followsOn = !QUESTION_KINDS.includes(u.intent) && last;
  return {
    kind,
    topics: followsOn ? mergeTopics(last.topics, u.topics) : u.topics,
    levelsMentioned: u.levelsMentioned.length ? u.levelsMentioned : (followsOn ? last.levelsMentioned : []),
    outOfHours: u.timing.outOfHours,
    inHours: u.timing.inHours,
    selfReferral: u.selfReferral || (followsOn ? last.selfReferral : undefined),
  };
}

/** Replies that would leave someone describing harm with nothing to do. */
const DEAD_END_INTENTS: readonly string[] = ['start-over', 'cancel', 'help', 'greeting', 'thanks', 'out-of-scope'];

/** A route that answers nothing: no step, no service, no level. */
const isDeadEnd = (route: Route): boolean =>
  !route.steps.length && !route.startHere.length && !route.alsoConsider.length && !route.levels.length;

/** Intents that say what is asked for, even when the need itself is not recognised. */
const REQUEST_INTENTS: readonly string[] = ['find-service', 'service-info', 'eligibility', 'contact-lookup', 'process', 'threshold'];

/** How strongly a message's words must match an entry for the bot to know what it is about. */
const PLACED_SCORE = 8;

/** Nothing in the case says what the need is: no concern, named entry, level, or strong match. */
function isUnplaced(u: Understanding, facts: CaseFacts): boolean {
  const strongest = Math.max(0, ...[u.topics.services, u.topics.contacts, u.topics.processes].map(list => list[0]?.score ?? 0));
  return !facts.concerns.length && !facts.namedServices.length && !facts.namedContacts.length && !u.levelsMentioned.length && strongest < PLACED_SCORE;
}

/** The safeguarding route for what this message may describe, then the question that was pending. */
function safeguardingPlan(deps: PlannerDeps, memory: CaseMemory, replies: Reply[], u: Understanding, now: Date, answering?: MissingFact): TurnPlan {
  const facts = mergeFacts(memory.facts, u.facts);
  const question: Question = { kind: 'safeguarding', topics: u.topics, levelsMentioned: [], outOfHours: u.timing.outOfHours };
  const next: CaseMemory = { ...memory, facts, lastQuestion: question };
  const out: Reply[] = [...replies, { kind: 'route', route: decide(facts, deps.kb, now, question), terse: false, prefix: [] }];
  if (answering) out.push({ kind: 'text', text: say.CONTINUE_AFTER_INTERRUPTION });
  return { memory: next, replies: out, ask: answering, reprompt: !!answering };
}

function hasCaseContent(facts: CaseFacts): boolean {
  return !!facts.area || facts.concerns.length > 0 || facts.namedServices.length > 0 || facts.namedContacts.length > 0;
}

/**
 * A new need or a new child: what "it" meant before no longer holds. A need the focus itself is for
 * ("do the parents have to agree?" after a parenting course) is not new.
 */
function startsSomethingNew(kb: KnowledgeBase, u: Understanding, before: CaseFacts, focus: Focus | undefined): boolean {
  const focusNeeds = focus?.kind === 'service' ? kb.service(focus.id)?.concerns ?? [] : [];
  return (u.facts.concerns ?? []).some(c => !before.concerns.includes(c) && !focusNeeds.includes(c))
    || (u.facts.ageYears !== undefined && u.facts.ageYears !== before.ageYears);
}

/**
 * A question about one attribute of what was just answered ("how long does it run?", "what's their
 * email?", "does that cover the county?"): that attribute first, in a line or two, with its source.
 * A harm cue here is not new (a new risk is answered before this): the front door goes beside it (rule 5).
 */
function attributePlan(deps: PlannerDeps, memory: CaseMemory, u: Understanding, now: Date, harmCue: boolean): TurnPlan | undefined {
  const { kb } = deps;
  const before = memory.facts;
  if (!memory.focus || startsSomethingNew(kb, u, before, memory.focus)) return undefined;
  const attribute = (deps.attributes ?? defaultAttributeRecogniser()).recognise(u.text);
  const target = attribute && attributeTarget(u, memory, attribute.refersBack);
  if (!attribute || !target) return undefined;
  // "Does that cover Derby?" names a place to check, not a move: the case keeps its area.
  const facts = attribute.attribute === 'covers' ? before : mergeFacts(before, u.facts);
  const answer = answerAttribute(kb, target, attribute.attribute, facts, now, u.text, attribute.attribute === 'covers' ? u.facts.area : undefined);
  if (!answer) return undefined;
  // A case that carries a risk keeps the front door beside any fact about it (rule 5).
  const reminder = harmCue || facts.risks.length || facts.immediateDanger ? [safeguardingReminder(kb, resolveAuthority(kb, facts), now, facts).text] : [];
  return { memory: { ...memory, facts, focus: target }, replies: [{ kind: 'text', text: [attributeText(kb, answer), ...reminder].join('\n') }] };
}

/**
 * The focus a follow-up can ask about, when the message points back ("that", "their"), is short, or
 * brings nothing new. A message that names another service or contact is a new question, answered in full.
 */
function attributeTarget(u: Understanding, memory: CaseMemory, refersBack: boolean): Focus | undefined {
  const focus = memory.focus;
  if (!focus) return undefined;
  const named = [...(u.facts.namedServices ?? []).map(id => ({ kind: 'service', id })), ...(u.facts.namedContacts ?? []).map(id => ({ kind: 'contact', id }))];
  if (named.length) return named.some(n => n.kind === focus.kind && n.id === focus.id) ? focus : undefined;
  // No pronoun is needed when the message brings nothing new: no place, no age ("at what age is a child left alone always referred?").
  return refersBack || u.text.split(/\s+/).length <= 8 || (!u.facts.area && u.facts.ageYears === undefined) ? focus : undefined;
}

export function planTurn(deps: PlannerDeps, stored: CaseMemory, text: string, now: Date, answering?: MissingFact, attempts = 0): TurnPlan {
  const plan = planReplies(deps, stored, text, now, answering, attempts);
  // The focus follows the last answer given; a question asked instead keeps it unless the case moved on.
  const routes = plan.replies.filter((r): r is Extract<Reply, { kind: 'route' }> => r.kind === 'route');
  const last = routes[routes.length - 1];
  if (last) return { ...plan, memory: { ...plan.memory, focus: focusOf(last.route, plan.memory.facts, deps.kb) } };
  if (plan.memory.focus && (plan.memory.facts.concerns.length !== stored.facts.concerns.length || plan.memory.facts.ageYears !== stored.facts.ageYears)) {
    const { focus: _dropped, ...rest } = plan.memory;
    return { ...plan, memory: rest };
  }
  return plan;
}

function planReplies(deps: PlannerDeps, stored: CaseMemory, text: string, now: Date, answering?: MissingFact, attempts = 0): TurnPlan {
  const { kb, understander } = deps;
  const understood = understander.understand(text, stored.facts, answering);
  // Safety rule 4: identifying details are never kept, so the text that goes into state is redacted.
  const u = understood.personalData.length ? { ...understood, text: redactPersonalData(understood.text) } : understood;
  const memory: CaseMemory = { ...stored, lastTurnAt: now.toISOString() };
  const replies: Reply[] = [];
  if (u.personalData.length && !memory.warnedPersonalData) {
    replies.push({ kind: 'text', text: say.PERSONAL_DATA_WARNING });
    memory.warnedPersonalData = true;
  }

  // Safety rule 5: a message that may describe harm never meets a dead end (start over, cancel, help,
  // a greeting, "can't help"): it gets the safeguarding route, then the question that was pending.
  const harmCue = (u.risk.doubt || !!u.facts.risks?.length || !!u.facts.immediateDanger) && !u.ageOutOfRange?.adult;
  if (harmCue && DEAD_END_INTENTS.includes(u.intent)) return safeguardingPlan(deps, memory, replies, u, now, answering);

  // A follow-up about the focus outranks the classifier's reading of a short message ("does that cover
  // Derby as well?" is not thanks; "what time do they close on a friday?" is not out of scope; "what
  // ages?" is not a request for help: a message that asks for help names no attribute).
  const followUp = !answering && !['start-over', 'cancel', 'explain'].includes(u.intent) ? attributePlan(deps, memory, u, now, harmCue) : undefined;
  if (followUp && !(u.facts.risks ?? []).some(r => !memory.facts.risks.includes(r)) && !(u.facts.immediateDanger && !memory.facts.immediateDanger)) {
    return { ...followUp, replies: [...replies, ...followUp.replies] };
  }

  switch (u.intent) {
    case 'start-over': return { memory: { ...freshMemory(), lastTurnAt: memory.lastTurnAt }, replies: [...replies, { kind: 'text', text: say.START_OVER }] };
    case 'cancel': return { memory: { ...freshMemory(), lastTurnAt: memory.lastTurnAt }, replies: [...replies, { kind: 'text', text: say.CANCELLED }] };
    // "Who do I ask about early help, we're in Sheffield" is a question about a case, not about the bot.
    case 'help': if (!hasCaseContent({ ...emptyFacts(), ...u.facts } as CaseFacts)) return { memory, replies: [...replies, { kind: 'text', text: say.HELP }], ask: answering, reprompt: !!answering }; break;
    case 'thanks': if (!u.facts.risks?.length) return { memory, replies: [...replies, { kind: 'text', text: say.THANKS }] }; break;
    case 'greeting': if (!u.facts.risks?.length && !hasCaseContent({ ...memory.facts, ...u.facts } as CaseFacts)) return { memory, replies: [...replies, { kind: 'text', text: say.WELCOME }] }; break;
    default: break;
  }

  const before = memory.facts;
  const facts = mergeFacts(before, u.facts);
  memory.facts = facts;
  const newRisk = (u.facts.risks ?? []).some(r => !before.risks.includes(r)) || (!!u.facts.immediateDanger && !before.immediateDanger);

  // Safety rule 1: a new risk signal answers first, whatever was going on, mid-form included.
  if (newRisk) {
    const question: Question = { kind: 'safeguarding', topics: u.topics, levelsMentioned: [], outOfHours: u.timing.outOfHours };
    memory.lastQuestion = question;
    replies.push({ kind: 'route', route: decide(facts, kb, now, question), terse: false, prefix: [] });
    if (answering) replies.push({ kind: 'text', text: say.CONTINUE_AFTER_INTERRUPTION });
    return { memory, replies, ask: answering, reprompt: !!answering };
  }

  if (u.ageOutOfRange) {
    if (u.ageOutOfRange.adult) return { memory: { ...memory, facts: before }, replies: [...replies, { kind: 'text', text: say.ADULT_OUT_OF_SCOPE }] };
    replies.push({ kind: 'text', text: say.AGE_REJECTED(u.ageOutOfRange.asTyped) });
    return { memory, replies, ask: 'age', reprompt: true };
  }

  // Out of scope even when it names a place ("will it rain in Mansfield?"): nothing in it is about a child's needs.
  const aboutAChild = !!u.facts.concerns?.length || u.facts.ageYears !== undefined || !!u.facts.namedServices?.length || !!u.facts.namedContacts?.length;
  if (u.intent === 'out-of-scope' && !aboutAChild && !answering) {
    return { memory, replies: [...replies, { kind: 'text', text: say.OUT_OF_SCOPE }] };
  }

  // A reply to a question that did not give the fact: ask again (twice at most), then answer with what we have.
  if (answering && u.intent === 'provide-facts' && !statedFact(answering, u) && attempts < 2) {
    if (harmCue) return safeguardingPlan(deps, memory, replies, u, now, answering);
    return { memory, replies, ask: answering, reprompt: true };
  }

  const last = memory.lastQuestion;
  if (u.intent === 'explain' && !last) {
    if (harmCue) return safeguardingPlan(deps, memory, replies, u, now, answering);
    return { memory, replies: [...replies, { kind: 'text', text: say.NOTHING_TO_EXPLAIN }] };
  }
  if (u.intent === 'explain' && last) {
    const route = decide(facts, kb, now, last);
    const lines = u.whyNot.length
      ? u.whyNot.flatMap(id => explainWhyNot(kb, id, route, facts).lines)
      : explainRoute(kb, route, facts).lines;
    return { memory, replies: [...replies, { kind: 'text', text: lines.join('\n') }] };
  }

  // New details after a full answer ("she's 12 now", "they moved to Derby") re-decide like a what-if.
  const changed = changedFacts(before, facts);
  const changesTheCase = u.intent === 'provide-facts' && !answering && !!last && changed.length > 0;
  const asksAboutHoursOnly = (u.timing.outOfHours || u.timing.inHours) && !u.facts.namedContacts?.length && !u.facts.namedServices?.length;
  if (last && (u.intent === 'what-if' || changesTheCase || (asksAboutHoursOnly && u.intent !== 'find-service'))) {
    const question: Question = { ...last, outOfHours: u.timing.outOfHours, inHours: u.timing.inHours };
    const route = decide(facts, kb, now, question);
    const prefix = changed.length ? [`What changed: ${changed.join(', ')}. Now: ${describeFacts(kb, facts)}.`] : [];
    return { memory, replies: [...replies, { kind: 'route', route, terse: route.kind === 'contacts', prefix }] };
  }

  // Details added after a full answer that change nothing: say so rather than repeat the whole route.
  const addsNothing = u.intent === 'provide-facts' && !answering && last && !changed.length
    && facts.concerns.length === before.concerns.length;
  if (addsNothing) return { memory, replies: [...replies, { kind: 'text', text: say.NOTHING_CHANGED }] };

  // A child in a situation the bot cannot place (no need, service or process it recognises): the
  // question that follows carries the front doors, as doubt does (rule 5).
  // Only when the bot cannot tell what is asked either: "any clubs for my 12 year old?" is placed by its question.
  const unplacedChild = u.facts.ageYears !== undefined && !REQUEST_INTENTS.includes(u.intent) && isUnplaced(u, facts);
  const question = { ...questionFor(u, memory), ...(u.risk.doubt || u.risk.past || unplacedChild ? { safeguardingReminder: true } : {}) };
  memory.lastQuestion = question;
  const route = decide(facts, kb, now, question);
  // Unsure whether harm is described and nothing in the guidance answers it: safeguard (rule 5).
  if ((u.risk.doubt || unplacedChild) && isDeadEnd(route)) return safeguardingPlan(deps, memory, replies, u, now, answering);
  const prefix = question.kind === 'records-check' ? [say.RECORDS_CHECK] : [];
  const toAsk = route.missing.filter(m => !memory.asked.includes(m));
  // A service asked about by name is answered at once; its criteria say what else matters.
  // The area still comes first: it decides whose services apply.
  const asksAboutNamedService = question.kind === 'find-service' && !!u.facts.namedServices?.length && toAsk[0] !== 'area';
  if (toAsk[0] && ASKING_KINDS.includes(question.kind) && route.kind !== 'safeguarding' && !asksAboutNamedService) {
    memory.asked = [...memory.asked, toAsk[0]];
    if (question.safeguardingReminder) prefix.push(safeguardingReminder(kb, resolveAuthority(kb, facts), now, facts).text);
    if (prefix.length) replies.push({ kind: 'text', text: prefix.join('\n') });
    return { memory, replies, ask: toAsk[0] };
  }
  replies.push({ kind: 'route', route, terse: route.kind === 'contacts', prefix });
  return { memory, replies };
}

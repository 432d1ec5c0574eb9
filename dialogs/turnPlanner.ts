// The conversation's decisions for one message, as a pure function: what the message means for the
// case, what to say, and which fact (if any) to ask for next. The dialogs around it only do I/O, so
// every rule here is testable without an adapter.
import { concernsOfRisks, type KnowledgeBase } from '../src/knowledge/knowledgeBase.js';
import { changedFacts, emptyFacts, mergeFacts, type CaseFacts } from '../src/pathway/caseFacts.js';
import { decide } from '../src/pathway/decide.js';
import { checkEligibility } from '../src/pathway/eligibility.js';
import { resolveAuthority } from '../src/pathway/authority.js';
import { safeguardingReminder } from '../src/pathway/safeguarding.js';
import { describeFacts, explainRoute, explainWhyNot } from '../src/pathway/explain.js';
import { noTopics, type Question, type QuestionKind } from '../src/pathway/question.js';
import { MISSING_FACTS, type MissingFact, type Route } from '../src/pathway/route.js';
import * as say from '../src/render/messages.js';
import { RISK_THRESHOLD } from '../src/understanding/riskScreen.js';
import { mergeTopics } from '../src/understanding/topics.js';
import type { Understander, Understanding } from '../src/understanding/understanding.js';
import { focusOf } from '../src/pathway/focus.js';
import { quoteGuidance } from '../src/pathway/guidanceQuotes.js';
import { contactForDistrict } from '../src/pathway/localContacts.js';
import { attributePlan, LOOKUP_ATTRIBUTES } from './attributePlan.js';
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
  /** Answers to offer instead of the usual ones (a county's districts when only the county is known). */
  choices?: string[];
}

export interface PlannerDeps {
  kb: KnowledgeBase;
  understander: Understander;
}

const QUESTION_KINDS: readonly string[] = ['find-service', 'eligibility', 'service-info', 'contact-lookup', 'threshold', 'process', 'safeguarding', 'records-check'];
/** Routes worth asking questions for; lookups and processes answer at once with what they have. */
const ASKING_KINDS: readonly QuestionKind[] = ['find-service', 'eligibility', 'records-check', 'threshold'];

const statedFact = (fact: MissingFact, facts: Partial<CaseFacts>): boolean => {
  switch (fact) {
    case 'age': return facts.ageYears !== undefined;
    case 'area': return !!facts.area;
    case 'concern': return !!facts.concerns?.length || !!facts.namedServices?.length;
    case 'diagnosis': return Object.keys(facts.diagnoses ?? {}).length > 0;
    case 'consent': return !!facts.consent;
  }
};

/**
 * "How do we request an EHC needs assessment?" names a process: it is answered as that process, not as
 * a search for services that asks the child's age first, unless a service matches better or a child is described.
 */
function namesAProcess(u: Understanding): boolean {
  const process = u.topics.processes.find(p => p.named);
  return !!process && u.facts.ageYears === undefined && process.score >= (u.topics.services[0]?.score ?? 0);
}

/** A request for contacts that matched nothing ("phone number"): the area it is asked for decides it. */
const isBareContactQuestion = (q: Question | undefined): boolean =>
  q?.kind === 'contact-lookup' && ![q.topics.contacts, q.topics.services, q.topics.processes, q.topics.indicators].some(list => list.length);

function questionFor(u: Understanding, memory: CaseMemory, answering?: MissingFact): Question {
  const last = memory.lastQuestion;
  // Harm told as past and settled, beside a request ("I left my abusive ex two years ago... is there a course?"),
  // reads like a disclosure; the request is what is asked, answered with the front door beside it (rule 5).
  const pastBesideARequest = u.intent === 'safeguarding' && u.risk.past && u.asks && !u.risk.doubt && !u.facts.risks?.length && !u.facts.immediateDanger;
  // The risk screen decides whether harm is described, not the classifier's label: a question that voices no
  // worry and shows no harm ("somewhere online to talk about exam stress?") asks for a service.
  const noHarmAsked = u.intent === 'safeguarding' && u.asks && !u.risk.doubt && !u.risk.past && !u.topics.worried && !u.facts.risks?.length && !u.facts.immediateDanger;
  const intended: QuestionKind = pastBesideARequest || noHarmAsked ? 'find-service' : QUESTION_KINDS.includes(u.intent) ? (u.intent as QuestionKind) : (last?.kind ?? 'find-service');
  // "I drink too much, who do I talk to?" names a need and no team: the services for the need, with their contacts.
  const nothingNamed = !u.facts.namedContacts?.length && !u.facts.namedServices?.length && !u.topics.contacts.some(c => c.named);
  // "Is the Early Help Unit open on a Saturday?" asks a named team's hours or number, whatever else it sounds like.
  // So does "what about the Notts MASH on a Friday?" after a lookup: the same, of the team now named.
  const asksALookup = !!u.facts.namedContacts?.length && !!u.attributes?.attributes.some(a => LOOKUP_ATTRIBUTES.includes(a));
  const lookupFollowsOn = !!u.facts.namedContacts?.length && !!u.asksElsewhere && last?.kind === 'contact-lookup' && !u.facts.concerns?.length;
  const asked: QuestionKind = (asksALookup && intended === 'records-check') || lookupFollowsOn ? 'contact-lookup'
    : intended === 'contact-lookup' && !!u.facts.concerns?.length && nothingNamed ? 'find-service' : intended;
  // "The MASH said it didn't meet threshold and I disagree" names the escalation process, not a level to work out.
  const placesALevel = asked === 'threshold' && (u.levelsMentioned.length > 0 || !!u.facts.concerns?.length);
  // "What are the four levels of need?" asks for the levels themselves, whatever else its words match.
  const listLevels = u.asksForTheLevels && !u.facts.concerns?.length && !u.facts.risks?.length;
  const kind: QuestionKind = listLevels ? 'threshold' : ['find-service', 'eligibility', 'threshold'].includes(asked) && !placesALevel && namesAProcess(u) ? 'process' : asked;
  const followsOn = !QUESTION_KINDS.includes(u.intent) && last;
  // "Derby" in answer to where, after "phone number": the place's own words match teams there by chance; its front door is meant.
  const placeOnly = followsOn && answering === 'area' && isBareContactQuestion(last);
  return {
    kind,
    topics: placeOnly ? last.topics : followsOn ? mergeTopics(last.topics, u.topics) : u.topics,
    levelsMentioned: u.levelsMentioned.length ? u.levelsMentioned : (followsOn ? last.levelsMentioned : []),
    outOfHours: u.timing.outOfHours,
    inHours: u.timing.inHours,
    selfReferral: u.selfReferral || (followsOn ? last.selfReferral : undefined),
    general: u.aboutChildrenInGeneral || (followsOn ? last.general : undefined),
    ...(listLevels ? { listLevels: true } : {}),
  };
}

/** Replies that would leave someone describing harm with nothing to do. */
/** How sure the classifier must be that a message about a child is out of scope before "can't help". */
const SURELY_OUTSIDE = 0.8;
/** A question this short that names a subject outside the guidance has no room for a need as well. */
const SHORT_QUESTION_WORDS = 15;
/** How likely out of scope a question the guidance names nothing in must read before "can't help". */
const LIKELY_OUTSIDE = 0.4;
/** The risk screen's confidence below which a message shows next to no sign of harm. */
const NO_SIGN_OF_HARM = 0.05;
const DEAD_END_INTENTS: readonly string[] = ['start-over', 'cancel', 'help', 'greeting', 'thanks', 'out-of-scope'];

/** A route that answers nothing: no step, no service, no level. */
const isDeadEnd = (route: Route): boolean =>
  !route.steps.length && !route.startHere.length && !route.alsoConsider.length && !route.levels.length;

/** Intents that say what is asked for, even when the need itself is not recognised. */
const REQUEST_INTENTS: readonly string[] = ['find-service', 'service-info', 'eligibility', 'contact-lookup', 'process', 'threshold'];

/** Below this, a request is too unlikely a reading of a message about harm to answer beside it. */
const REQUEST_BESIDE_HARM = 0.1;

/**
 * What a message asks for beside what it tells. Harm words pull the classifier to "safeguarding", so a
 * question that names a service, a level or an attribute ("would MST take him?") is read by its best
 * request intent instead.
 */
function requestIntent(u: Understanding): Understanding['intent'] | undefined {
  if (REQUEST_INTENTS.includes(u.intent)) return u.intent;
  // "And the toddler group?" in a safeguarding case: a service named, no place, consent or diagnosis changed
  // (a "toddler" is another child of the family, not a new age for this one): a request for that service.
  const changesAFact = !!u.facts.area || !!u.facts.consent || Object.keys(u.facts.diagnoses ?? {}).length > 0;
  if (u.intent === 'what-if' && !changesAFact && u.facts.namedServices?.length) return 'find-service';
  // "...now smoking cannabis daily. Is there a young people's drug service?" asks for help with a need, its
  // words pointing plainly at a service; "parents abroad. Does that need reporting?" asks no such thing.
  const asksForAService = u.asks && !!u.facts.concerns?.length && (u.topics.services[0]?.score ?? 0) >= PLACED_SCORE;
  const namesSomething = !!u.facts.namedServices?.length || !!u.facts.namedContacts?.length || u.levelsMentioned.length > 0 || !!u.attributes
    || asksForAService;
  // "Dad's back in, it's going up. Who do I discuss it with first?": a question whose words match one printed
  // process strongly (Derby's stepping up when risk escalates) asks for it, beside the front door.
  const asksForAProcess = u.asks && (u.topics.processes[0]?.score ?? 0) >= PROCESS_BESIDE_HARM;
  // "I was told to ask here about Breakout for my son", no question mark: a service named is asked about.
  if (!(u.asks || u.facts.namedServices?.length) || !(namesSomething || asksForAProcess)) return undefined;
  const asked = u.alternatives.find(a => REQUEST_INTENTS.includes(a.intent) && a.confidence >= REQUEST_BESIDE_HARM)?.intent;
  // A lean to a lookup ("who do I discuss it with?") gives way to the process the words name; a search for a
  // service ("any mediation?") does not.
  return asksForAProcess && (!asked || asked === 'contact-lookup') ? 'process' : asked;
}

/** How strongly a question's words must match a printed process for it to be asked for beside a disclosure. */
const PROCESS_BESIDE_HARM = 20;

/** How strongly a message's words must match an entry for the bot to know what it is about. */
const PLACED_SCORE = 8;

/** Nothing in the case says what the need is: no concern, named entry, level, or strong match. */
function isUnplaced(u: Understanding, facts: CaseFacts): boolean {
  const strongest = Math.max(0, ...[u.topics.services, u.topics.contacts, u.topics.processes].map(list => list[0]?.score ?? 0));
  return !facts.concerns.length && !facts.namedServices.length && !facts.namedContacts.length && !u.levelsMentioned.length && strongest < PLACED_SCORE;
}

/** A request for contact details that names nothing: no team, service, process, need, child or place. */
function asksForAnyContact(u: Understanding, facts: CaseFacts): boolean {
  const named = [u.topics.contacts, u.topics.services, u.topics.processes].some(list => list.some(e => e.named));
  return u.intent === 'contact-lookup' && !facts.area && !named && !u.topics.worried && !u.levelsMentioned.length
    && !u.facts.namedContacts?.length && !u.facts.namedServices?.length && !u.facts.concerns?.length && u.facts.ageYears === undefined
    && !u.timing.outOfHours && !u.timing.inHours;
}

/**
 * "For a training slide: how does Pathway to Provision define neglect?" asks for the guidance's words, of no
 * particular child: the printed lines it asks for, not a referral route for harm no child is said to suffer.
 * A named service or process, or a team asked for its details, is answered as such instead.
 */
function guidanceAnswer(kb: KnowledgeBase, memory: CaseMemory, u: Understanding): Reply | undefined {
  // A document's title names the partnership that publishes it ("Pathway to Provision"): a team counts
  // only when something is asked of it.
  const asksOfATeam = !!u.facts.namedContacts?.length && !!u.attributes?.attributes.some(a => a !== 'about');
  const namesAnEntry = !!u.facts.namedServices?.length || asksOfATeam || u.topics.processes.some(p => p.named);
  // "What's the number to use in our role-play?" asks for a contact; "what are the four levels?" for the levels.
  const asksForContacts = u.intent === 'contact-lookup' || !!u.attributes?.attributes.some(a => LOOKUP_ATTRIBUTES.includes(a));
  const asksForLevels = u.asksForTheLevels && !u.facts.concerns?.length;
  // Harm the screen still reads in a message about the guidance is harm described, not quoted.
  const describesHarm = !!u.facts.risks?.length || !!u.facts.immediateDanger;
  if (!u.aboutTheGuidance || !u.guidanceLines.length || u.intent === 'out-of-scope' || namesAnEntry || asksForContacts || asksForLevels || describesHarm) return undefined;
  const quotes = quoteGuidance(kb, u.guidanceLines, u.facts.area?.authority ?? memory.facts.area?.authority, u.levelsMentioned);
  return quotes.length ? { kind: 'text', text: [say.GUIDANCE_QUOTED, ...quotes, say.GUIDANCE_REMINDER].join('\n\n') } : undefined;
}

/** The safeguarding route for what this message may describe, then the question that was pending. */
function safeguardingPlan(deps: PlannerDeps, memory: CaseMemory, replies: Reply[], u: Understanding, now: Date, answering?: MissingFact): TurnPlan {
  const facts = mergeFacts(memory.facts, u.facts);
  const question: Question = { kind: 'safeguarding', topics: u.topics, levelsMentioned: [], outOfHours: u.timing.outOfHours, ...possibleRisks(u) };
  const next: CaseMemory = { ...memory, facts, lastQuestion: question };
  const out: Reply[] = [...replies, { kind: 'route', route: decide(facts, deps.kb, now, question), terse: false, prefix: [] }];
  out.push(...noLongerFits(deps.kb, memory, facts));
  if (answering) out.push({ kind: 'text', text: say.CONTINUE_AFTER_INTERRUPTION });
  return { memory: next, replies: out, ask: answering, reprompt: !!answering };
}

/**
 * "He's also got active suicidal thoughts - does that matter?" after MST: the risk first, then what the new
 * facts do to the service just answered, when they now rule it out.
 */
function noLongerFits(kb: KnowledgeBase, memory: CaseMemory, facts: CaseFacts): Reply[] {
  const focused = memory.focus?.kind === 'service' ? kb.service(memory.focus.id) : undefined;
  if (!focused || !checkEligibility(kb, focused, memory.facts).eligible) return [];
  const after = checkEligibility(kb, focused, facts);
  return after.eligible ? [] : [{ kind: 'text', text: say.NO_LONGER_FITS(focused.name, after.failures) }];
}

/**
 * Risk first, not risk only: a message that describes harm and asks for something the guidance answers
 * ("would MST take him?", "what level is this?", "what ages is Kooth for?") gets that answer after the
 * safeguarding route, decided on the same facts as if no harm were described.
 */
function requestBesideRisk(deps: PlannerDeps, memory: CaseMemory, u: Understanding, facts: CaseFacts, now: Date): Reply | undefined {
  const intent = requestIntent(u);
  if (!intent || isUnplaced(u, facts)) return undefined;
  // Asked about a named service, the harm told is a need its criteria are checked against: "he has been
  // sexually touching his sister... would MST take him?" is answered knowing MST does not take sexually
  // harmful behaviour. A search ("any mediation?") keeps to the needs it names.
  const harmNeeds = u.facts.namedServices?.length ? concernsOfRisks(deps.kb, facts.risks) : [];
  const calm: CaseFacts = { ...facts, concerns: [...new Set([...facts.concerns, ...harmNeeds])], risks: [], immediateDanger: false };
  const asked: Understanding = { ...u, intent, facts: { ...u.facts, risks: [], immediateDanger: false } };
  const attribute = attributePlan(deps, { ...memory, facts: calm }, asked, now, false);
  if (attribute) return attribute.replies[0];
  const route = decide(calm, deps.kb, now, questionFor(asked, memory));
  return route.kind === 'safeguarding' || isDeadEnd(route) ? undefined : { kind: 'route', route, terse: route.kind === 'contacts', prefix: [] };
}

/** The kind of harm a message read in doubt leans to, whose route goes beside the front door as a possibility. */
const possibleRisks = (u: Understanding): Pick<Question, 'possibleRisks'> => (u.risk.possible ? { possibleRisks: [u.risk.possible] } : {});

function hasCaseContent(facts: CaseFacts): boolean {
  return !!facts.area || facts.ageYears !== undefined || facts.concerns.length > 0 || facts.namedServices.length > 0 || facts.namedContacts.length > 0;
}

/** Only the county is known ("Nottinghamshire"): where in it is asked, so its districts are the choices. */
function areaChoices(kb: KnowledgeBase, fact: MissingFact, facts: CaseFacts): { choices?: string[] } {
  const authority = facts.area?.authority;
  if (fact !== 'area' || !authority || facts.area?.district) return {};
  const districts = kb.districts.filter(d => d.authority === authority).map(d => d.name);
  return districts.length ? { choices: districts } : {};
}

export function planTurn(deps: PlannerDeps, stored: CaseMemory, text: string, now: Date, answering?: MissingFact, attempts = 0): TurnPlan {
  const plan = planReplies(deps, stored, text, now, answering, attempts);
  // The focus follows the last answer given; a question asked instead keeps it unless the case moved on.
  const routes = plan.replies.filter((r): r is Extract<Reply, { kind: 'route' }> => r.kind === 'route');
  const last = routes[routes.length - 1];
  if (last) {
    const { lastAttributes: _answered, ...rest } = plan.memory;
    return { ...plan, memory: { ...rest, focus: focusOf(last.route, plan.memory.facts, deps.kb) } };
  }
  // A focus this turn's answer set ("Cygnet - what's involved?") stays, whatever facts came with it.
  const carriedOver = plan.memory.focus && plan.memory.focus === stored.focus;
  if (carriedOver && (plan.memory.facts.concerns.length !== stored.facts.concerns.length || plan.memory.facts.ageYears !== stored.facts.ageYears)) {
    const { focus: _dropped, ...rest } = plan.memory;
    return { ...plan, memory: rest };
  }
  return plan;
}

function planReplies(deps: PlannerDeps, stored: CaseMemory, text: string, now: Date, pending?: MissingFact, attempts = 0): TurnPlan {
  const { kb, understander } = deps;
  const understood = understander.understand(text, stored.facts, pending);
  // "Different question: when's his 2 year check? We're in Stapleford" starts afresh and is answered.
  const startsAfresh = ['start-over', 'cancel'].includes(understood.intent) && hasCaseContent({ ...emptyFacts(), ...understood.facts } as CaseFacts);
  const u: Understanding = startsAfresh ? { ...understood, intent: understood.alternatives.find(a => REQUEST_INTENTS.includes(a.intent))?.intent ?? 'find-service' } : understood;
  const memory: CaseMemory = { ...(startsAfresh ? freshMemory() : stored), lastTurnAt: now.toISOString() };
  const answering = startsAfresh ? undefined : pending;
  const replies: Reply[] = [];
  if (u.personalData.length && !memory.warnedPersonalData) {
    replies.push({ kind: 'text', text: say.PERSONAL_DATA_WARNING });
    memory.warnedPersonalData = true;
  }

  const quoted = answering ? undefined : guidanceAnswer(kb, memory, u);
  if (quoted) return { memory, replies: [...replies, quoted] };

  // Safety rule 5: a message that may describe harm never meets a dead end (start over, cancel, help,
  // a greeting, "can't help"): it gets the safeguarding route, then the question that was pending.
  const harmCue = (u.risk.doubt || !!u.facts.risks?.length || !!u.facts.immediateDanger) && !u.ageOutOfRange?.adult;
  if (harmCue && DEAD_END_INTENTS.includes(u.intent)) return safeguardingPlan(deps, memory, replies, u, now, answering);

  // A follow-up about the focus outranks the classifier's reading of a short message ("does that cover
  // Derby as well?" is not thanks; "what time do they close on a friday?" is not out of scope; "what
  // ages?" is not a request for help: a message that asks for help names no attribute).
  const followUp = !answering && !['start-over', 'cancel', 'explain'].includes(u.intent) ? attributePlan(deps, memory, u, now, harmCue) : undefined;
  // A fact asked of a named team, of no particular child, is answered even when its words name a harm.
  const newHarm = (u.facts.risks ?? []).some(r => !memory.facts.risks.includes(r)) || (!!u.facts.immediateDanger && !memory.facts.immediateDanger);
  if (followUp && (!newHarm || (u.asksOfAnEntryAlone && !u.facts.immediateDanger))) {
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
    const request = requestBesideRisk(deps, memory, u, facts, now);
    memory.lastQuestion = question;
    replies.push({ kind: 'route', route: decide(facts, kb, now, question), terse: false, prefix: [] });
    if (request) replies.push(request);
    else replies.push(...noLongerFits(kb, { ...memory, facts: before }, facts));
    if (answering) replies.push({ kind: 'text', text: say.CONTINUE_AFTER_INTERRUPTION });
    return { memory, replies, ask: answering, reprompt: !!answering };
  }

  // A question in a case that already carries a risk ("what's DART's number?", "do I need consent first?"):
  // its answer, with the front door for now beside it, not the same safeguarding route again.
  if (!answering && (before.risks.length || before.immediateDanger)) {
    const request = requestBesideRisk(deps, memory, u, facts, now);
    if (request) {
      const reminder = safeguardingReminder(kb, resolveAuthority(kb, facts), now, facts).text;
      const reply: Reply = request.kind === 'route' ? { ...request, prefix: [reminder, ...request.prefix] } : { ...request, text: `${request.text}\n${reminder}` };
      return { memory, replies: [...replies, reply] };
    }
  }

  if (u.ageOutOfRange) {
    if (u.ageOutOfRange.adult) return { memory: { ...memory, facts: before }, replies: [...replies, { kind: 'text', text: say.ADULT_OUT_OF_SCOPE }] };
    replies.push({ kind: 'text', text: say.AGE_REJECTED(u.ageOutOfRange.asTyped) });
    return { memory, replies, ask: 'age', reprompt: true };
  }

  // "Need advice about a kid", "hi, I need to talk to someone": an opening that says only that there is
  // something to ask is met with the question of what, not a guessed route, a "can't help" or every front
  // door. Any sign of harm, a worry voiced or a fact of the case keeps the usual reading.
  const opensWithNothing = u.saysNothingYet && !answering && !hasCaseContent(facts) && !harmCue && u.risk.confidence < NO_SIGN_OF_HARM
    && !u.topics.worried && !u.risk.past && [...QUESTION_KINDS, 'out-of-scope'].includes(u.intent);
  if (opensWithNothing) {
    memory.asked = [...new Set([...memory.asked, 'concern' as const])];
    return { memory, replies: [...replies, { kind: 'text', text: say.EMERGENCY_LINE }], ask: 'concern' };
  }

  // Out of scope even when it names a place ("will it rain in Mansfield?"): nothing in it is about a child's needs.
  const aboutANeed = !!u.facts.concerns?.length || !!u.facts.namedServices?.length || !!u.facts.namedContacts?.length;
  const aboutAChild = aboutANeed || u.facts.ageYears !== undefined;
  // "A school place for my 11 year old": a subject the guidance does not cover, whatever the child's age,
  // unless a need, a named team or a possible harm comes with it.
  // So too when the classifier is sure of it ("a bus pass for my 12 year old", "uniform help for my 8 year old"):
  // its training holds such subjects beside the universal services that are in scope (clubs, nursery hours).
  const plainlyOutside = (u.outsideTheGuidance || u.confidence >= SURELY_OUTSIDE) && !aboutANeed && !u.risk.doubt;
  // A subject the guidance does not cover, named and read as such, with no need beside it ("how much child
  // benefit for 2 kids?"), stays outside though its own words touch a need (benefit: money) or name a team
  // ("the Ofsted rating of the day nursery"). "We're in debt... and child benefit?" has a need beside it.
  // A longer message may tell a need in words no list holds: then only a sure reading makes it outside.
  const namesAnOutsideSubject = u.onlyAnOutsideSubject && u.intent === 'out-of-scope' && (u.wordCount <= SHORT_QUESTION_WORDS || u.confidence >= SURELY_OUTSIDE)
    && !u.risk.doubt && !u.facts.risks?.length;
  // Past harm beside a request ("I left my abusive ex two years ago... is there a course?") is never "can't help" (rule 5).
  // Read as likely out of scope, asked as a question, with nothing in it the guidance names (no need, team,
  // process or level) and next to no sign of harm: "how do I get a passport for my 2 year old?". A child
  // described rather than a question asked ("a toddler wandering by the canal") stays with the fail-safe.
  const outsideReading = u.alternatives.find(a => a.intent === 'out-of-scope')?.confidence ?? 0;
  const namesAnEntry = [u.topics.services, u.topics.contacts, u.topics.processes].some(list => list.some(e => e.named));
  const likelyOutside = outsideReading >= LIKELY_OUTSIDE && u.asks && u.risk.confidence < NO_SIGN_OF_HARM && !aboutANeed
    && !u.risk.doubt && !u.attributes && !namesAnEntry && !facts.concerns.length && !u.levelsMentioned.length;
  if ((likelyOutside || namesAnOutsideSubject || (u.intent === 'out-of-scope' && (!aboutAChild || plainlyOutside))) && !answering && !u.risk.past) {
    return { memory, replies: [...replies, { kind: 'text', text: say.OUT_OF_SCOPE }] };
  }

  // A reply to a question that did not give the fact: ask again (twice at most), then answer with what we have.
  // A reply to "how old?" that gives other facts instead ("Harworth. Eviction.") has moved on: a neighbour,
  // a caller or a parent of several may not know or not say, so the answer comes with what we have. The
  // other facts are asked again: the area decides whose services, and the rest are the user's to give.
  const gaveOtherFacts = answering === 'age' && MISSING_FACTS.some(f => f !== answering && statedFact(f, u.facts));
  if (answering && u.intent === 'provide-facts' && !statedFact(answering, u.facts) && !gaveOtherFacts && attempts < 2) {
    if (harmCue) return safeguardingPlan(deps, memory, replies, u, now, answering);
    return { memory, replies, ask: answering, reprompt: true };
  }

  // "contact", "contact details", "phone number" and nothing more: whose depends on the area, so ask it
  // rather than guess a team from the word "number". The answer gives that authority's front door.
  // A harm cue keeps its front door line (rule 5), so it is answered below, not with a question.
  if (asksForAnyContact(u, facts) && !harmCue && !u.risk.past) {
    memory.lastQuestion = { kind: 'contact-lookup', topics: noTopics(), levelsMentioned: [] };
    memory.asked = [...new Set([...memory.asked, 'area' as const])];
    return { memory, replies: [...replies, { kind: 'text', text: say.WHICH_AREA_FOR_CONTACTS }], ask: 'area' };
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
  // "And if I disagree with their decision?" reads as a what-if, but changes no fact and names a process: that process.
  const whatIf = u.intent === 'what-if' && !(changed.length === 0 && namesAProcess(u));
  if (last && (whatIf || changesTheCase || (asksAboutHoursOnly && u.intent !== 'find-service'))) {
    // "CC email Rushcliffe?", then "and Gedling?": Gedling's own contact, not Rushcliffe's again.
    const local = (id: string) => (changed.includes('area') ? contactForDistrict(kb, id, facts.area) : id);
    const moved = { ...facts, namedContacts: facts.namedContacts.map(local) };
    const question: Question = { ...last, topics: { ...last.topics, contacts: last.topics.contacts.map(c => ({ ...c, id: local(c.id) })) }, outOfHours: u.timing.outOfHours, inHours: u.timing.inHours };
    const route = decide(moved, kb, now, question);
    const prefix = changed.length ? [`What changed: ${changed.join(', ')}. Now: ${describeFacts(kb, facts)}.`] : [];
    return { memory: { ...memory, facts: moved }, replies: [...replies, { kind: 'route', route, terse: route.kind === 'contacts', prefix }] };
  }

  // Details added after a full answer that change nothing: say so rather than repeat the whole route.
  const addsNothing = u.intent === 'provide-facts' && !answering && last && !changed.length
    && facts.concerns.length === before.concerns.length;
  if (addsNothing) return { memory, replies: [...replies, { kind: 'text', text: say.NOTHING_CHANGED }] };

  // A child in a situation the bot cannot place (no need, service or process it recognises): the
  // question that follows carries the front doors, as doubt does (rule 5).
  // Only when the bot cannot tell what is asked either: "any clubs for my 12 year old?" is placed by its question.
  // "What do I do?" about a child in a situation nothing recognises, with no process named, is placed by
  // its question no more than by its words: a process sharing a few of them is not an answer (rule 5).
  const asksWhatToDo = u.intent === 'process' && !u.topics.processes.some(p => p.named);
  const unplacedChild = u.facts.ageYears !== undefined && (!REQUEST_INTENTS.includes(u.intent) || asksWhatToDo) && isUnplaced(u, facts);
  // A fact asked for and still not known: the user could not or would rather not say.
  const notGiven = memory.asked.filter(f => !statedFact(f, facts));
  const question = {
    ...questionFor(u, memory, answering),
    ...((u.risk.doubt && !u.risk.faint) || u.risk.past || unplacedChild ? { safeguardingReminder: true } : {}),
    ...(notGiven.length ? { notGiven } : {}),
  };
  memory.lastQuestion = question;
  const route = decide(facts, kb, now, question);
  // Unsure whether harm is described and nothing in the guidance answers it: safeguard (rule 5). So too
  // when the model leans to a kind of harm and nothing else in the message is recognised: its route, not
  // a question about the need, comes first.
  // A question about a fact of an entry ("how long before I hear back?") is placed by what it asks.
  // A strong lean (at least even odds) at harm now outweighs words that merely share a service's vocabulary.
  const leansToHarm = u.risk.doubt && !!u.risk.possible && (isUnplaced(u, facts) || (u.risk.confidence >= RISK_THRESHOLD && !u.risk.past && !facts.concerns.length && !facts.namedServices.length)) && !u.attributes;
  if ((u.risk.doubt || unplacedChild) && (isDeadEnd(route) || asksWhatToDo || leansToHarm)) return safeguardingPlan(deps, memory, replies, u, now, answering);
  const prefix = question.kind === 'records-check' ? [say.RECORDS_CHECK] : [];
  // A question about children in general needs no one child's age or diagnosis; the area still decides whose services.
  const toAsk = route.missing.filter(m => !memory.asked.includes(m) && (!question.general || m === 'area'));
  // A service asked about by name is answered at once; its criteria say what else matters.
  // The area still comes first: it decides whose services apply.
  // "Can a family with no diagnosis get the befriender?" asks about the service, not one child: its criteria answer it.
  const namedServiceAsked = !!u.facts.namedServices?.length && (toAsk[0] !== 'area' || (question.kind === 'eligibility' && u.facts.ageYears === undefined));
  const asksAboutNamedService = (question.kind === 'find-service' || question.kind === 'eligibility') && namedServiceAsked;
  // A named service already ruled out on what was said ("can my 4 year old go on Cygnet?") needs no more facts.
  const namedRuledOut = !!facts.namedServices.length && facts.namedServices.every(id => route.ruledOut.some(r => r.service.id === id));
  if (toAsk[0] && ASKING_KINDS.includes(question.kind) && route.kind !== 'safeguarding' && !asksAboutNamedService && !namedRuledOut) {
    memory.asked = [...memory.asked, toAsk[0]];
    if (question.safeguardingReminder) prefix.push(safeguardingReminder(kb, resolveAuthority(kb, facts), now, facts).text);
    if (prefix.length) replies.push({ kind: 'text', text: prefix.join('\n') });
    return { memory, replies, ask: toAsk[0], ...areaChoices(kb, toAsk[0], facts) };
  }
  replies.push({ kind: 'route', route, terse: route.kind === 'contacts', prefix });
  return { memory, replies };
}

// Questions about attributes of one entry ("New Forest - what ages?", "how long does it run?", "what's
// their email?", "and the first TAF meeting?"): which entries they ask about, and the short answer with its
// source. Part of the turn's decisions (turnPlanner.ts), kept apart because it is one idea.
import type { KnowledgeBase } from '../src/knowledge/knowledgeBase.js';
import { mergeFacts, type CaseFacts } from '../src/pathway/caseFacts.js';
import { resolveAuthority } from '../src/pathway/authority.js';
import { answerAttributes, attributeText, printsOwnHours, type Attribute, type Focus } from '../src/pathway/focus.js';
import { counterpartIn } from '../src/pathway/localContacts.js';
import { safeguardingReminder } from '../src/pathway/safeguarding.js';
import type { AttributesAsked } from '../src/understanding/attributes.js';
import type { Understanding } from '../src/understanding/understanding.js';
import type { CaseMemory } from './caseMemory.js';
import type { PlannerDeps, TurnPlan } from './turnPlanner.js';

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
 * A question about attributes of one entry ("how long does it run?", "New Forest - what ages?", "what's
 * their email?", "does that cover the county?"): those attributes first, in a line or two, with the source.
 * A harm cue here is not new (a new risk is answered before this): the front door goes beside it (rule 5).
 */
export function attributePlan(deps: PlannerDeps, memory: CaseMemory, u: Understanding, now: Date, harmCue: boolean): TurnPlan | undefined {
  const { kb } = deps;
  // "Is there one in Derby?" after a full referral route moves the case (a what-if), not the focus alone.
  if (u.asksElsewhere && memory.focus && !answersOneEntry(memory)) return undefined;
  const elsewhere = elsewherePlan(kb, memory, u, now, harmCue);
  if (elsewhere) return elsewhere;
  const named = namedEntries(kb, u, memory.facts);
  const asked = u.attributes ?? attributesCarried(u, memory, named);
  const targets = asked ? attributeTargets(kb, u, memory, asked, named) : [];
  if (!asked || !targets[0]) return undefined;
  // A place beside a newly named entry is the case's: only a follow-up about the focus checks one.
  const attributes = targets[0] === memory.focus ? asked.attributes : asked.attributes.filter(a => a !== 'covers');
  // "Does that cover Derby?" names a place to check, not a move: the case keeps its area.
  const checksPlace = attributes.includes('covers');
  const before = memory.facts;
  const facts = checksPlace ? before : mergeFacts(before, u.facts);
  // The words of the clause that asks an attribute weigh double in choosing the printed line that answers it
  // ("what is it?" has no clause of its own: the whole message says which part is asked about).
  const termsFor = (a: Attribute) => [...u.askedTerms, ...(a === 'about' ? [] : asked.clauseTerms[a] ?? [])];
  const answers = answerAttributes(kb, targets, attributes, facts, now, termsFor, checksPlace ? u.facts.area : undefined);
  // "What's the Cygnet programme?" is answered by the full answer about it; "Step2's circle of security - what
  // is it?" names one part, said on its own.
  const newEntry = targets[0] !== memory.focus;
  if (!answers.length || (newEntry && attributes.every(a => a === 'about') && !answers.some(a => a.part))) return undefined;
  return { memory: { ...memory, facts, focus: targets[0], lastAttributes: attributes }, replies: [{ kind: 'text', text: [attributeText(kb, answers), ...reminderFor(kb, facts, harmCue, now)].join('\n') }] };
}

/** A case that carries a risk, or a message with a harm cue, keeps the front door beside any fact (rule 5). */
const reminderFor = (kb: KnowledgeBase, facts: CaseFacts, harmCue: boolean, now: Date): string[] =>
  harmCue || facts.risks.length || facts.immediateDanger ? [safeguardingReminder(kb, resolveAuthority(kb, facts), now, facts).text] : [];

/** The last answer was about one entry (a lookup, what a service is, one of its attributes), not a full referral route. */
const answersOneEntry = (memory: CaseMemory): boolean =>
  !!memory.lastAttributes?.length || ['contact-lookup', 'service-info', 'process'].includes(memory.lastQuestion?.kind ?? '');

/** What a contact, service or process is asked for when nothing more particular was asked of it before. */
const DEFAULT_ATTRIBUTES: Record<Focus['kind'], Attribute[]> = { contact: ['phone', 'email', 'hours'], service: ['about'], process: ['about'], level: ['about'] };

/**
 * "And the city one?", "what about Gedling?" after an answer about one place's entry: what was asked, of the
 * entry that is that to the place now named. The case keeps its own area: the place names whose entry, as
 * "does that cover Derby?" names a place to check. None when nothing there is alike (the check answers).
 */
function elsewherePlan(kb: KnowledgeBase, memory: CaseMemory, u: Understanding, now: Date, harmCue: boolean): TurnPlan | undefined {
  const focus = memory.focus;
  const area = u.facts.area;
  if (!u.asksElsewhere || !focus || !area || u.facts.namedServices?.length || u.facts.namedContacts?.length || u.facts.concerns?.length) return undefined;
  const target = counterpartIn(kb, focus, area);
  if (!target) return undefined;
  const stated = (u.attributes?.attributes ?? []).filter(a => a !== 'covers');
  const carried = memory.lastAttributes?.filter(a => a !== 'covers') ?? [];
  // After a lookup ("city children's social care number" then "and derby?"), the number is still what is asked.
  const defaults = memory.lastQuestion?.kind === 'contact-lookup' ? DEFAULT_ATTRIBUTES.contact : DEFAULT_ATTRIBUTES[target.kind];
  const attributes = stated.length ? stated : carried.length ? carried : defaults;
  const given = answerAttributes(kb, [target], attributes, memory.facts, now, () => u.askedTerms, undefined);
  // What nobody asked for by name and the source does not print ("no email address") is left unsaid.
  const answers = stated.length ? given : given.filter(a => !a.notPrinted);
  if (!answers.length) return undefined;
  return { memory: { ...memory, focus: target, lastAttributes: attributes }, replies: [{ kind: 'text', text: [attributeText(kb, answers), ...reminderFor(kb, memory.facts, harmCue, now)].join('\n') }] };
}

/** "And the first TAF meeting?": a short message naming another entry asks what was just asked, of it. */
function attributesCarried(u: Understanding, memory: CaseMemory, named: readonly Focus[]): AttributesAsked | undefined {
  const carried = memory.lastAttributes;
  const short = u.wordCount <= 7 && u.facts.ageYears === undefined && !u.facts.concerns?.length;
  return carried?.length && short && named.length ? { attributes: carried, refersBack: false, clauseTerms: {} } : undefined;
}

/**
 * The entries a message names: services and contacts by name, and processes by one of their own names.
 * A name several authorities share ("consent", "the TAF") is the case's authority's entry when it has one.
 */
function namedEntries(kb: KnowledgeBase, u: Understanding, before: CaseFacts): Focus[] {
  const named = [
    ...(u.facts.namedServices ?? []).map(id => ({ kind: 'service' as const, id, authority: kb.service(id)?.authority })),
    ...(u.facts.namedContacts ?? []).map(id => ({ kind: 'contact' as const, id, authority: kb.contact(id)?.authority })),
    ...u.topics.processes.filter(p => p.named).map(p => ({ kind: 'process' as const, id: p.id, authority: kb.process(p.id)?.authority })),
  ];
  const authority = u.facts.area?.authority ?? before.area?.authority;
  const ours = named.filter(n => !n.authority || n.authority === authority);
  const kept = authority && ours.length ? ours : named;
  const processes = kept.filter(n => n.kind === 'process').slice(0, 2);
  return kept.filter(n => n.kind !== 'process' || processes.includes(n)).map(({ kind, id }) => ({ kind, id }));
}

/** Attributes the contacts route gives in full (number, hours, out of hours): a lookup, not an attribute question. */
export const LOOKUP_ATTRIBUTES: readonly string[] = ['phone', 'email', 'hours'];

/**
 * What the attributes are asked of. A message that names entries asks about them ("Cygnet - how many
 * weeks?") when nothing in it is about a particular child (an age, or a need beyond the entries' own)
 * and it asks more than a lookup. A follow-up that names nothing asks about the focus when it points
 * back ("that", "their"), is short, or brings nothing new.
 */
function attributeTargets(kb: KnowledgeBase, u: Understanding, memory: CaseMemory, asked: AttributesAsked, named: readonly Focus[]): Focus[] {
  const focus = memory.focus && !startsSomethingNew(kb, u, memory.facts, memory.focus) ? memory.focus : undefined;
  // "Do I have to tell her mum first?" names no service: the case's authority's guidance on consent answers
  // it, unless the focus is a service whose own criteria say whether the family must agree, or the message
  // is about a child's needs ("counselling without my parents knowing, I'm 15") and asks for a service.
  const consentGuidance = resolveAuthority(kb, mergeFacts(memory.facts, u.facts))?.consentProcess;
  // In a safeguarding case, consent is asked of the referral to the front door, whatever was answered last
  // and whatever words came with it ("do I have to tell the parents?").
  const safeguardingCase = memory.facts.risks.length > 0 || memory.facts.immediateDanger || memory.lastQuestion?.kind === 'safeguarding';
  const ofTheReferral = safeguardingCase || (!u.facts.concerns?.length && focus?.kind !== 'service');
  if (asked.attributes.includes('consent') && consentGuidance && ofTheReferral && !named.some(n => n.kind === 'service')) return [{ kind: 'process', id: consentGuidance }];
  if (named.length) {
    if (focus && named.some(n => n.kind === focus.kind && n.id === focus.id)) return [focus];
    const ownNeeds = (u.facts.namedServices ?? []).flatMap(id => kb.service(id)?.concerns ?? []);
    // "What does Step2 offer parents of a 10 month old?" still asks about Step2: the age only says which part.
    const asksWhatItIs = u.intent === 'service-info' || asked.attributes.includes('about');
    const aboutAChild = !asksWhatItIs && (u.facts.ageYears !== undefined || (u.facts.concerns ?? []).some(c => !ownNeeds.includes(c)));
    // "Does it cover...", "family in Bingham": a place beside a new entry is the case's, checked by the full answer.
    const attributes = asked.attributes.filter(a => a !== 'covers');
    // A service's own times ("when are SHARP's consultations?") are printed with it, not with a contact.
    // "When can a social worker phone SHARP?" asks SHARP's times: the entry that prints its own is the one asked.
    const withOwnHours = named.filter(n => n.kind === 'service' && printsOwnHours(kb, n.id));
    const beyondLookup = attributes.some(a => !LOOKUP_ATTRIBUTES.includes(a) || (a === 'hours' && withOwnHours.length > 0));
    if (aboutAChild || !beyondLookup) return [];
    return attributes.every(a => a === 'hours') && withOwnHours.length ? withOwnHours : [...named];
  }
  if (!focus) return [];
  // No pronoun is needed when the message brings nothing new: no place, no age ("at what age is a child left alone always referred?").
  return asked.refersBack || u.wordCount <= 8 || (!u.facts.area && u.facts.ageYears === undefined) ? [focus] : [];
}

// The conversation's focus: the service, contact, process or level the bot last answered about, so
// "how long does it run?", "what's their email?" or "does that cover the county?" can be answered with
// that one attribute first, in a line or two, with its citation. Pure: facts and knowledge in, a short
// answer out. The focus is stored in conversation state as ids, never text.
import { z } from 'zod';
import { citationText } from '../knowledge/citation.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { Citation, Contact, LevelOfNeed, Process, Service } from '../knowledge/schema.js';
import type { AreaRef, CaseFacts } from './caseFacts.js';
import { stemOf } from '../understanding/text.js';
import { areaIds } from './eligibility.js';
import { serviceContactIds } from './contactsNow.js';
import { contactNow } from './hours.js';
import { servicePathway } from './pathwaySequence.js';
import type { Route } from './route.js';

/** What a follow-up can ask about the focus. The words for each are data (knowledge/attributes.yaml). */
export const ATTRIBUTES = ['about', 'requirements', 'length', 'sessions', 'ages', 'hours', 'email', 'phone', 'who-can-refer', 'consent', 'form', 'waiting', 'after-referral', 'covers'] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

export const Focus = z.object({ kind: z.enum(['service', 'contact', 'process', 'level']), id: z.string() });
export type Focus = z.infer<typeof Focus>;

/** What a reply was about, for the next question's "it": the service to refer to, the contact given, the process, the level. */
export function focusOf(route: Route, facts: CaseFacts, kb: KnowledgeBase): Focus | undefined {
  switch (route.kind) {
    case 'services': case 'eligibility': case 'service-info': {
      const named = facts.namedServices[0];
      const id = named && kb.service(named) ? named : servicePathway(route).entry?.service.id;
      return id ? { kind: 'service', id } : undefined;
    }
    case 'contacts': {
      const process = route.processes[0];
      const step = route.steps.find(s => !process || !s.action.startsWith(process.title));
      const named = facts.namedServices[0];
      if (named && kb.service(named) && step?.citation === kb.service(named)?.citation) return { kind: 'service', id: named };
      const contact = step?.contacts[0]?.contact.id;
      return contact ? { kind: 'contact', id: contact } : undefined;
    }
    case 'process': return route.processes[0] ? { kind: 'process', id: route.processes[0].id } : undefined;
    case 'threshold': return route.levels[0] ? { kind: 'level', id: route.levels[0].level.id } : undefined;
    case 'safeguarding': {
      const door = route.authority?.frontDoor;
      return door ? { kind: 'contact', id: door } : undefined;
    }
    default: return undefined;
  }
}

export interface AttributeAnswer {
  text: string;
  citation?: Citation;
  /** The source does not print it: said only when no other entry asked about does. */
  notPrinted?: true;
  /** One printed part the question names ("Step2's circle of security"), not the whole entry's summary. */
  part?: true;
}

const SAYS: Record<Attribute, RegExp> = {
  about: /\w/,
  requirements: /\b(consent|must|needs?|needed|evidence|criteria|NHS|GP|tier|complete|completed|show|include|state)\b/i,
  length: /\b(week|weeks|months?|hours?|minutes|session|sessions|termly|monthly|fortnightly)\b/i,
  sessions: /\b(session|sessions|per week|weekly|fortnightly|monthly|visits?|apart|twice|once a|times a)\b|\bevery\s+(\d|week|month|fortnight|term|day|year)/i,
  ages: /\b(aged?|ages|years? old|under \d|up to|\d+\s*(?:-|to)\s*\d+|birthday)\b/i,
  hours: /\b(\d{1,2}[.:]\d{2}|am|pm|24\/7|hours|(mon|tues|wednes|thurs|fri|satur|sun)days?( mornings?| afternoons?| evenings?)?)\b/i,
  email: /@/,
  phone: /\b0\d{3,4}\s?\d{3}/,
  'who-can-refer': /\b(refer|referral|self-referral|professional)/i,
  consent: /\bconsent/i,
  form: /\bform\b|\bEHAF\b|\bCAF\b/i,
  waiting: /\b(\d+|five|ten|two|three)\s+(working\s+)?(days?|weeks?|hours?)\b|within/i,
  'after-referral': /\b(then|will|decision|allocated|contact you|updated|feedback|outcome|confirm\w*|in writing|follow[- ]?up)\b/i,
  covers: /\b(area|cover|countywide|city|county|district|registered)\b/i,
};

function processesFor(kb: KnowledgeBase, kind: 'service' | 'contact', id: string): Process[] {
  return kb.processes.filter(p => (kind === 'service' ? p.services.includes(id) : p.contacts.includes(id)));
}

/** The stems of a printed line's longer words, each once: compared with the stems of the question's words. */
const stemsOf = (line: string): string[] => [...new Set((line.toLowerCase().match(/[a-z]{4,}/g) ?? []).map(stemOf))];

/** How much each stem says about which printed line is meant, per knowledge base: rare stems say more. */
const stemWeights = new WeakMap<KnowledgeBase, (stem: string) => number>();
function stemWeight(kb: KnowledgeBase): (stem: string) => number {
  let weight = stemWeights.get(kb);
  if (!weight) {
    const lines = [
      ...kb.services.flatMap(s => [...s.offers, ...s.notes, s.summary, ...s.referral.how, ...s.referral.timescales]),
      ...kb.processes.flatMap(p => [...p.steps, ...p.timescales, p.summary]),
      ...kb.contacts.flatMap(c => [...c.notes, c.summary ?? '']),
    ];
    const linesWith = new Map<string, number>();
    for (const stem of lines.flatMap(stemsOf)) linesWith.set(stem, (linesWith.get(stem) ?? 0) + 1);
    weight = stem => Math.log((lines.length + 1) / ((linesWith.get(stem) ?? 0) + 1));
    stemWeights.set(kb, weight);
  }
  return weight;
}

/**
 * The printed lines about an entry, best first for the question's words. A word many printed lines share
 * ("children", "need", "case") says little about which line is asked for: each shared stem counts by how
 * rare it is across the knowledge base.
 */
function scoredLines(kb: KnowledgeBase, lines: readonly string[], attribute: Attribute, askedTerms: readonly string[]): { line: string; score: number }[] {
  // A stem asked twice (in the clause that asks the attribute, and in the message) counts twice.
  const asked = new Map<string, number>();
  for (const t of askedTerms) asked.set(t, (asked.get(t) ?? 0) + 1);
  // "How long until they tell me?" asks for the time of a reply (an outcome, a decision, an acknowledgement),
  // whatever words it uses: such a line comes before any line that only shares more of the message's words
  // ("I sent the online form yesterday, when will I hear?" is not asking how to send the form).
  const outcome = (l: string) => (attribute === 'waiting' || attribute === 'after-referral') && /outcome|decision|informed|updated|acknowledg/i.test(l) ? 1 : 0;
  const weight = stemWeight(kb);
  return lines.filter(l => SAYS[attribute].test(l))
    .map(line => ({ line, outcome: outcome(line), score: stemsOf(line).reduce((sum, stem) => sum + (asked.get(stem) ?? 0) * weight(stem), 0) }))
    .sort((a, b) => b.outcome - a.outcome || b.score - a.score);
}
/** One word as rare as "review" (one printed line in thirty) says which part of a service is asked about; "need" does not. */
const PART_NAMED = 3;

/** The printed line about an entry that best fits the question: the fallback when no field holds the attribute. */
const printedLine = (kb: KnowledgeBase, lines: readonly string[], attribute: Attribute, askedTerms: readonly string[]): string | undefined =>
  scoredLines(kb, lines, attribute, askedTerms)[0]?.line;

const notPrinted = (name: string, what: string, citation: Citation): AttributeAnswer =>
  ({ text: `${name}: the source does not ${/^(what|who|how|when|whether|where|which|that)\b/.test(what) ? 'say' : 'give'} ${what}.`, citation, notPrinted: true });

function contactAnswer(kb: KnowledgeBase, c: Contact, attribute: Attribute, now: Date, askedTerms: readonly string[], facts: CaseFacts, asked?: AreaRef): AttributeAnswer {
  const cite = c.citation;
  switch (attribute) {
    case 'hours': {
      const state = contactNow(kb, c, now);
      const alt = c.outOfHours ? kb.contact(c.outOfHours) : undefined;
      const hours = c.hours.kind === 'not-stated' ? 'the source does not give opening hours' : `${c.hours.asPrinted}; ${state.statusText}`;
      return { text: `${c.name}: ${hours}.${alt ? ` Out of hours: ${alt.name} on ${alt.phones[0]?.number ?? ''}.` : ''}`, citation: cite, ...(c.hours.kind === 'not-stated' && !alt ? { notPrinted: true } : {}) };
    }
    case 'phone':
      if (c.phones.length) return { text: `${c.name}: ${c.phones.map(p => `${p.number}${p.label ? ` (${p.label})` : ''}${p.note ? ` [${p.note}]` : ''}`).join(' or ')}.`, citation: cite };
      // No number printed: the way it can be reached is the answer to "how do I contact them?".
      return c.emails.length ? contactAnswer(kb, c, 'email', now, askedTerms, facts, asked) : notPrinted(c.name, 'a phone number', cite);
    case 'email':
      return c.emails.length
        ? { text: `${c.name}: ${c.emails.map(e => `${e.address}${e.label ? ` (${e.label})` : ''}${e.note ? ` [${e.note}]` : ''}`).join(' or ')}.${c.conflicts.length ? ` ${c.conflicts[0]}` : ''}`, citation: cite }
        : notPrinted(c.name, 'an email address', cite);
    case 'covers': return coversAnswer(kb, c.name, c.authority, undefined, facts, asked, cite, kb.authorities.find(a => a.frontDoor === c.id || kb.contact(a.frontDoor ?? '')?.outOfHours === c.id) !== undefined);
    case 'about': if (c.summary) return { text: `${c.name}: ${c.summary}`, citation: cite }; // falls through to the printed lines
    default: {
      const processes = processesFor(kb, 'contact', c.id);
      const line = printedLine(kb, [...c.notes, ...processes.flatMap(p => [...p.timescales, ...p.steps])], attribute, askedTerms);
      const from = processes.find(p => line && [...p.timescales, ...p.steps].includes(line));
      return line ? { text: `${c.name}: ${line}`, citation: from?.citation ?? cite } : notPrinted(c.name, `that (${attribute.replace(/-/g, ' ')})`, cite);
    }
  }
}

function coversAnswer(kb: KnowledgeBase, name: string, authorityId: string | undefined, service: Service | undefined, facts: CaseFacts, asked: AreaRef | undefined, citation: Citation, frontDoor = false): AttributeAnswer {
  const owner = authorityId ? kb.authority(authorityId) : undefined;
  if (!asked?.authority) {
    const where = service?.areas.asPrinted ?? (owner ? owner.name : 'no particular area');
    return { text: `${name} covers: ${where}.`, citation };
  }
  const askedAuthority = kb.authority(asked.authority);
  const district = asked.district ? kb.district(asked.district)?.name : undefined;
  const place = asked.place ?? askedAuthority?.name ?? asked.asTyped;
  const askedName = district && district !== place ? `${place} (${district})` : place;
  if (owner && askedAuthority && owner.id !== askedAuthority.id) {
    const door = frontDoor && askedAuthority.frontDoor ? kb.contact(askedAuthority.frontDoor) : undefined;
    const elsewhere = askedName === askedAuthority.name ? `${askedName} is a different authority` : `${askedName} is in ${askedAuthority.name}`;
    return { text: `No: ${name} is ${owner.name}'s; ${elsewhere}.${door ? ` There, contact ${door.name} on ${door.phones[0]?.number ?? ''}.` : ''}`, citation: door?.citation ?? citation };
  }
  if (service) {
    const ids = areaIds(kb, { ...facts, area: asked });
    const excluded = service.areas.excluded.some(id => ids.includes(id));
    const served = !service.areas.served.length || service.areas.served.some(id => ids.includes(id));
    const verdict = excluded ? 'No' : served ? 'Yes' : 'Not as printed';
    return { text: `${verdict}: ${askedName} is ${excluded || !served ? 'outside' : 'inside'} the area ${name} covers ("${service.areas.asPrinted ?? owner?.name ?? 'its authority'}").`, citation };
  }
  return { text: `Yes: ${name} is ${owner?.name ?? 'for everyone'}'s, which includes ${askedName}.`, citation };
}

function serviceAnswer(kb: KnowledgeBase, s: Service, attribute: Attribute, now: Date, askedTerms: readonly string[], facts: CaseFacts, asked?: AreaRef): AttributeAnswer {
  const cite = s.citation;
  // A service with a contact in each district ("Children's Centre Service, Rushcliffe"): the case's district's first.
  const district = facts.area?.district ? kb.district(facts.area.district)?.name : undefined;
  const contacts = serviceContactIds(s).map(id => kb.contact(id)).filter((c): c is Contact => !!c)
    .sort((a, b) => Number(!!district && b.name.includes(district)) - Number(!!district && a.name.includes(district)));
  const processes = processesFor(kb, 'service', s.id);
  switch (attribute) {
    case 'about': {
      // "Step2 circle of security - what is it?" asks about one of its offers: that offer, not the whole list.
      // A word half the offers share ("with", "parents") names none of them (the service's own name is already left out).
      const offerStems = s.offers.map(stemsOf);
      const shared = (t: string) => offerStems.filter(o => o.includes(t)).length * 2 >= s.offers.length;
      const offer = scoredLines(kb, s.offers, 'about', askedTerms.filter(t => !shared(t)))[0];
      if (offer && offer.score >= PART_NAMED) return { text: `${s.name}: ${offer.line}`, citation: cite, part: true };
      const ages = s.ages ? ` Ages: ${s.ages.asPrinted}.` : '';
      const offers = s.offers.length ? ` It offers: ${s.offers.slice(0, 6).join('; ')}.` : '';
      return { text: `${s.name}: ${s.summary}${ages}${offers}`, citation: cite };
    }
    case 'requirements': {
      const e = s.eligibility;
      const needs = [
        ...(e.requiresPriorIntervention ? [`Before referring: ${e.requiresPriorIntervention}`] : []),
        ...s.referral.how.filter(h => SAYS.requirements.test(h)).slice(0, 3),
        ...e.criteria.slice(0, 2).map(c => `Criteria: ${c}`),
        ...(e.consent === 'required' ? ['The family\'s consent is needed.'] : []),
      ];
      return needs.length ? { text: `${s.name}: ${needs.join(' ')}`, citation: cite } : notPrinted(s.name, 'what a referral must include', cite);
    }
    case 'length': case 'sessions': {
      const line = s.delivery ?? printedLine(kb, [...s.offers, ...s.notes, s.summary], attribute, askedTerms);
      return line ? { text: `${s.name}: ${line}`, citation: cite } : notPrinted(s.name, 'how long it runs or how many sessions it has', cite);
    }
    case 'ages': {
      // An age range alone misleads where a diagnosis is also needed ("Cygnet: aged 5-18", for autism only).
      const needs = s.eligibility.requiresDiagnosisOf.map(id => kb.concern(id)?.label ?? id);
      const diagnosis = needs.length ? `, with a diagnosis of ${needs.join(' or ')}${s.eligibility.acceptsIndicativeBehaviour ? ' or behaviours indicative of it' : ''}` : '';
      if (s.ages) return { text: `${s.name}: ${s.ages.asPrinted}${diagnosis}.`, citation: cite };
      // A service for young parents prints the parent's age, not the child's: that is its age limit.
      const parents = s.eligibility.parentAges;
      return parents ? { text: `${s.name}: ${parents.asPrinted} (the parent's age; the source does not give an age range for the child).`, citation: cite } : notPrinted(s.name, 'an age range', cite);
    }
    case 'hours': {
      // A service's own times (a consultation line's day and hours) are printed with the service, not its contact.
      const own = printedLine(kb, [...s.offers, ...s.notes, ...(s.delivery ? [s.delivery] : [])], 'hours', askedTerms);
      if (own || !contacts[0]) return own ? { text: `${s.name}: ${own}`, citation: cite } : notPrinted(s.name, 'opening hours', cite);
      const answer = contactAnswer(kb, contacts[0], attribute, now, askedTerms, facts, asked);
      return { ...answer, text: contacts[0].name.startsWith(s.name) ? answer.text : `For ${s.name}, ${answer.text}` };
    }
    case 'who-can-refer': {
      const self = { accepted: 'Self-referral is accepted.', 'not-accepted': 'No self-referrals: a professional refers.', 'no-referral-needed': 'No referral is needed: families can go directly.', 'not-stated': '' }[s.referral.selfReferral];
      const who = s.referral.whoCanRefer ? ` Who can refer: ${s.referral.whoCanRefer}.` : '';
      return self || who ? { text: `${s.name}: ${self}${who}`, citation: cite } : notPrinted(s.name, 'who can refer', cite);
    }
    case 'consent': {
      const e = s.eligibility;
      const text = e.consent === 'required' ? 'the family\'s consent is needed.' : e.consent === 'required-except' ? `consent is needed, except ${e.consentException?.replace(/^except\s+/i, '') ?? ''}` : e.consent === 'not-required' ? 'consent is not needed.' : 'the source does not say whether consent is needed.';
      return { text: `${s.name}: ${text}`, citation: cite };
    }
    case 'form': {
      const how = s.referral.how.filter(h => SAYS.form.test(h));
      return s.referral.form || how.length ? { text: `${s.name}: ${s.referral.form ? `${s.referral.form}. ` : ''}${how.slice(0, 2).join(' ')}`.trim(), citation: cite } : notPrinted(s.name, 'a referral form', cite);
    }
    case 'waiting': case 'after-referral': {
      const lines = attribute === 'waiting' ? [...s.referral.timescales, ...processes.flatMap(p => p.timescales)] : [...s.referral.whatHappensNext, ...s.referral.timescales, ...processes.flatMap(p => p.timescales)];
      const line = lines[0] ?? printedLine(kb, [...s.referral.how, ...s.notes, ...processes.flatMap(p => p.steps)], attribute, askedTerms);
      const from = processes.find(p => line && [...p.timescales, ...p.steps].includes(line));
      return line ? { text: `${s.name}: ${line}`, citation: from?.citation ?? cite } : notPrinted(s.name, attribute === 'waiting' ? 'a waiting time' : 'what happens after a referral', cite);
    }
    case 'covers': return coversAnswer(kb, s.name, s.authority, s, facts, asked, cite);
    case 'phone': case 'email': {
      const c = contacts[0];
      if (!c) return { text: `${s.name}: the guidance does not give a direct contact.`, citation: cite, notPrinted: true };
      const answer = contactAnswer(kb, c, attribute, now, askedTerms, facts, asked);
      return { ...answer, text: c.name.startsWith(s.name) ? answer.text : `For ${s.name}, ${answer.text}` };
    }
  }
}

function processAnswer(kb: KnowledgeBase, p: Process, attribute: Attribute, now: Date, askedTerms: readonly string[], facts: CaseFacts, asked?: AreaRef): AttributeAnswer {
  if (['hours', 'phone', 'email', 'covers'].includes(attribute)) {
    const c = p.contacts.map(id => kb.contact(id)).find((c): c is Contact => !!c);
    if (c) return contactAnswer(kb, c, attribute, now, askedTerms, facts, asked);
  }
  // A process that is itself about what is asked ("do I need consent?" of the consent guidance): its summary
  // says it whole, where one printed step would give a single case of it.
  const itselfAbout = attribute !== 'about' && SAYS[attribute].test(p.title) && SAYS[attribute].test(p.summary);
  if (attribute === 'about' || itselfAbout) return { text: `${p.title}: ${p.summary}`, citation: p.citation };
  // "How long can a case stay open?": a process's own time limits, the two that fit best, answer it together.
  const limits = attribute === 'length' ? scoredLines(kb, p.timescales, attribute, askedTerms).slice(0, 2).map(l => l.line) : [];
  if (limits.length > 1) return { text: `${p.title}: ${limits.join('; ')}`, citation: p.citation };
  const lines = attribute === 'waiting' || attribute === 'after-referral' ? [...p.timescales, ...p.steps] : [...p.steps, ...p.timescales, p.summary];
  const line = (attribute === 'waiting' && p.timescales[0]) || printedLine(kb, lines, attribute, askedTerms);
  return line ? { text: `${p.title}: ${line}`, citation: p.citation } : notPrinted(p.title, `that (${attribute.replace(/-/g, ' ')})`, p.citation);
}

function levelAnswer(kb: KnowledgeBase, l: LevelOfNeed, attribute: Attribute, askedTerms: readonly string[]): AttributeAnswer {
  if (attribute === 'about') return { text: `${l.name}${l.title ? ` (${l.title})` : ''}: ${l.definition}`, citation: l.citation };
  const lines = [...l.indicators.flatMap(g => g.items), ...l.whatToDo, l.definition];
  const line = printedLine(kb, lines, attribute, askedTerms);
  return line ? { text: `${l.name}${l.title ? ` (${l.title})` : ''}: ${line}`, citation: l.citation } : notPrinted(l.name, `that (${attribute.replace(/-/g, ' ')})`, l.citation);
}

/** The attribute of the focus, first and short; `asked` is a place the question names ("does that cover the county?"). */
export function answerAttribute(kb: KnowledgeBase, focus: Focus, attribute: Attribute, facts: CaseFacts, now: Date, askedTerms: readonly string[], asked?: AreaRef): AttributeAnswer | undefined {
  // The words that name the entry ("Derby early help") say which entry is asked about, not which of its lines.
  const about = (name: string) => { const naming = new Set(stemsOf(name)); return askedTerms.filter(t => !naming.has(t)); };
  switch (focus.kind) {
    case 'service': { const s = kb.service(focus.id); return s && serviceAnswer(kb, s, attribute, now, about(s.name), facts, asked); }
    case 'contact': { const c = kb.contact(focus.id); return c && contactAnswer(kb, c, attribute, now, about(c.name), facts, asked); }
    case 'process': { const p = kb.process(focus.id); return p && processAnswer(kb, p, attribute, now, about(p.title), facts, asked); }
    case 'level': { const l = kb.level(focus.id); return l && levelAnswer(kb, l, attribute, about(`${l.name} ${l.title ?? ''}`)); }
  }
}

/**
 * Each attribute asked of each entry, in the order asked. What the sources do not print is said only
 * when no entry asked about prints it ("how quickly is a worker allocated after a VCM?" is answered from
 * the VCM's timescales, not with "MAT: not printed"); the same printed line is said once.
 */
export function answerAttributes(kb: KnowledgeBase, targets: readonly Focus[], attributes: readonly Attribute[], facts: CaseFacts, now: Date, askedTerms: (attribute: Attribute) => readonly string[], asked?: AreaRef): AttributeAnswer[] {
  const answers: AttributeAnswer[] = [];
  for (const attribute of attributes) {
    const each = targets.map(t => answerAttribute(kb, t, attribute, facts, now, askedTerms(attribute), asked))
      .filter((a): a is AttributeAnswer => !!a)

    const printed = each.filter(a => !a.notPrinted);
    answers.push(...(printed.length ? printed : each.slice(0, 1)));
  }
  // One printed line said once, under whichever entry prints the most of it.
  const line = (a: AttributeAnswer) => a.text.slice(a.text.indexOf(': ') + 2).replace(/[.\s]+$/, '');
  return answers.filter((a, i) => !answers.some((b, j) => j !== i && line(b).startsWith(line(a)) && (line(b).length > line(a).length || j < i)));
}

/** A service prints its own times (a consultation line's day and hours), beside or instead of its contacts' hours. */
export function printsOwnHours(kb: KnowledgeBase, serviceId: string): boolean {
  const s = kb.service(serviceId);
  return !!s && [...s.offers, ...s.notes, ...(s.delivery ? [s.delivery] : [])].some(l => SAYS.hours.test(l));
}

/** The answers as they are said: each attribute, then where it is printed (each source once). */
export function attributeText(kb: KnowledgeBase, answers: readonly AttributeAnswer[]): string {
  const sources = [...new Set(answers.flatMap(a => (a.citation ? [citationText(kb, a.citation)] : [])))];
  return [...answers.map(a => a.text), ...(sources.length ? [`Source: ${sources.join('; ')}.`] : [])].join('\n');
}

// One reply, laid out once, in layers: what to do now (one sentence, one primary action), then the
// pathway as numbered steps of one line each with its why, then everything else behind "Show more"
// (other services, ruled out and why, full contact details, sources). The card, the plain text and
// the speech all read this, so they say the same things in the same order. Read mid-call or between
// lessons, so the first two layers stay short; nothing is dropped, only layered.
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { citationText } from '../knowledge/citation.js';
import type { ContactNow } from '../pathway/hours.js';
import { servicePathway, type PathwayStage } from '../pathway/pathwaySequence.js';
import type { Route, RouteStep, ServiceFit } from '../pathway/route.js';
import { contactAction, referralRoute, telUrl, type ActionLink } from './actions.js';
import { contactLine } from './contactText.js';
import { terseContact } from './terse.js';
import { gist, lowerFirst, stop, withWhy } from './lines.js';
import { OFFERS } from './cardBudget.js';

export interface MoreSection {
  heading: string;
  lines: string[];
  /** Other services and the like: shortened first when a card would be too big for Teams. */
  secondary?: boolean;
  /** The same, shorter, for a card that would still be too big (contacts: name, numbers, emails). */
  brief?: string[];
}

export interface ReplyDocument {
  urgent: boolean;
  /** The direct answer to what was asked, when it is not an action ("not eligible, because..."). */
  answer: string[];
  /** What to do now, in one sentence. */
  lead: string;
  /** The first is the primary action; a safeguarding reply's first is the front door. */
  actions: ActionLink[];
  /** The pathway, in order, one line each with its why. */
  steps: string[];
  /** Said with the answer: a safeguarding reminder, a question back. */
  notes: string[];
  /** Behind "Show more". */
  more: MoreSection[];
  /** The services the answer's steps are about (their contacts are given in full). */
  primaryServices: string[];
  footer: string;
}

export const GUIDANCE_FOOTER = 'Guidance, not a referral: professional judgement and local procedures stand.';
/** A safeguarding answer ends with the emergency line too; an answer about a service does not (a parent asking about a course is not told to ring 999). */
export const URGENT_FOOTER = `${GUIDANCE_FOOTER} In an emergency call 999.`;

const EMERGENCY_ACTION: ActionLink = { title: 'Call 999', url: telUrl({ number: '999' }) ?? 'tel:999', printed: '999' };


/** A few names in a line; the rest counted, all of them under "Show more". */
function namesInBrief(names: readonly string[], max = 3): string {
  return names.length <= max ? names.join('; ') : `${names.slice(0, max).join('; ')} and ${names.length - max} more`;
}

/**
 * Every contact in the reply, once, however many steps use it; with `alternatives`, each one's out-of-hours
 * team too (a front door's emergency team is not another service's contact).
 */
function contactSection(contacts: readonly ContactNow[], heading = 'Contact details', seen = new Set<string>(), alternatives = true): MoreSection | undefined {
  const lines: string[] = [];
  const brief: string[] = [];
  for (const c of contacts.flatMap(c => [c, alternatives ? c.alternative : undefined])) {
    if (!c || seen.has(c.contact.id)) continue;
    seen.add(c.contact.id);
    lines.push(contactLine(c));
    brief.push(terseContact(c));
  }
  return lines.length ? { heading, lines, brief } : undefined;
}

function serviceSection(kb: KnowledgeBase, fit: ServiceFit, secondary = false): MoreSection {
  const s = fit.service;
  const lines = [s.summary];
  if (s.ages) lines.push(`Ages: ${s.ages.asPrinted}.`);
  if (s.delivery) lines.push(`Delivery: ${s.delivery}`);
  // What it offers, for the services the answer leads with ("what does Step2 offer for a 10 month old?").
  if (s.offers.length && !secondary) lines.push(`${OFFERS}${s.offers.slice(0, 6).join('; ')}.`);
  if (fit.reasons.length) lines.push(`Why it fits: ${fit.reasons.join('; ')}.`);
  if (fit.howToRefer.length) lines.push(`How to refer: ${fit.howToRefer.join(' ')}`);
  lines.push(`Source: ${citationText(kb, s.citation)}.`);
  return { heading: s.provider && !s.name.includes(s.provider) ? `${s.name} (${s.provider})` : s.name, lines, secondary };
}

function stepSection(kb: KnowledgeBase, step: RouteStep, heading = step.action): MoreSection | undefined {
  const lines = [...step.details];
  if (step.citation) lines.push(`Source: ${citationText(kb, step.citation)}.`);
  return step.details.length || step.citation ? { heading, lines } : undefined;
}

function stageLine(stage: PathwayStage): string {
  if (stage.kind === 'prior') {
    return withWhy(`First, tier 1 support: ${stop(stage.text.length <= 170 ? stage.text : gist(stage.text, 170))}`, `${stage.requiredBy.service.name} asks for it before a referral.`);
  }
  const { fit, after } = stage;
  const name = after ? `Then ${fit.service.name}, after ${after.service.name}` : fit.service.name;
  return withWhy(`${name}: ${stop(gist(fit.service.summary))}`, fit.reasons.length ? `${fit.reasons.slice(0, 3).join('; ')}.` : undefined);
}

function servicesLayout(kb: KnowledgeBase, route: Route, doc: ReplyDocument): void {
  const pathway = servicePathway(route);
  if (route.kind === 'eligibility' || (!pathway.entry && route.headline)) doc.answer.push(route.headline);
  if (pathway.entry) {
    const referral = referralRoute(pathway.entry);
    doc.lead = referral.sentence;
    if (referral.action) doc.actions.push(referral.action);
  } else {
    doc.lead = route.ruledOut.length ? 'See why below, under "Show more", and what else to try.' : 'Tell me a little more about the need, and where the child lives.';
  }
  doc.steps.push(...pathway.stages.map(stageLine));
  // Other steps the route carries beside its services (a process the question named).
  doc.steps.push(...route.steps.map(s => withWhy(gist(s.action, 160), s.why)));
  if (pathway.others.length) doc.notes.push(`Also fits: ${namesInBrief(pathway.others.map(f => f.service.name))} (under "Show more").`);
  const inPathway = pathway.stages.flatMap(s => (s.kind === 'service' ? [s.fit] : []));
  doc.primaryServices.push(...inPathway.map(f => f.service.id));
  doc.more.push(...inPathway.map(f => serviceSection(kb, f)));
  if (pathway.others.length) doc.more.push({ heading: 'Other services that fit', lines: [] }, ...pathway.others.map(f => serviceSection(kb, f, true)));
  for (const step of route.steps) { const s = stepSection(kb, step); if (s) doc.more.push(s); }
}

function safeguardingLayout(kb: KnowledgeBase, route: Route, doc: ReplyDocument): void {
  const doors = route.steps.filter(s => s.urgent && s.contacts.length && route.authority?.frontDoor
    ? s.contacts.some(c => c.contact.id === route.authority!.frontDoor || c.contact.id === kb.contact(route.authority!.frontDoor!)?.outOfHours)
    : false);
  const door = doors[0];
  const emergencyFirst = route.steps[0]?.contacts.length === 0 && /999/.test(route.steps[0].action) ? route.steps[0] : undefined;
  const immediate = /^Call 999 now/.test(emergencyFirst?.action ?? '');
  if (door) {
    doc.lead = immediate ? `Call 999 now, then ${lowerFirst(door.action)}` : door.action;
    for (const c of door.contacts) { const a = contactAction(c); if (a && !doc.actions.some(x => x.url === a.url)) doc.actions.push(a); }
  } else {
    // No area: every front door is a step, each with its number, so no one waits on a question.
    doc.lead = route.headline;
    for (const step of route.steps) for (const c of step.contacts.slice(0, 1)) { const a = contactAction(c); if (a && doc.actions.length < 3 && !doc.actions.some(x => x.url === a.url)) doc.actions.push(a); }
  }
  doc.actions = doc.actions.slice(0, 2);
  doc.actions.push(EMERGENCY_ACTION);
  // The out-of-hours team beside a day contact (asked for, or the day contact prints no hours): said, not only a button.
  for (const other of door?.contacts.slice(1) ?? []) {
    const number = other.contact.phones[0]?.number;
    // When the day team is closed the out-of-hours team leads, and the day team follows for tomorrow.
    const when = other.contact.id === route.authority?.frontDoor ? 'In office hours' : 'Out of hours';
    if (number && !doc.lead.includes(number)) doc.steps.push(`${when}: ${other.contact.name} on ${number} (${other.statusText}).`);
  }
  // With no area every front door is a step; their whys say the same thing, so they wait under "Show more".
  const doorSteps = new Set(door ? [] : route.steps.filter(st => st.urgent && st.contacts.length && st.why.includes('front door')));
  for (const step of route.steps) {
    if (step === door) continue;
    if (step === emergencyFirst && immediate && door) continue;
    // A specialist's why is its summary: its first sentence here, the whole under "Show more".
    const why = step.why && gist(step.why, 140);
    doc.steps.push(doorSteps.has(step) ? step.action : withWhy(step.action, why));
    if (doorSteps.has(step)) doc.more.push({ heading: step.action, lines: [step.why, ...step.details, ...(step.citation ? [`Source: ${citationText(kb, step.citation)}.`] : [])] });
    else if (why !== step.why) { const section = stepSection(kb, step, withWhy(step.action, step.why)); if (section) doc.more.push(section); }
  }
  if (door) { const s = stepSection(kb, door, withWhy(door.action, door.why)); if (s) doc.more.unshift(s); }
  for (const step of route.steps) { if (step === door || doorSteps.has(step) || !step.details.length) continue; const s = stepSection(kb, step); if (s) doc.more.push(s); }
  for (const fit of [...route.startHere, ...route.alsoConsider]) doc.more.push(serviceSection(kb, fit, true));
}

function thresholdLayout(kb: KnowledgeBase, route: Route, doc: ReplyDocument): void {
  doc.answer.push(route.headline);
  const top = route.levels[0];
  const firstStep = route.steps[0];
  // Every level listed (asked for the levels themselves): no one level's "what to do" leads.
  const everyLevel = route.levels.length > 2;
  doc.lead = firstStep ? firstStep.action : everyLevel ? 'Each level, as the guidance defines it:' : top?.level.whatToDo[0] ?? (route.missing.includes('area') ? 'Tell me where the child lives.' : 'Tell me more about the needs.');
  for (const c of firstStep?.contacts.slice(0, 1) ?? []) { const a = contactAction(c); if (a) doc.actions.push(a); }
  if (route.levels.length > 1) {
    // A comparison: each level in a line, so the difference reads at a glance.
    doc.steps.push(...route.levels.map(m => `${m.level.name}${m.level.title ? ` (${m.level.title})` : ''}: ${gist(m.level.definition, 160)}`));
  } else if (top) {
    doc.steps.push(...top.level.whatToDo.slice(firstStep ? 1 : 0, 4).map(w => gist(w, 160)));
  }
  for (const m of route.levels) {
    const l = m.level;
    const lines = [l.definition];
    if (m.matched.length) lines.push(`Indicators it matches: ${m.matched.map(x => `"${x.item}" (${x.domain})`).join('; ')}.`);
    if (l.whatToDo.length) lines.push(`What to do: ${l.whatToDo.join(' ')}`);
    const source = `Source: ${citationText(kb, l.citation)}.`;
    lines.push(source);
    // A card over budget keeps each level's definition and the indicators it matched, without what to do.
    const brief = lines.filter(line => !line.startsWith('What to do:'));
    doc.more.push({ heading: `${l.name}${l.title ? `: ${l.title}` : ''}`, lines, brief });
  }
  // The levels' sections above already hold what to do; a step adds only the indicators asked for.
  const printed = new Set(route.levels.flatMap(m => m.level.whatToDo));
  for (const step of route.steps) {
    const extra = step.details.filter(d => !printed.has(d));
    if (extra.length) doc.more.push({ heading: step.action, lines: extra });
  }
  const services = route.alsoConsider.filter((f, i) => route.alsoConsider.findIndex(g => g.service.id === f.service.id) === i);
  if (services.length) doc.more.push({ heading: 'Services at this level', lines: [] }, ...services.map(f => serviceSection(kb, f, true)));
}

function processLayout(kb: KnowledgeBase, route: Route, doc: ReplyDocument): void {
  const [first, ...rest] = route.steps;
  const process = route.processes[0];
  if (!first || !process) { doc.lead = route.headline; return; }
  // What to do now in a sentence, the steps a line each: the process's whole text waits under "Show more".
  doc.lead = `${process.title}: ${gist(process.summary, 220)}`;
  for (const c of first.contacts.slice(0, 1)) { const a = contactAction(c); if (a) doc.actions.push(a); }
  doc.steps.push(...process.steps.map(s => gist(s, 140)));
  doc.more.push({ heading: process.title, lines: [process.summary, ...process.steps, ...process.timescales, `Source: ${citationText(kb, process.citation)}.`] });
  for (const step of rest) {
    doc.notes.push(`See also: ${route.processes[rest.indexOf(step) + 1]?.title ?? gist(step.action)} (under "Show more").`);
    doc.more.push({ heading: step.action, lines: [...step.details, ...(step.citation ? [`Source: ${citationText(kb, step.citation)}.`] : [])] });
  }
  for (const fit of route.startHere) doc.more.push(serviceSection(kb, fit, true));
}

/** A number asked for: the contact, its number and hours now, first; a process that came with it waits under "Show more". */
function contactsLayout(kb: KnowledgeBase, route: Route, doc: ReplyDocument): void {
  const isProcess = (step: RouteStep) => route.processes.some(p => p.citation === step.citation && step.action.startsWith(p.title));
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const step of route.steps) {
    if (isProcess(step)) {
      doc.notes.push(`See also: ${route.processes.find(p => step.action.startsWith(p.title))!.title} (under "Show more").`);
      doc.more.push({ heading: step.action, lines: [...step.details, ...(step.citation ? [`Source: ${citationText(kb, step.citation)}.`] : [])] });
      continue;
    }
    // A step that says more than a contact's name (a gap in the source, a route in) keeps its sentence.
    if (!step.contacts.some(c => c.contact.name === step.action)) lines.push(step.action);
    for (const c of step.contacts.flatMap(c => [c, c.alternative])) {
      if (!c || seen.has(c.contact.id)) continue;
      seen.add(c.contact.id);
      lines.push(terseContact(c));
      const a = contactAction(c);
      if (a && doc.actions.length < 3 && !doc.actions.some(x => x.url === a.url)) doc.actions.push(a);
    }
    if (step.details.length || step.citation) doc.more.push({ heading: step.action, lines: [...(step.why ? [step.why] : []), ...step.details, ...(step.citation ? [`Source: ${citationText(kb, step.citation)}.`] : [])] });
  }
  doc.lead = lines[0] ?? route.headline;
  doc.steps.push(...lines.slice(1));
}

function stepsLayout(kb: KnowledgeBase, route: Route, doc: ReplyDocument): void {
  doc.lead = route.headline;
  for (const step of route.steps) {
    doc.steps.push(withWhy(step.action, step.why));
    for (const c of step.contacts.slice(0, 1)) { const a = contactAction(c); if (a && doc.actions.length < 2) doc.actions.push(a); }
    const s = stepSection(kb, step); if (s) doc.more.push(s);
  }
}

export function layoutRoute(kb: KnowledgeBase, route: Route): ReplyDocument {
  const urgent = route.kind === 'safeguarding';
  const doc: ReplyDocument = { urgent, answer: [], lead: '', actions: [], steps: [], notes: [], more: [], primaryServices: [], footer: urgent ? URGENT_FOOTER : GUIDANCE_FOOTER };
  switch (route.kind) {
    case 'safeguarding': safeguardingLayout(kb, route, doc); break;
    case 'services': case 'eligibility': case 'service-info': servicesLayout(kb, route, doc); break;
    case 'threshold': thresholdLayout(kb, route, doc); break;
    case 'process': processLayout(kb, route, doc); break;
    case 'contacts': contactsLayout(kb, route, doc); break;
    default: stepsLayout(kb, route, doc);
  }
  for (const note of route.notes) {
    if (note.prominent) doc.notes.push(note.text);
    else doc.more.push({ heading: 'Note', lines: [note.text, ...(note.citation ? [`Source: ${citationText(kb, note.citation)}.`] : [])] });
  }
  if (route.ruledOut.length) doc.more.push({ heading: 'Ruled out, and why', lines: route.ruledOut.map(r => `${r.service.name}: ${r.reason}.`) });
  // The contacts the answer uses in full; the other services' contacts after them, shortened first on a big card.
  const shown = new Set<string>();
  const primary = new Set(doc.primaryServices);
  const fits = [...route.startHere, ...route.alsoConsider];
  // An answer about services gives their contacts, not the emergency team behind a front door they go through.
  const withOutOfHours = !['services', 'eligibility', 'service-info'].includes(route.kind);
  const contacts = contactSection([...route.steps.flatMap(s => s.contacts), ...fits.filter(f => primary.has(f.service.id)).flatMap(f => f.contacts)], 'Contact details', shown, withOutOfHours);
  if (contacts) doc.more.push(contacts);
  const others = contactSection(fits.flatMap(f => f.contacts), 'Other services\' contacts', shown, false);
  if (others) doc.more.push({ ...others, secondary: true });
  const sources = route.citations.map(c => citationText(kb, c));
  if (sources.length) doc.more.push({ heading: 'Sources', lines: sources, secondary: true, brief: [`${sources.join('; ')}.`] });
  return doc;
}

/** At most two sentences aloud: what to do now, and the emergency line when it is a safeguarding answer. */
export function spokenSummary(doc: ReplyDocument, prefix: readonly string[]): string {
  const first = prefix.length ? prefix[0]! : doc.answer[0];
  const lead = stop(firstSentence(doc.lead.replace(/\s+/g, ' ')));
  if (doc.urgent) return `${lead} In an emergency call 999.`;
  return first ? `${stop(firstSentence(first))} ${lead}` : lead;
}

/** The first sentence: a full stop followed by a space ends it ("8.30am" does not). */
export function firstSentence(text: string): string {
  return text.split(/(?<=[.!?])\s+(?=[A-Z])/)[0] ?? text;
}

// Safety rule 1: any risk signal puts the safeguarding route first. 999 for immediate danger, then the
// authority's front door as it stands now (day team or out-of-hours team), then the specialists the
// risk calls for. Never blocked on a missing fact: with no area, every front door is given.
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { Authority, Citation } from '../knowledge/schema.js';
import type { CaseFacts } from './caseFacts.js';
import { contactNow, outOfHoursAlternative } from './hours.js';
import { contentTerms, relevanceIndex } from './relevance.js';
import type { Question } from './question.js';
import type { RouteStep } from './route.js';
import { checkEligibility } from './eligibility.js';
import { rankServices } from './serviceRanking.js';
import { homeAuthorities } from './authority.js';

export function riskLabels(kb: KnowledgeBase, facts: CaseFacts): string[] {
  return facts.risks.map(id => kb.riskSignals.find(r => r.id === id)?.label ?? id);
}

function riskConcerns(kb: KnowledgeBase, facts: CaseFacts): string[] {
  return [...new Set(facts.risks.flatMap(id => kb.riskSignals.find(r => r.id === id)?.concerns ?? []))];
}

/** The process an authority sets out for safeguarding referrals, found by its words. */
function safeguardingProcess(kb: KnowledgeBase, authority: Authority) {
  const index = relevanceIndex(kb);
  const terms = contentTerms('safeguarding referral urgent child protection immediate concerns significant harm social care front door');
  return kb.processesForAuthority(authority.id)
    .map(p => ({ p, score: index.score(`process:${p.id}`, terms) + (authority.frontDoor && p.contacts.includes(authority.frontDoor) ? 2 : 0) }))
    .filter(x => x.score > 2)
    .sort((a, b) => b.score - a.score)[0]?.p;
}

export function emergencyStep(facts: CaseFacts, citation: Citation | undefined): RouteStep {
  const labels = facts.immediateDanger;
  return labels
    ? { action: 'Call 999 now: a child may be in immediate danger.', why: 'What you describe suggests a child could be in danger right now.', citation, contacts: [], details: [], urgent: true }
    : { action: 'If a child is in immediate danger, call the police on 999.', why: 'This comes first whenever there is a risk of harm.', citation, contacts: [], details: [], urgent: true };
}

export function frontDoorStep(kb: KnowledgeBase, authority: Authority, facts: CaseFacts, now: Date, question: Question): RouteStep | undefined {
  const door = authority.frontDoor ? kb.contact(authority.frontDoor) : undefined;
  if (!door) return undefined;
  const state = contactNow(kb, door, now);
  const contacts = [state];
  const alt = state.alternative ?? (question.outOfHours ? outOfHoursAlternative(kb, door, now) : undefined);
  let action: string;
  if (state.state.kind === 'closed' && state.alternative) {
    action = `${door.name} is closed now, so contact ${state.alternative.contact.name} on ${state.alternative.contact.phones[0]?.number ?? 'the number below'}.`;
    contacts.unshift(state.alternative);
  } else if (state.state.kind === 'not-stated' && alt) {
    action = `Contact ${door.name} on ${door.phones[0]?.number ?? 'the number below'}; out of hours, ${alt.contact.name} on ${alt.contact.phones[0]?.number ?? 'the number below'}.`;
    if (!state.alternative) contacts.push(alt);
  } else {
    action = `Contact ${door.name} on ${door.phones[0]?.number ?? 'the number below'} (${state.statusText}).`;
    if (alt && !state.alternative) contacts.push(alt);
  }
  const process = safeguardingProcess(kb, authority);
  const labels = riskLabels(kb, facts);
  return {
    action,
    why: labels.length
      ? `You described ${labels.join(', ')}: a concern about significant harm goes to ${authority.name}'s front door for children's social care.`
      : `${door.name} is ${authority.name}'s front door for children's social care.`,
    citation: door.citation,
    contacts,
    details: process ? process.steps.slice(0, 4) : [],
    urgent: true,
  };
}

/** Specialist services for the risk (CAMHS crisis, Prevent, a domestic abuse team...), after the front door. */
export function specialistSteps(kb: KnowledgeBase, authority: Authority, facts: CaseFacts, now: Date, question: Question): RouteStep[] {
  const concerns = [...new Set([...riskConcerns(kb, facts), ...facts.concerns])];
  const ranked = rankServices(kb, { ...facts, concerns }, question.text, authority.id)
    .filter(s => s.concernsInCommon.length > 0 && s.service.authority === authority.id)
    .filter(s => checkEligibility(kb, s.service, facts).eligible)
    // The front door is already the step above: skip services that are only a way into it.
    .filter(s => !(s.service.referral.contacts.length && s.service.referral.contacts.every(c => c === authority.frontDoor)));
  return ranked.slice(0, 2).map(({ service }) => ({
    action: `Also: ${service.name}.`,
    why: service.summary,
    citation: service.citation,
    contacts: [...new Set([...service.referral.contacts, ...service.contacts])]
      .map(id => kb.contact(id)).filter(c => !!c).map(c => contactNow(kb, c!, now)),
    details: [...service.referral.how.slice(0, 2), ...service.gaps],
  }));
}

/** Safeguarding processes that match the risk's words: harmful sexual behaviour, Prevent, FGM... */
export function riskProcessSteps(kb: KnowledgeBase, authority: Authority, facts: CaseFacts, now: Date, question: Question): RouteStep[] {
  const index = relevanceIndex(kb);
  const terms = contentTerms(`${question.text} ${riskLabels(kb, facts).join(' ')}`);
  return kb.processesForAuthority(authority.id)
    .map(p => ({ p, score: index.score(`process:${p.id}`, terms) }))
    .filter(x => x.score > 6)
    .sort((a, b) => b.score - a.score)
    .slice(0, 1)
    .map(({ p }) => ({
      action: `${p.title}: ${p.summary}`,
      why: 'The guidance sets out this process for what you describe.',
      citation: p.citation,
      contacts: p.contacts.map(id => kb.contact(id)).filter(c => !!c).map(c => contactNow(kb, c!, now)),
      details: p.steps.slice(0, 4),
    }));
}

/** With no area: every home authority's front door, so no one waits on a question to get a number. */
export function allFrontDoorSteps(kb: KnowledgeBase, facts: CaseFacts, now: Date, question: Question): RouteStep[] {
  return homeAuthorities(kb).map(a => frontDoorStep(kb, a, facts, now, question)).filter((s): s is RouteStep => !!s);
}

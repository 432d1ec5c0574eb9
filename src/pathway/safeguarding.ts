// Safety rule 1: any risk signal puts the safeguarding route first. 999 for immediate danger, then the
// authority's front door as it stands now (day team or out-of-hours team), then the specialists the
// risk calls for. Never blocked on a missing fact: with no area, every front door is given.
import { concernsOfRisks, type KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { Authority, Citation, Service } from '../knowledge/schema.js';
import type { CaseFacts } from './caseFacts.js';
import { contactNow, outOfHoursAlternative } from './hours.js';
import { contactsFor, serviceContactIds } from './contactsNow.js';
import type { Question } from './question.js';
import type { RouteStep } from './route.js';
import { checkEligibility } from './eligibility.js';
import { rankServices } from './serviceRanking.js';
import { homeAuthorities } from './authority.js';

export function riskLabels(kb: KnowledgeBase, facts: CaseFacts): string[] {
  return facts.risks.map(id => kb.riskSignals.find(r => r.id === id)?.label ?? id);
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
  const process = authority.safeguardingProcess ? kb.process(authority.safeguardingProcess) : undefined;
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

/** Specialist services for the risk's needs (CAMHS, a domestic abuse team...), when the sources print no route of their own for it. */
export function specialistSteps(kb: KnowledgeBase, authority: Authority, facts: CaseFacts, now: Date): RouteStep[] {
  const concerns = [...new Set([...concernsOfRisks(kb, facts.risks), ...facts.concerns])];
  const ranked = rankServices(kb, { ...facts, concerns }, [], authority.id)
    .filter(s => s.concernsInCommon.length > 0 && s.service.authority === authority.id)
    .filter(s => checkEligibility(kb, s.service, facts).eligible)
    // The front door is already the step above: skip services that are only a way into it.
    .filter(s => !(s.service.referral.contacts.length && s.service.referral.contacts.every(c => c === authority.frontDoor)));
  return ranked.slice(0, 2).map(({ service }) => serviceStep(kb, service, now));
}

function serviceStep(kb: KnowledgeBase, service: Service, now: Date): RouteStep {
  return {
    action: `Also: ${service.name}.`,
    why: service.summary,
    citation: service.citation,
    contacts: contactsFor(kb, serviceContactIds(service), now),
    details: [...service.referral.how.slice(0, 2), ...service.gaps],
  };
}

/**
 * The sources' own route for each kind of harm read (knowledge/risk.yaml `routes`): FGM also to the
 * police, Prevent for radicalisation, DART in the City, the CAMHS crisis line...; then the route for a
 * child's own needs when at risk (knowledge/concerns.yaml `safeguardingRoutes`: the City's Disabled
 * Children's Team). Routes of the child's authority and advice printed for everyone; with no area, every
 * authority's.
 */
export function riskRouteSteps(kb: KnowledgeBase, authority: Authority | undefined, facts: CaseFacts, now: Date, possibleRisks: readonly string[] = []): RouteStep[] {
  const steps: RouteStep[] = [];
  const seen = new Set<string>();
  const once = (key: string) => (seen.has(key) ? false : (seen.add(key), true));
  // A need's route first: the City's Disabled Children's Team takes the referral itself.
  const routed = [
    ...[...new Set(facts.concerns.flatMap(id => kb.concernWithBroader(id)))].map(id => kb.concern(id)).filter(c => !!c?.safeguardingRoutes.length).map(c => ({ label: `a child with ${c!.label}`, routes: c!.safeguardingRoutes })),
    ...facts.risks.map(id => kb.riskSignals.find(r => r.id === id)).filter(s => !!s).map(s => ({ label: s!.label, routes: s!.routes })),
    // Read in doubt: the route is offered, and said to be one only if that is what this is.
    ...possibleRisks.filter(id => !facts.risks.includes(id)).map(id => kb.riskSignals.find(r => r.id === id)).filter(s => !!s).map(s => ({ label: `${s!.label}, if that is what this is`, routes: s!.routes, possible: true })),
  ];
  for (const signal of routed) {
    for (const route of signal.routes) {
      // With no area, each authority's route is given (its name is in the step): no one waits on a question.
      if (route.authority && authority && route.authority !== authority.id) continue;
      if (route.advice && once(`advice:${route.advice}`)) steps.push({ action: route.advice, why: `The guidance says so for ${signal.label}.`, citation: route.citation, contacts: [], details: [], urgent: true });
      for (const p of route.processes.map(id => kb.process(id)).filter(p => !!p)) {
        if (once(`process:${p!.id}`)) steps.push({ action: `${p!.title}: ${p!.summary}`, why: 'The guidance sets out this process for what you describe.', citation: p!.citation, contacts: contactsFor(kb, p!.contacts, now), details: p!.steps.slice(0, 4) });
      }
      for (const service of route.services.map(id => kb.service(id)).filter((s): s is Service => !!s)) {
        if (!once(`service:${service.id}`) || !checkEligibility(kb, service, facts).eligible) continue;
        const step = serviceStep(kb, service, now);
        steps.push('possible' in signal ? { ...step, why: `For ${signal.label}: ${step.why}` } : step);
      }
      const contacts = route.contacts.filter(id => once(`contact:${id}`));
      if (contacts.length) steps.push({ action: `Also: ${contacts.map(id => kb.contact(id)?.name ?? id).join(', ')}.`, why: `For ${signal.label}.`, citation: kb.contact(contacts[0]!)?.citation, contacts: contactsFor(kb, contacts, now), details: [] });
    }
  }
  return steps;
}

/** A child or young person writing: Childline, as the county's guidance prints it (telephone or online chat). */
export function childlineStep(kb: KnowledgeBase, facts: CaseFacts, now: Date): RouteStep[] {
  const childline = kb.contact('childline');
  if (facts.role !== 'young-person' || !childline) return [];
  return [{
    action: `You can talk to ${childline.name}: telephone ${childline.phones[0]?.number ?? ''}, or online chat.`,
    why: 'For children and young people, Childline offers a range of advice by telephone or through online chat.',
    citation: childline.citation,
    contacts: contactsFor(kb, [childline.id], now),
    details: [],
    urgent: true,
  }];
}

/** With no area: every home authority's front door, so no one waits on a question to get a number. */
export function allFrontDoorSteps(kb: KnowledgeBase, facts: CaseFacts, now: Date, question: Question): RouteStep[] {
  return homeAuthorities(kb).map(a => frontDoorStep(kb, a, facts, now, question)).filter((s): s is RouteStep => !!s);
}

/** Each front door as it stands now, one phrase an authority: the team to use and its number (both where no hours are printed). */
export function frontDoorsNow(kb: KnowledgeBase, authorities: readonly Authority[], now: Date): string[] {
  return authorities.flatMap(a => {
    const door = a.frontDoor ? kb.contact(a.frontDoor) : undefined;
    if (!door) return [];
    const state = contactNow(kb, door, now);
    const use = state.state.kind === 'closed' && state.alternative ? state.alternative.contact : door;
    const outOfHours = state.state.kind === 'not-stated' ? (state.alternative?.contact ?? outOfHoursAlternative(kb, door, now)?.contact) : undefined;
    const number = (c: typeof door) => c.phones[0]?.number ?? '';
    return [`${a.name}: ${use.name} ${number(use)}${outOfHours ? `, out of hours ${outOfHours.name} ${number(outOfHours)}` : ''}`];
  });
}

/**
 * One line for a reply that is not a safeguarding route but touches on harm (a past risk beside a
 * request, or a cue the screen was unsure of): the front door for the area as it stands now, or every
 * front door, and 999 (safety rule 5).
 */
export function safeguardingReminder(kb: KnowledgeBase, authority: Authority | undefined, now: Date, facts?: CaseFacts): { text: string; citation?: Citation } {
  // A neighbouring authority's own safeguarding access point (D9), not ours, for a child who lives there.
  const doors = frontDoorsNow(kb, authority?.frontDoor ? [authority] : homeAuthorities(kb), now);
  const door = authority?.frontDoor ? kb.contact(authority.frontDoor) : undefined;
  const childline = kb.contact('childline');
  return {
    text: `If you are worried a child is at risk of harm now, contact the children's social care front door (${doors.join('; ')}); in an emergency call 999.${childline && facts?.role === 'young-person' ? ` You can also talk to ${childline.name}: telephone ${childline.phones[0]?.number ?? ''}, or online chat.` : ''}`,
    ...(door ? { citation: door.citation } : {}),
  };
}

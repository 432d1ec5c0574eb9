// decide(facts, kb, now, question) -> Route. Pure and deterministic: the same case, knowledge and
// moment give the same route, which is what makes "why?" and "what if?" a re-run with changed facts.
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { Authority, Citation, LevelOfNeed, Process, Service } from '../knowledge/schema.js';
import { homeAuthorities, resolveAuthority } from './authority.js';
import type { AreaRef, CaseFacts } from './caseFacts.js';
import { contactsFor, rankContacts, serviceContactIds } from './contactsNow.js';
import { checkEligibility } from './eligibility.js';
import { contactNow, outOfHoursAlternative, type ContactNow } from './hours.js';
import { levelsToShow, matchLevels } from './levelMatching.js';
import { contactsInDistrict } from './localContacts.js';
import type { Question } from './question.js';
import { emptyRoute, MISSING_FACTS, type MissingFact, type Route, type RouteStep, type ServiceFit } from './route.js';
import { allFrontDoorSteps, childlineStep, emergencyStep, frontDoorsNow, frontDoorStep, riskRouteSteps, safeguardingReminder, specialistSteps } from './safeguarding.js';
import { rankServices } from './serviceRanking.js';

export function decide(facts: CaseFacts, kb: KnowledgeBase, now: Date, question: Question): Route {
  const authority = resolveAuthority(kb, facts);
  const route = (facts.area?.unknown && !authority) || authority?.kind === 'elsewhere'
    ? outsideAreaRoute(kb, facts, now)
    : authority?.kind === 'neighbour'
      ? neighbourRoute(kb, authority, facts, now)
      : facts.risks.length || facts.immediateDanger || question.kind === 'safeguarding'
        ? safeguardingRoute(kb, facts, now, question, resolveAuthority(kb, facts, true))
        : answerRoute(kb, facts, now, question, authority);
  route.authority ??= authority;
  if (question.safeguardingReminder && route.kind !== 'safeguarding') route.notes.unshift({ ...safeguardingReminder(kb, authority, now, facts), prominent: true });
  route.citations = collectCitations(route);
  return route;
}

function answerRoute(kb: KnowledgeBase, facts: CaseFacts, now: Date, question: Question, authority: Authority | undefined): Route {
  switch (question.kind) {
    case 'contact-lookup': return contactRoute(kb, facts, now, question, authority);
    case 'threshold': return thresholdRoute(kb, facts, now, question, authority);
    case 'process': return processRoute(kb, facts, now, question, authority);
    default: return servicesRoute(kb, facts, now, question, authority);
  }
}

// ---------------------------------------------------------------- safeguarding

function safeguardingRoute(kb: KnowledgeBase, facts: CaseFacts, now: Date, question: Question, authority: Authority | undefined): Route {
  const route = emptyRoute('safeguarding', facts.immediateDanger
    ? 'A child may be in immediate danger: call 999 now.'
    : 'This is a safeguarding concern: contact the children\'s social care front door now.');
  const doorCitation = authority?.frontDoor ? kb.contact(authority.frontDoor)?.citation : undefined;
  route.steps.push(emergencyStep(facts, doorCitation));
  if (authority) {
    const door = frontDoorStep(kb, authority, facts, now, question);
    if (door) route.steps.push(door);
    const routed = riskRouteSteps(kb, authority, facts, now, question.possibleRisks);
    route.steps.push(...childlineStep(kb, facts, now), ...routed, ...(routed.length ? [] : specialistSteps(kb, authority, facts, now)));
  } else {
    // No area: the numbers to use now lead, so no one reads far (or waits on a question) to find one.
    route.headline = `${facts.immediateDanger ? 'A child may be in immediate danger: call 999 now. Then c' : 'C'}ontact the front door where the child lives: ${frontDoorsNow(kb, homeAuthorities(kb), now).join('; ')}.`;
    route.steps.push(...allFrontDoorSteps(kb, facts, now, question), ...childlineStep(kb, facts, now), ...riskRouteSteps(kb, undefined, facts, now, question.possibleRisks));
    route.missing.push('area');
    route.notes.push({ text: 'Tell me which town or area the child lives in and I will give just that authority\'s route.', prominent: true });
  }
  route.notes.push({ text: 'This is guidance, not a referral: you make the referral, and professional judgement and your local safeguarding procedures stand.' });
  return route;
}

// ---------------------------------------------------------------- services

/** A diagnosis is worth asking about only where the case is about the condition the service names. */
function diagnosisMatters(service: Service, facts: CaseFacts): boolean {
  const conditions = service.eligibility.requiresDiagnosisOf;
  return facts.namedServices.includes(service.id) || conditions.some(c => facts.concerns.includes(c)) || facts.concerns.includes('neurodevelopmental');
}

function fitFor(kb: KnowledgeBase, service: Service, reasons: string[], now: Date, score: number, area: AreaRef | undefined, named = false): ServiceFit {
  const how: string[] = [];
  const r = service.referral;
  if (r.selfReferral === 'accepted') how.push('Self-referral is accepted.');
  if (r.selfReferral === 'not-accepted') how.push('No self-referrals accepted: a professional refers.');
  if (r.selfReferral === 'no-referral-needed') how.push('No referral is needed: families can go directly.');
  if (r.whoCanRefer) how.push(`Who can refer: ${r.whoCanRefer}`);
  if (r.form) how.push(`Form: ${r.form}.`);
  how.push(...r.how);
  if (named && service.eligibility.criteria.length) how.push(`Criteria: ${service.eligibility.criteria.join('; ')}.`);
  // Asked about by name: what it does not take, as printed, since no fact of the case can test it.
  if (named && service.eligibility.exclusions.length) how.push(`Not accepted, or may not meet its threshold: ${service.eligibility.exclusions.join(' ')}`);
  if (service.eligibility.requiresPriorIntervention) how.push(`Before referring: ${service.eligibility.requiresPriorIntervention}`);
  if (service.eligibility.consent === 'required-except' && service.eligibility.consentException) {
    how.push(`Consent is needed, except ${service.eligibility.consentException.replace(/^except\s+/i, '')}`);
  } else if (service.eligibility.consent === 'required') how.push('The family\'s consent is needed.');
  how.push(...r.timescales, ...service.gaps);
  return { service, reasons, howToRefer: how, contacts: contactsFor(kb, contactsInDistrict(kb, serviceContactIds(service), area), now), score };
}

function servicesRoute(kb: KnowledgeBase, facts: CaseFacts, now: Date, question: Question, authority: Authority | undefined): Route {
  const route = emptyRoute(question.kind === 'eligibility' ? 'eligibility' : question.kind === 'service-info' ? 'service-info' : 'services', '');
  const ranked = rankServices(kb, facts, question.topics.services, authority?.id);
  const fits: ServiceFit[] = [];
  const unknowns = new Set<MissingFact>();
  const unknownsOf = new Map<string, MissingFact[]>();
  for (const { service, score, concernsInCommon } of ranked.slice(0, 14)) {
    const check = checkEligibility(kb, service, facts);
    const named = facts.namedServices.includes(service.id);
    if (check.eligible || (question.kind === 'service-info' && named)) {
      const reasons = [
        ...concernsInCommon.slice(0, 3).map(c => `it is for ${kb.concern(c)?.label ?? c}`),
        ...check.fits,
      ];
      // Self-referral asked for: services people can go to themselves come first.
      const selfBoost = question.selfReferral && ['accepted', 'no-referral-needed'].includes(service.referral.selfReferral) ? 3 : 0;
      // A service that turns on a fact the user was asked for and did not give ("how old?" answered with the
      // town) comes after those that fit whatever it is: the 16/17-year-olds' route after the council's housing advice.
      const turnsOnTheUnsaid = check.unknown.some(f => question.notGiven?.includes(f));
      fits.push(fitFor(kb, service, reasons, now, (score + selfBoost) * (turnsOnTheUnsaid ? 0.5 : 1), facts.area, named));
      unknownsOf.set(service.id, check.unknown.filter(u => u !== 'diagnosis' || diagnosisMatters(service, facts)));
    } else {
      route.ruledOut.push({ service, reason: check.failures.join('; ') });
    }
  }
  fits.sort((a, b) => b.score - a.score);
  // Start here: the best fits, plus any close to the best; the next ones are "also consider".
  // When the need is known, start with services for that need (or named); words alone only suggest.
  const forTheNeed = new Set(ranked.filter(r => r.concernsInCommon.length || facts.namedServices.includes(r.service.id)).map(r => r.service.id));
  const leading = facts.concerns.length && fits.some(f => forTheNeed.has(f.service.id)) ? fits.filter(f => forTheNeed.has(f.service.id)) : fits;
  const best = leading[0]?.score ?? 0;
  route.startHere = leading.filter((f, i) => i < 3 && (i === 0 || f.score >= best * 0.6));
  // With the need known, a service that shares only a few words with the question ("children and young
  // people") is noise beside those for the need: it is offered only when its words score near theirs.
  const worthOffering = (f: ServiceFit) => leading === fits || forTheNeed.has(f.service.id) || f.score >= best * 0.25;
  route.alsoConsider = fits.filter(f => !route.startHere.includes(f) && worthOffering(f)).slice(0, 3);
  // Only facts that could change where to start are worth a question.
  // "Can Step2 take a 4 year old?", "could Step2 help...?" ask about Step2: only its own unknowns are worth a question.
  // A service merely mentioned on the way ("after health visitor visits, would Step2...") is not asked about:
  // when finding a service, a named one counts where it is also where to start.
  const namedFits = fits.filter(f => facts.namedServices.includes(f.service.id) && (question.kind === 'eligibility' || route.startHere.includes(f)));
  const askedAbout = (question.kind === 'eligibility' || question.kind === 'find-service') && namedFits.length ? namedFits : route.startHere;
  for (const fit of askedAbout) for (const u of unknownsOf.get(fit.service.id) ?? []) unknowns.add(u);
  // Named services that were ruled out stay visible, with how they are referred (the question was about
  // them: "can a mum refer herself for the befriender?"); others only when relevant enough to explain.
  route.ruledOut = route.ruledOut
    .filter(r => facts.namedServices.includes(r.service.id) || ranked.find(x => x.service === r.service)!.score >= best * 0.5)
    .slice(0, 5)
    .map(r => (facts.namedServices.includes(r.service.id) && r.service.referral.how[0] ? { ...r, reason: `${r.reason}. How it is referred: ${r.service.referral.how[0].replace(/\.$/, '')}` } : r));

  // The area decides the authority, unless every service in view belongs to none (Step2, Kooth).
  const namedWithoutArea = facts.namedServices.map(id => kb.service(id)).some(s => s && !s.authority);
  if (!authority && !facts.area && !namedWithoutArea && !(fits.length && fits.slice(0, 3).every(f => !f.service.authority))) unknowns.add('area');
  if (!facts.concerns.length && !facts.namedServices.length && best < 4) unknowns.add('concern');
  route.missing = MISSING_FACTS.filter(f => unknowns.has(f));

  const named = facts.namedServices.map(id => kb.service(id)).filter((s): s is Service => !!s);
  const namedOut = route.ruledOut.filter(r => facts.namedServices.includes(r.service.id));
  if (question.kind === 'eligibility' && named.length) {
    route.headline = namedOut.length
      ? `${namedOut.map(r => r.service.name).join(' and ')}: not eligible on what you have told me, because ${namedOut.map(r => r.reason).join('; ')}.`
      : `${named.map(s => s.name).join(' and ')}: the criteria fit what you have told me${named.some(s => s.eligibility.exclusions.length) ? ', but see below what it does not accept' : ''}.`;
  } else if (route.startHere.length) {
    route.headline = `Start here: ${route.startHere.map(f => f.service.name).join('; ')}.`;
  } else {
    route.headline = route.ruledOut.length
      ? 'None of the services that match fit every criterion; see why below.'
      : 'I could not find a service in the guidance that matches yet.';
  }
  addProcessIfRelevant(kb, route, question, authority, now, 7);
  // A child or young person writing about themselves: Childline too, free and at any hour.
  route.steps.push(...childlineStep(kb, facts, now));
  return route;
}

// ---------------------------------------------------------------- contacts

function contactRoute(kb: KnowledgeBase, facts: CaseFacts, now: Date, question: Question, authority: Authority | undefined): Route {
  const route = emptyRoute('contacts', '');
  const namedServices = facts.namedServices.map(id => kb.service(id)).filter((s): s is Service => !!s)
    .filter(s => !authority || !s.authority || s.authority === authority.id);
  const namedContactsHere = facts.namedContacts.filter(id => !authority || !kb.contact(id)?.authority || kb.contact(id)?.authority === authority.id);
  if (namedServices.length && !namedContactsHere.length) return serviceContactRoute(kb, route, namedServices.slice(0, 2), now, facts);
  // "Worried about a child, who do I call?" with no area: every front door and 999 (when unsure, escalate).
  if (!facts.area && question.topics.worried) return frontDoorsRoute(kb, route, facts, now, question);
  let ranked = rankContacts(kb, facts, question.topics.contacts, authority?.id);
  // Nothing named and only a few words in common: offer the likeliest rather than answer with one by chance.
  const named = ranked.filter(r => facts.namedContacts.includes(r.contact.id));
  if (!named.length && ranked.length && ranked[0]!.score < CONFIDENT_CONTACT) {
    if (!authority) route.missing.push('area');
    return offerCandidates(route, ranked.slice(0, 3).map(r => r.contact.name));
  }
  // The front door is what most "who do I call" questions mean when nothing more specific matches.
  if (!ranked.length && authority?.frontDoor) ranked = [{ contact: kb.contact(authority.frontDoor)!, score: 1 }];
  const best = ranked[0]?.score ?? 0;
  const chosen = ranked.filter((r, i) => i < 3 && r.score >= best * 0.7).map(r => r.contact);
  for (const contact of chosen) {
    const state = contactNow(kb, contact, now);
    const contacts: ContactNow[] = [state];
    const alt = state.alternative ?? ((question.outOfHours || question.inHours) ? outOfHoursAlternative(kb, contact, now) : undefined);
    if (alt && !state.alternative) contacts.push(alt);
    // An out-of-hours team asked about in office hours: give the day team that names it.
    if (question.inHours && contact.hours.kind === 'out-of-hours') {
      for (const day of kb.contacts.filter(c => c.outOfHours === contact.id)) contacts.push(contactNow(kb, day, now));
    }
    route.steps.push({ action: contact.name, why: contact.summary ?? '', citation: contact.citation, contacts, details: [...contact.notes, ...contact.conflicts] });
  }
  route.headline = chosen.length ? chosen.map(c => c.name).join('; ') : 'I could not find that contact in the guidance.';
  if (!chosen.length && !authority) route.missing.push('area');
  addProcessIfRelevant(kb, route, question, authority, now, 6);
  return route;
}


function frontDoorsRoute(kb: KnowledgeBase, route: Route, facts: CaseFacts, now: Date, question: Question): Route {
  route.steps.push(emergencyStep(facts, undefined), ...allFrontDoorSteps(kb, facts, now, question));
  route.headline = 'For a concern about a child: the children\'s social care front door where the child lives.';
  route.missing.push('area');
  return route;
}

/** "Number for <service>": the service's own contacts, or what the source says when it prints none. */
function serviceContactRoute(kb: KnowledgeBase, route: Route, services: readonly Service[], now: Date, facts: CaseFacts): Route {
  for (const service of services) {
    const contacts = contactsFor(kb, contactsInDistrict(kb, serviceContactIds(service), facts.area), now);
    route.steps.push({
      action: [`${service.name}:`, ...service.gaps, contacts.length ? `Contact ${contacts.map(c => c.contact.name).join(' or ')}.` : 'The guidance does not give a direct contact.'].join(' '),
      why: service.summary,
      citation: service.citation,
      contacts,
      details: service.referral.how,
    });
  }
  route.headline = services.map(s => s.name).join('; ');
  return route;
}

// ---------------------------------------------------------------- threshold

/** How much indicator evidence places a description that names no need: less is a stray word in common. */
const PLACED_BY_INDICATORS = 8;

function thresholdRoute(kb: KnowledgeBase, facts: CaseFacts, now: Date, question: Question, authority: Authority | undefined): Route {
  const route = emptyRoute('threshold', '');
  const named = question.levelsMentioned.map(id => kb.level(id)).filter((l): l is LevelOfNeed => !!l);
  const authorityId = authority?.id ?? named[0]?.authority;
  // "Early help" names a Nottinghamshire level; in Derby's guidance it is only words.
  const mentioned = named.filter(l => l.authority === authorityId);
  if (!authorityId) {
    route.headline = 'Each authority has its own levels of need: which area does the child live in?';
    route.missing.push('area');
    return route;
  }
  // "Where does self-harm sit: level 2, 3 or 4?" names levels as choices: printed indicators that match
  // well place it, and show which indicator; with none, or where they agree with the one level named, the
  // levels named are the answer.
  const evidence = question.topics.indicators.filter(i => kb.level(i.level)?.authority === authorityId).reduce((sum, i) => sum + i.score, 0);
  const placedBest = mentioned.length && evidence >= PLACED_BY_INDICATORS && !question.listLevels ? matchLevels(kb, authorityId, question.topics.indicators)[0] : undefined;
  const placedAmongNamed = !!placedBest && !(mentioned.length === 1 && mentioned[0]!.id === placedBest.level.id);
  if (mentioned.length && !placedAmongNamed) {
    route.levels = mentioned.map(level => ({ level, matched: [] }));
    route.headline = route.levels.map(l => `${l.level.name}${l.level.title ? ` (${l.level.title})` : ''}`).join(' and ');
  } else {
    // Nothing described (no need, no risk, one stray word in common): "what are the levels called?".
    const describesNothing = !facts.concerns.length && !facts.risks.length && (evidence < PLACED_BY_INDICATORS || !!question.listLevels);
    route.levels = describesNothing ? [] : levelsToShow(kb, authorityId, question.topics.indicators);
    const top = route.levels[0];
    const named = (l: LevelOfNeed) => `${l.name}${l.title ? ` (${l.title})` : ''}`;
    if (top && !question.listLevels) {
      route.headline = `This reads as ${named(top.level)} in ${kb.authority(authorityId)?.name ?? authorityId}'s guidance.`;
    } else if (!facts.concerns.length) {
      // "What are the levels called?": nothing described to place, so the levels themselves.
      const levels = kb.levels.filter(l => l.authority === authorityId).sort((a, b) => a.rank - b.rank);
      route.headline = `${kb.authority(authorityId)?.name ?? authorityId}'s levels of need: ${levels.map(named).join('; ')}.`;
      route.citations.push(...levels.slice(0, 1).map(l => l.citation));
      // Asked for the levels themselves (a training session, an induction pack): each one as the guidance defines it.
      if (question.listLevels) route.levels = levels.map(level => ({ level, matched: [] }));
    } else {
      route.headline = 'I could not match that description to the printed indicators; tell me more about the needs.';
      route.missing.push('concern');
    }
  }
  // "What are the signs / indicators?": the printed indicator lists themselves, not just the level's name.
  const asksForIndicators = question.topics.asksForIndicators;
  // The levels listed for their own sake carry their definitions, not one level's services and contacts.
  for (const { level } of question.listLevels ? [] : route.levels.slice(0, 2)) {
    const services = level.services.map(id => kb.service(id)).filter((s): s is Service => !!s);
    // Two levels side by side share the card: fewer services each keeps it within Teams' size.
    for (const service of services.filter(s => checkEligibility(kb, s, facts).eligible).slice(0, route.levels.length > 1 ? 2 : 4)) {
      route.alsoConsider.push(fitFor(kb, service, [`available at ${level.name}`], now, 0, facts.area));
    }
    const indicators = asksForIndicators ? level.indicators.slice(0, 2).map(g => `${g.domain}: ${g.items.join('; ')}.`) : [];
    if (level.contacts.length || indicators.length) {
      route.steps.push({ action: `At ${level.name}: ${level.whatToDo[0] ?? 'contact:'}`, why: level.definition, citation: level.citation, contacts: contactsFor(kb, level.contacts, now), details: [...indicators, ...level.whatToDo.slice(1)] });
    }
  }
  addProcessIfRelevant(kb, route, question, kb.authority(authorityId), now, 7);
  return route;
}

// ---------------------------------------------------------------- processes

function rankedProcesses(kb: KnowledgeBase, question: Question, authority: Authority | undefined): { p: Process; score: number; named: boolean }[] {
  return question.topics.processes
    .map(e => ({ p: kb.process(e.id)!, score: e.score, named: !!e.named }))
    .filter(x => x.p && (!authority || !x.p.authority || x.p.authority === authority.id))
    .filter(x => x.score > 2)
    .sort((a, b) => b.score - a.score);
}

function processStep(kb: KnowledgeBase, p: Process, now: Date): RouteStep {
  return { action: `${p.title}: ${p.summary}`, why: 'This is the process the guidance sets out.', citation: p.citation, contacts: contactsFor(kb, p.contacts, now), details: [...p.steps, ...p.timescales] };
}

/** Beside another answer, a process only when the question names it ("before I step down..."): shared words alone are chance. */
function addProcessIfRelevant(kb: KnowledgeBase, route: Route, question: Question, authority: Authority | undefined, now: Date, threshold: number): void {
  const top = rankedProcesses(kb, question, authority).filter(x => x.named)[0];
  if (top && top.score >= threshold) { route.processes.push(top.p); route.steps.push(processStep(kb, top.p, now)); }
}

/** A weak or tied match is not an answer: the route offers the likeliest entries to choose from. */
function offerCandidates(route: Route, names: string[]): Route {
  route.candidates = names;
  route.headline = `Which of these do you mean: ${names.join('; ')}?`;
  return route;
}

/** Below this, the words a question shares with a contact's name and summary are chance. */
const CONFIDENT_CONTACT = 5;
/** Below this, words a question shares with a process are chance; within CLOSE of the best, a tie. */
const CONFIDENT_PROCESS = 6;
const CLOSE = 0.85;

function processRoute(kb: KnowledgeBase, facts: CaseFacts, now: Date, question: Question, authority: Authority | undefined): Route {
  const route = emptyRoute('process', '');
  const all = rankedProcesses(kb, question, authority);
  // A process the question names wins; otherwise shared words must be strong and clear of the runner-up.
  const named = all.filter(r => r.named);
  const ranked = named.length ? named : all;
  const best = ranked[0]?.score ?? 0;
  const [first, second] = ranked;
  if (!named.length && first && (best < CONFIDENT_PROCESS || (second && second.score >= best * CLOSE))) {
    return offerCandidates(route, ranked.slice(0, 3).map(r => r.p.title));
  }
  const chosen = ranked.filter((r, i) => i < 2 && r.score >= best * 0.75).map(r => r.p);
  route.processes = chosen;
  route.steps = chosen.map(p => processStep(kb, p, now));
  route.headline = chosen.length ? chosen.map(p => p.title).join('; ') : 'I could not find that process in the guidance.';
  if (!authority && !facts.area) route.missing.push('area');
  // Services the process is about, with their criteria (e.g. a consent exception).
  const serviceIds = [...new Set(chosen.flatMap(p => p.services))];
  for (const service of serviceIds.map(id => kb.service(id)).filter((s): s is Service => !!s).slice(0, 3)) {
    const check = checkEligibility(kb, service, facts);
    if (check.eligible) route.startHere.push(fitFor(kb, service, check.fits, now, 0, facts.area));
    else route.ruledOut.push({ service, reason: check.failures.join('; ') });
  }
  return route;
}

// ---------------------------------------------------------------- outside the three authorities

// Childline is national and free at any hour: a young person writing from outside the area still gets it.
function neighbourRoute(kb: KnowledgeBase, authority: Authority, facts: CaseFacts, now: Date): Route {
  const route = emptyRoute('neighbour', `${authority.name} is outside the area this guide covers (Nottinghamshire, Nottingham City and Derby): its services are not in it, so use ${authority.name}'s own access points.`);
  const ids = [authority.frontDoor, authority.earlyHelp].filter((id): id is string => !!id);
  route.steps.push({
    action: `Contact ${authority.name}'s access points below.`,
    why: `This guide covers Nottinghamshire, Nottingham City and Derby; Nottinghamshire's guidance lists ${authority.name} among the neighbouring authorities' access points.`,
    citation: authority.citation,
    contacts: contactsFor(kb, ids, now),
    details: authority.notes,
  }, ...childlineStep(kb, facts, now));
  route.notes.push({ text: 'If a child is in immediate danger, call the police on 999.', prominent: true });
  return route;
}

function outsideAreaRoute(kb: KnowledgeBase, facts: CaseFacts, now: Date): Route {
  const route = emptyRoute('outside-area', `I can't help with ${facts.area?.asTyped ?? 'that area'}: it is not covered by this guide, which only covers children's services in Nottinghamshire, Nottingham City and Derby, with access points for their neighbouring authorities.`);
  route.notes.push({ text: 'Contact the children\'s services of the council where the child lives. If a child is in immediate danger, call the police on 999.', prominent: true });
  route.steps.push(...childlineStep(kb, facts, now));
  return route;
}

// ---------------------------------------------------------------- citations

function collectCitations(route: Route): Citation[] {
  const all: Citation[] = [
    ...route.citations,
    ...route.steps.flatMap(s => (s.citation ? [s.citation] : [])),
    ...[...route.startHere, ...route.alsoConsider].map(f => f.service.citation),
    ...route.levels.map(l => l.level.citation),
    ...route.notes.flatMap(n => (n.citation ? [n.citation] : [])),
  ];
  const seen = new Set<string>();
  return all.filter(c => { const key = `${c.source}|${c.section}`; if (seen.has(key)) return false; seen.add(key); return true; });
}

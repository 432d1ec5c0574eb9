// Which services a case is about, best first: concerns in common, services the user named, and the
// entries the question's words matched (scored in src/understanding). Eligibility is checked separately so ruled-out services can be explained.
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { Service } from '../knowledge/schema.js';
import type { CaseFacts } from './caseFacts.js';
import type { ScoredEntry } from './question.js';

export interface ScoredService { service: Service; score: number; concernsInCommon: string[] }

/** The case's concerns with everything they imply ("self-harm" implies "mental-health"). */
export function expandedConcerns(kb: KnowledgeBase, concerns: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const c of concerns) for (const x of kb.concernWithBroader(c)) out.add(x);
  return out;
}

export function servicesInScope(kb: KnowledgeBase, authorityId: string | undefined): readonly Service[] {
  if (!authorityId) return kb.services;
  return kb.services.filter(s => s.authority === authorityId || !s.authority);
}

/** A family's programmes for the case's needs that few of its programmes share (a third at most). */
function programmesForNeeds(kb: KnowledgeBase, ids: readonly string[], needs: ReadonlySet<string>): string[] {
  const programmes = ids.map(id => kb.service(id)).filter((p): p is Service => !!p);
  const distinguishing = [...needs].filter(c => {
    const sharing = programmes.filter(p => p.concerns.includes(c)).length;
    return sharing > 0 && sharing * 3 <= programmes.length;
  });
  return programmes.filter(p => p.concerns.some(c => distinguishing.includes(c))).map(p => p.id);
}

export function rankServices(kb: KnowledgeBase, facts: CaseFacts, matched: readonly ScoredEntry[], authorityId: string | undefined): ScoredService[] {
  const wordScore = new Map(matched.map(e => [e.id, e.score]));
  const concerns = expandedConcerns(kb, facts.concerns);
  const direct = new Set(facts.concerns);
  // "Does Small Steps do anything for sleep?" names the service by its family's name: its own programme
  // for a need that sets it apart from the others (sleep, not behaviour, which most share) is what is asked
  // about, so it counts as named too.
  const programmeFor = new Set(facts.namedServices.flatMap(id => programmesForNeeds(kb, kb.service(id)?.programmes ?? [], direct)));
  return servicesInScope(kb, authorityId)
    .map(service => {
      const inCommon = service.concerns.filter(c => concerns.has(c));
      const named = facts.namedServices.includes(service.id) || programmeFor.has(service.id);
      // Direct concerns count more than implied ones, and a service for a few needs fits a need it names
      // better than a catch-all does; a service the user named outranks everything.
      const specificity = 6 / (service.concerns.length + 3);
      const concernScore = inCommon.reduce((sum, c) => sum + (direct.has(c) ? 4 : 3), 0) * specificity;
      // A service with no authority (Step2 names no area) only counts when asked about by name or words.
      const nationalPenalty = service.authority ? 0 : (named ? 0 : 2);
      // Words alone ("started" ~ "Home Start") are weak evidence for a service that shares no need with the case.
      const words = (wordScore.get(service.id) ?? 0) * (named || inCommon.length ? 1 : 0.3);
      const score = (named ? 10 : 0) + concernScore + words - nationalPenalty;
      return { service, score, concernsInCommon: inCommon };
    })
    .filter(s => s.score > 1)
    .sort((a, b) => b.score - a.score || a.service.name.localeCompare(b.service.name));
}

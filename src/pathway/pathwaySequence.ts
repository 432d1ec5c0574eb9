// The services a route found, as a sequence rather than a list of alternatives: the prior support a
// service asks for first, then the service to refer to now, then the ones the source says follow it
// ("referrals through Small Steps following a tier 2 intervention (workshop)", `referral.follows`).
// That is what "explains each step of the pathway" means; the rest are other services that fit.
import type { Citation } from '../knowledge/schema.js';
import type { Route, ServiceFit } from './route.js';

export type PathwayStage =
  | { kind: 'prior'; text: string; requiredBy: ServiceFit; citation: Citation }
  | { kind: 'service'; fit: ServiceFit; after?: ServiceFit };

export interface ServicePathway {
  /** In order: what to have done first, the service to refer to now, then what follows it. */
  stages: PathwayStage[];
  /** The service to refer to now (the first service stage). */
  entry?: ServiceFit;
  /** Other services that fit, not part of the sequence. */
  others: ServiceFit[];
}

/** How many services the sequence holds: enough for "workshop, then programme", short enough to read mid-call. */
const MAX_SERVICES = 3;

export function servicePathway(route: Route): ServicePathway {
  const fits = [...route.startHere, ...route.alsoConsider];
  if (!route.startHere.length) return { stages: [], others: fits };
  const inView = new Set(fits.map(f => f.service.id));
  // The entry is the best start-here fit that nothing in view comes before.
  const entry = route.startHere.find(f => !f.service.referral.follows.some(id => inView.has(id))) ?? route.startHere[0]!;
  const chain: ServiceFit[] = [entry];
  for (;;) {
    const last = chain[chain.length - 1]!;
    const next = fits.filter(f => !chain.includes(f) && f.service.referral.follows.includes(last.service.id))
      .sort((a, b) => b.score - a.score)[0];
    if (!next || chain.length >= MAX_SERVICES) break;
    chain.push(next);
  }
  const stages: PathwayStage[] = [];
  const prior = chain.find(f => f.service.eligibility.requiresPriorIntervention);
  if (prior) {
    // The fullest wording of the same requirement in view says what tier 1 support can be.
    const wordings = fits.map(f => f.service).filter(s => s.provider === prior.service.provider && s.eligibility.requiresPriorIntervention);
    const fullest = wordings.sort((a, b) => b.eligibility.requiresPriorIntervention!.length - a.eligibility.requiresPriorIntervention!.length)[0] ?? prior.service;
    stages.push({ kind: 'prior', text: fullest.eligibility.requiresPriorIntervention!, requiredBy: prior, citation: fullest.citation });
  }
  chain.forEach((fit, i) => stages.push({ kind: 'service', fit, ...(i > 0 ? { after: chain[i - 1] } : {}) }));
  return { stages, entry, others: fits.filter(f => !chain.includes(f)) };
}

// Answers "why?" and "why not X?" from a route and the case, without inventing anything: every reason is
// a criterion from the knowledge base checked against the facts the user gave.
import { citationText } from '../knowledge/citation.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { CaseFacts } from './caseFacts.js';
import { checkEligibility, describeAge } from './eligibility.js';
import type { Route } from './route.js';

export interface Explanation { lines: string[] }

export function describeFacts(kb: KnowledgeBase, facts: CaseFacts): string {
  const parts: string[] = [];
  if (facts.ageYears !== undefined) parts.push(`age ${describeAge(facts)}`);
  if (facts.area) parts.push(`lives in ${facts.area.place ?? kb.district(facts.area.district ?? '')?.name ?? kb.authority(facts.area.authority ?? '')?.name ?? facts.area.asTyped}`);
  if (facts.concerns.length) parts.push(`concerns: ${facts.concerns.map(c => kb.concern(c)?.label ?? c).join(', ')}`);
  const diagnoses = Object.entries(facts.diagnoses).map(([c, s]) => `${kb.concern(c)?.label ?? c} ${s.replace('-', ' ')}`);
  if (diagnoses.length) parts.push(`diagnosis: ${diagnoses.join(', ')}`);
  // Consent is read from loose words ("parents want a course", "happy with"), and nothing is decided on
  // its being given: say it was assumed, never that the user said so. A refusal rules services out.
  if (facts.consent === 'refused') parts.push('consent refused');
  if (facts.consent === 'given') parts.push('consent assumed from your words, not confirmed (check it with the family)');
  return parts.length ? parts.join('; ') : 'nothing yet';
}

export function explainRoute(kb: KnowledgeBase, route: Route, facts: CaseFacts): Explanation {
  const lines = [`What I went on: ${describeFacts(kb, facts)}.`];
  if (route.authority) lines.push(`Authority: ${route.authority.name}, because of where the child lives; its own guidance applies.`);
  const source = (c: Parameters<typeof citationText>[1] | undefined) => (c ? ` (Source: ${citationText(kb, c)}.)` : '');
  route.steps.forEach((s, i) => lines.push(`Step ${i + 1}, ${s.action} Why: ${s.why}${source(s.citation)}`));
  for (const f of route.startHere) lines.push(`${f.service.name}: ${f.reasons.join('; ') || 'it matches what you described'}.${source(f.service.citation)}`);
  for (const l of route.levels.slice(0, 1)) {
    lines.push(`${l.level.name}: ${l.matched.length ? `your description matches its printed indicators ${l.matched.map(m => `"${m.item}"`).join(', ')}` : l.level.definition}.${source(l.level.citation)}`);
  }
  for (const r of route.ruledOut) lines.push(`Not ${r.service.name}: ${r.reason}.${source(r.service.citation)}`);
  return { lines };
}

/** "why not Cygnet?": the service's own criteria against the case. */
export function explainWhyNot(kb: KnowledgeBase, serviceId: string, route: Route | undefined, facts: CaseFacts): Explanation {
  const service = kb.service(serviceId);
  if (!service) return { lines: ['I do not have that service in the guidance I hold.'] };
  const ruled = route?.ruledOut.find(r => r.service.id === serviceId);
  const check = checkEligibility(kb, service, facts);
  if (ruled || !check.eligible) {
    return { lines: [`${service.name} was ruled out because ${ruled?.reason ?? check.failures.join('; ')}.`, ...(service.ages ? [`${service.name} is for ${service.ages.asPrinted}.`] : []), `Source: ${citationText(kb, service.citation)}.`] };
  }
  const lines = [`${service.name} does fit on what you have told me${check.fits.length ? `: ${check.fits.join('; ')}` : ''}.`];
  if (check.unknown.length) lines.push(`It depends on what I don't know yet: ${check.unknown.join(', ')}.`);
  if (route && !route.startHere.some(f => f.service.id === serviceId)) lines.push('Others matched your description more closely, so it was not listed first.');
  return { lines };
}

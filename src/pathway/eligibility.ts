// Checks one service's criteria against the case. Every failure is a sentence the user can act on
// ("Cygnet: for families whose child is aged 5-18; you said 4"); unknown facts are reported, not guessed.
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { Service } from '../knowledge/schema.js';
import type { CaseFacts } from './caseFacts.js';
import type { MissingFact } from './route.js';

export interface EligibilityResult {
  eligible: boolean;
  /** Why it fits, as short clauses. */
  fits: string[];
  /** Why it does not: empty when eligible. */
  failures: string[];
  /** Facts that would decide it. */
  unknown: MissingFact[];
}

export function describeAge(facts: CaseFacts): string {
  if (facts.ageYears === undefined) return 'unknown';
  if (facts.ageYears < 0) return 'an unborn baby';
  if (facts.ageMonths !== undefined && facts.ageMonths < 24) return `${facts.ageMonths} months old`;
  return `${facts.ageYears}`;
}

function areaNames(kb: KnowledgeBase, ids: readonly string[]): string {
  return ids.map(id => kb.district(id)?.name ?? kb.healthArea(id)?.name ?? kb.authority(id)?.name ?? id).join(', ');
}

/** Places by name, first of a name wins (as a search of the list would find it); made once per knowledge base. */
const placesByName = new WeakMap<KnowledgeBase, Map<string, KnowledgeBase['places'][number]>>();
function placeNamed(kb: KnowledgeBase, name: string): KnowledgeBase['places'][number] | undefined {
  let byName = placesByName.get(kb);
  if (!byName) {
    byName = new Map();
    for (const place of kb.places) if (!byName.has(place.name)) byName.set(place.name, place);
    placesByName.set(kb, byName);
  }
  return byName.get(name);
}

/** The ids an area answers to: its district, the district's health area, and the authority. */
export function areaIds(kb: KnowledgeBase, facts: CaseFacts): string[] {
  const area = facts.area;
  if (!area) return [];
  const ids: string[] = [];
  if (area.district) {
    ids.push(area.district);
    const district = kb.district(area.district);
    // A town whose GPs fell in another CCG area than its district's (Hucknall) answers to that area.
    const placeArea = area.place ? placeNamed(kb, area.place)?.healthArea : undefined;
    if (placeArea) ids.push(placeArea);
    else if (district?.healthArea) ids.push(district.healthArea);
    for (const h of kb.healthAreas) if (h.districts.includes(area.district) && !ids.includes(h.id)) ids.push(h.id);
  }
  if (area.authority) ids.push(area.authority);
  return ids;
}

/** The authority an area id is in: a district's or health area's, or the authority itself. */
function authorityOf(kb: KnowledgeBase, id: string): string | undefined {
  return kb.district(id)?.authority ?? kb.healthArea(id)?.authority ?? kb.authority(id)?.id;
}

/**
 * The authority's name when the child's area is known only as the authority (no district or town) and
 * the service covers part of it, so that where in the authority the child lives decides it.
 */
function partOfAuthority(kb: KnowledgeBase, service: Service, facts: CaseFacts): string | undefined {
  const authority = facts.area?.authority;
  if (!authority || facts.area?.district) return undefined;
  const parts = [...service.areas.served, ...service.areas.excluded].filter(id => id !== authority && authorityOf(kb, id) === authority);
  return parts.length ? kb.authority(authority)?.name ?? authority : undefined;
}

function conditionLabel(kb: KnowledgeBase, id: string): string {
  return kb.concern(id)?.label ?? id;
}

export function checkEligibility(kb: KnowledgeBase, service: Service, facts: CaseFacts): EligibilityResult {
  const fits: string[] = [], failures: string[] = [], unknown: MissingFact[] = [];

  // Age, inclusive at both ends, as the sources print ranges ("aged 5-18").
  if (service.ages) {
    const { minYears, maxYears, asPrinted } = service.ages;
    if (facts.ageYears === undefined) {
      if (minYears !== undefined || maxYears !== undefined) unknown.push('age');
    } else if ((minYears !== undefined && facts.ageYears < minYears) || (maxYears !== undefined && facts.ageYears > maxYears)) {
      // A service for young parents (Family Nurse Partnership): an age given may be the parent's.
      const parent = service.eligibility.parentAges;
      const parentFits = parent && (parent.minYears === undefined || facts.ageYears >= parent.minYears) && (parent.maxYears === undefined || facts.ageYears <= parent.maxYears);
      if (parentFits) fits.push(`it is for ${parent.asPrinted}`);
      else failures.push(`it is for ${asPrinted}${parent ? ` (${parent.asPrinted})` : ''}, and the child is ${describeAge(facts)}`);
    } else {
      fits.push(`the child's age fits (${asPrinted})`);
    }
  }

  // Area: an excluded district or health area rules it out; a served list must include the area.
  const here = areaIds(kb, facts);
  const excludedHere = service.areas.excluded.filter(id => here.includes(id));
  const partOf = partOfAuthority(kb, service, facts);
  if (partOf) {
    // "Nottinghamshire" alone cannot say whether the child is in Bassetlaw: which district decides it.
    unknown.push('area');
    const excludedDistricts = service.areas.excluded.filter(id => kb.district(id));
    fits.push(`it depends on where in ${partOf} the child lives${excludedDistricts.length ? `: the source excludes ${areaNames(kb, excludedDistricts)}` : ''}`);
  } else if (excludedHere.length) {
    failures.push(`it does not cover ${areaNames(kb, excludedHere)}: the source excludes it${service.areas.asPrinted ? ` ("${service.areas.asPrinted}")` : ''}`);
  } else if (service.areas.served.length) {
    if (!here.length) unknown.push('area');
    else if (service.areas.served.some(id => here.includes(id))) fits.push(`it covers ${facts.area?.place ?? areaNames(kb, here.slice(0, 1))}`);
    else failures.push(`it covers only ${service.areas.asPrinted ?? areaNames(kb, service.areas.served)}`);
  } else if (service.authority && facts.area?.authority && facts.area.authority !== service.authority) {
    failures.push(`it is a ${kb.authority(service.authority)?.name ?? service.authority} service, and the child lives in ${kb.authority(facts.area.authority)?.name ?? facts.area.authority}`);
  }

  // Diagnosis: a named condition must be diagnosed unless indicative behaviour is accepted.
  const required = service.eligibility.requiresDiagnosisOf;
  if (required.length) {
    const statuses = required.map(c => facts.diagnoses[c]);
    const labels = required.map(c => conditionLabel(kb, c)).join(' or ');
    if (statuses.includes('diagnosed')) fits.push(`the child has a diagnosis of ${labels}`);
    else if (service.eligibility.acceptsIndicativeBehaviour) fits.push(`no formal diagnosis of ${labels} is needed`);
    else if (statuses.every(s => s === undefined)) unknown.push('diagnosis');
    else failures.push(`it needs a diagnosis of ${labels}, and you said ${statuses.includes('suspected') || statuses.includes('awaiting-assessment') ? 'it is not diagnosed yet' : 'there is no diagnosis yet'}`);
  }

  // Exclusions by condition (e.g. MST does not take young people with autism).
  const excludedConditions = service.eligibility.excludesConditions.filter(c => facts.diagnoses[c] === 'diagnosed' || facts.concerns.includes(c));
  if (excludedConditions.length) {
    // Quote the printed exclusion that names the condition ("suicidal" for suicide), by its id's first word
    // or one of its synonyms; when none names it, quote nothing rather than an unrelated exclusion.
    const namesOf = (c: string) => [c.split('-')[0] ?? c, ...(kb.concern(c)?.synonyms ?? [])].map(w => w.toLowerCase());
    const printed = service.eligibility.exclusions.find(e => excludedConditions.some(c => namesOf(c).some(name => e.toLowerCase().includes(name))));
    // "With autism", but "in care or living independently": a label that is already a circumstance reads on its own.
    const labels = excludedConditions.map(c => conditionLabel(kb, c));
    const circumstance = (l: string) => /^(in|living|on|at|under) /.test(l);
    const conditions = labels.filter(l => !circumstance(l));
    const described = [...(conditions.length ? [`with ${conditions.join(' or ')}`] : []), ...labels.filter(circumstance)];
    failures.push(`it excludes young people ${described.join(' or ')}${printed ? ` (exclusion criteria: "${printed}")` : ''}`);
  }

  // Consent: refused consent rules a service out unless the source names an exception.
  if (facts.consent === 'refused') {
    if (service.eligibility.consent === 'required') failures.push('it needs the family\'s consent, and you said they refuse');
    else if (service.eligibility.consent === 'required-except' && service.eligibility.consentException) {
      fits.push(`consent is needed except ${service.eligibility.consentException.replace(/^except\s+/i, '')}`);
    }
  }

  return { eligible: failures.length === 0, fits, failures, unknown };
}

// Cross-file checks the schema cannot make alone: ids are unique within their kind, and every id an
// entry refers to (a contact, a district, a concern, a source...) exists somewhere in knowledge/.
import type {
  Authority, Concern, Contact, District, HealthArea, LevelOfNeed, Place, Process, RiskRoute, RiskSignal, Service, SourceDocument,
} from './schema.js';
import type { KnowledgeProblem } from './loader.js';

/** An entry with where it was written, so a problem can point at the file and line. */
export interface Located<T> { entry: T; file: string; line?: number; path: string }

export interface Collections {
  sources: Located<SourceDocument>[];
  authorities: Located<Authority>[];
  districts: Located<District>[];
  healthAreas: Located<HealthArea>[];
  places: Located<Place>[];
  concerns: Located<Concern>[];
  riskSignals: Located<RiskSignal>[];
  contacts: Located<Contact>[];
  services: Located<Service>[];
  levels: Located<LevelOfNeed>[];
  processes: Located<Process>[];
}

type Kind = 'source' | 'authority' | 'district' | 'health area' | 'concern' | 'contact' | 'service' | 'level' | 'process' | 'risk signal';

export function checkReferences(c: Collections): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const problem = (at: Located<unknown>, field: string, message: string) =>
    problems.push({ file: at.file, line: at.line, field: `${at.path}.${field}`, message });

  const ids = new Map<Kind, Set<string>>();
  const register = <T extends { id: string }>(kind: Kind, list: Located<T>[]) => {
    const seen = new Map<string, Located<T>>();
    for (const item of list) {
      const first = seen.get(item.entry.id);
      if (first) problem(item, 'id', `the ${kind} id "${item.entry.id}" is already used at ${first.file}:${first.line ?? '?'}`);
      else seen.set(item.entry.id, item);
    }
    ids.set(kind, new Set(seen.keys()));
  };
  register('source', c.sources);
  register('authority', c.authorities);
  register('district', c.districts);
  register('health area', c.healthAreas);
  register('concern', c.concerns);
  register('contact', c.contacts);
  register('service', c.services);
  register('level', c.levels);
  register('process', c.processes);
  // Two risk signals with one id would hide a pattern from the screen.
  register('risk signal', c.riskSignals);

  const refer = (at: Located<unknown>, field: string, value: string | undefined, ...kinds: Kind[]) => {
    if (value === undefined || kinds.some(k => ids.get(k)?.has(value))) return;
    problem(at, field, `"${value}" is not a known ${kinds.join(' or ')} id`);
  };
  const referAll = (at: Located<unknown>, field: string, values: readonly string[], ...kinds: Kind[]) =>
    values.forEach((v, i) => refer(at, `${field}[${i}]`, v, ...kinds));
  const cite = (at: Located<{ citation: { source: string } }>) => refer(at, 'citation.source', at.entry.citation.source, 'source');

  for (const at of c.authorities) {
    cite(at);
    refer(at, 'frontDoor', at.entry.frontDoor, 'contact');
    refer(at, 'safeguardingProcess', at.entry.safeguardingProcess, 'process');
    refer(at, 'consentProcess', at.entry.consentProcess, 'process');
    refer(at, 'earlyHelp', at.entry.earlyHelp, 'contact');
  }
  for (const at of c.districts) {
    refer(at, 'authority', at.entry.authority, 'authority');
    refer(at, 'healthArea', at.entry.healthArea, 'health area');
  }
  for (const at of c.healthAreas) {
    cite(at);
    refer(at, 'authority', at.entry.authority, 'authority');
    referAll(at, 'districts', at.entry.districts, 'district');
  }
  for (const at of c.places) {
    refer(at, 'district', at.entry.district, 'district');
    refer(at, 'authority', at.entry.authority, 'authority');
    refer(at, 'healthArea', at.entry.healthArea, 'health area');
  }
  const referRoutes = (at: Located<unknown>, field: string, routes: readonly RiskRoute[]) => routes.forEach((route, i) => {
    refer(at, `${field}[${i}].authority`, route.authority, 'authority');
    referAll(at, `${field}[${i}].processes`, route.processes, 'process');
    referAll(at, `${field}[${i}].services`, route.services, 'service');
    referAll(at, `${field}[${i}].contacts`, route.contacts, 'contact');
  });
  for (const at of c.concerns) {
    referAll(at, 'broader', at.entry.broader, 'concern');
    referRoutes(at, 'safeguardingRoutes', at.entry.safeguardingRoutes);
    at.entry.exactOnly.forEach((word, i) => {
      if (!at.entry.synonyms.includes(word)) problem(at, `exactOnly[${i}]`, `"${word}" is not one of this concern's synonyms`);
    });
  }
  for (const at of c.riskSignals) {
    referAll(at, 'concerns', at.entry.concerns, 'concern');
    referRoutes(at, 'routes', at.entry.routes);
    const innocent = at.entry.innocentContext;
    const fields: [string, readonly string[]][] = [['patterns', at.entry.patterns], ['innocentContext.patterns', innocent?.patterns ?? []], ['innocentContext.overruledBy', innocent?.overruledBy ?? []]];
    for (const [field, patterns] of fields) {
      patterns.forEach((pattern, i) => {
        try { new RegExp(pattern, 'i'); } catch (e) { problem(at, `${field}[${i}]`, `not a valid regular expression (${(e as Error).message})`); }
      });
    }
  }
  for (const at of c.contacts) {
    cite(at);
    refer(at, 'authority', at.entry.authority, 'authority');
    refer(at, 'outOfHours', at.entry.outOfHours, 'contact');
  }
  for (const at of c.services) {
    const s = at.entry;
    cite(at);
    refer(at, 'authority', s.authority, 'authority');
    referAll(at, 'areas.served', s.areas.served, 'authority', 'district', 'health area');
    referAll(at, 'areas.excluded', s.areas.excluded, 'authority', 'district', 'health area');
    referAll(at, 'concerns', s.concerns, 'concern');
    referAll(at, 'levels', s.levels, 'level');
    referAll(at, 'contacts', s.contacts, 'contact');
    referAll(at, 'referral.contacts', s.referral.contacts, 'contact');
    referAll(at, 'referral.follows', s.referral.follows, 'service');
    referAll(at, 'programmes', s.programmes, 'service');
    referAll(at, 'eligibility.requiresDiagnosisOf', s.eligibility.requiresDiagnosisOf, 'concern');
    referAll(at, 'eligibility.excludesConditions', s.eligibility.excludesConditions, 'concern');
    if (s.ages?.minYears !== undefined && s.ages.maxYears !== undefined && s.ages.minYears > s.ages.maxYears) {
      problem(at, 'ages', `minYears ${s.ages.minYears} is above maxYears ${s.ages.maxYears}`);
    }
  }
  for (const at of c.levels) {
    cite(at);
    refer(at, 'authority', at.entry.authority, 'authority');
    refer(at, 'parent', at.entry.parent, 'level');
    referAll(at, 'services', at.entry.services, 'service');
    referAll(at, 'contacts', at.entry.contacts, 'contact');
  }
  for (const at of c.processes) {
    cite(at);
    refer(at, 'authority', at.entry.authority, 'authority');
    referAll(at, 'contacts', at.entry.contacts, 'contact');
    referAll(at, 'services', at.entry.services, 'service');
  }
  return problems;
}

// The knowledge base's shape. The schema is the type: every type below is inferred from its schema,
// so a content edit that breaks the shape fails validation rather than surprising the code.
import { z } from 'zod';

/** Ids are lower-case words joined by hyphens, so editors can type them and they read in logs. */
export const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id of lower-case letters, digits and hyphens (e.g. "small-steps-cygnet")');
export type Id = z.infer<typeof Id>;

const Text = z.string().trim().min(1, 'text (it may not be empty)');

/** Where a fact comes from: a document of ../shared/sources (by its id in sources.yaml) and the section. */
export const Citation = z.object({
  source: Id.describe('the id of a document in sources.yaml'),
  section: Text.describe('the section, heading or offer as printed, e.g. "C2 Contact Details for the MASH"'),
  quote: z.string().optional().describe('a short quote, word for word, where it helps'),
}).strict();
export type Citation = z.infer<typeof Citation>;

export const SourceDocument = z.object({
  id: Id,
  file: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/, 'the file name in ../shared/sources, e.g. "001_c25a76958ba05c2c.txt"'),
  title: Text,
  publisher: Text,
  authority: Id.optional().describe('the authority the document is about, if one'),
  published: Text.describe('the publication date or version as printed, or "not stated"'),
  notes: z.array(Text).default([]),
}).strict();
export type SourceDocument = z.infer<typeof SourceDocument>;

// ---------------------------------------------------------------- hours

export const Weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
export type Weekday = z.infer<typeof Weekday>;
const ClockTime = z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'a 24-hour time such as "08:30" or "17:00"');

export const OpeningRange = z.object({
  days: z.array(Weekday).min(1),
  open: ClockTime,
  close: ClockTime,
}).strict().refine(r => r.open < r.close, { message: 'open must be before close', path: ['close'] });
export type OpeningRange = z.infer<typeof OpeningRange>;

/** Opening hours in Europe/London time. */
export const Hours = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('weekly'),
    ranges: z.array(OpeningRange).min(1),
    closedOnBankHolidays: z.boolean().default(true).describe('bank holidays in England count as closed'),
    asPrinted: Text.describe('the hours exactly as the source prints them'),
  }).strict(),
  z.object({ kind: z.literal('always'), asPrinted: Text }).strict().describe('24/7'),
  z.object({ kind: z.literal('out-of-hours'), asPrinted: Text }).strict().describe('open only when the day service is closed (an Emergency Duty Team)'),
  z.object({ kind: z.literal('not-stated') }).strict().describe('the source prints no hours'),
]);
export type Hours = z.infer<typeof Hours>;

// ---------------------------------------------------------------- contacts

export const Phone = z.object({
  number: z.string().regex(/^[0-9 +()]+(\s*(ext|Ext)\.?\s*[0-9 ]+)?$/, 'a phone number as printed, digits and spaces (e.g. "0300 500 80 90")'),
  label: z.string().optional().describe('what the number is for, e.g. "option 4 for appointments and advice"'),
  note: z.string().optional().describe('e.g. "printed without an area code"'),
}).strict();
export type Phone = z.infer<typeof Phone>;

export const Email = z.object({
  address: z.string().regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'an email address as printed'),
  label: z.string().optional(),
  note: z.string().optional(),
}).strict();
export type Email = z.infer<typeof Email>;

export const WebAddress = z.object({ url: Text, label: z.string().optional() }).strict();

export const Contact = z.object({
  id: Id,
  name: Text,
  authority: Id.optional().describe('the authority whose contact this is, if one'),
  aliases: z.array(Text).default([]).describe('what people type for it: "mash", "front door", "c&f direct"'),
  summary: z.string().optional().describe('what this contact is for, in a line'),
  phones: z.array(Phone).default([]),
  emails: z.array(Email).default([]),
  web: z.array(WebAddress).default([]),
  post: z.array(Text).default([]).describe('postal addresses as printed'),
  hours: Hours.default({ kind: 'not-stated' }),
  outOfHours: Id.optional().describe('the contact to use when this one is closed'),
  notes: z.array(Text).default([]).describe('e.g. "password protect confidential information"'),
  conflicts: z.array(Text).default([]).describe('where sources disagree about this contact, both versions as printed'),
  citation: Citation,
}).strict();
export type Contact = z.infer<typeof Contact>;

// ---------------------------------------------------------------- geography

export const Authority = z.object({
  id: Id,
  name: Text,
  kind: z.enum(['home', 'neighbour', 'elsewhere']).describe('home: one of the three this guide covers; neighbour: listed in D9 only; elsewhere: outside both'),
  aliases: z.array(Text).default([]),
  bareAliases: z.array(Text).default([]).describe('one everyday word that names it only standing alone ("city"), not after another place\'s name ("Leicester city") or in "county lines"'),
  frontDoor: Id.optional().describe('the contact id of the safeguarding front door'),
  safeguardingProcess: Id.optional().describe('the process id for a referral through the front door (its steps go with the number)'),
  consentProcess: Id.optional().describe('the process id for the authority\'s guidance on consent and sharing information ("do I have to tell the parents?")'),
  earlyHelp: Id.optional().describe('the contact id for early help, if the sources give one'),
  notes: z.array(Text).default([]),
  citation: Citation,
}).strict();
export type Authority = z.infer<typeof Authority>;

export const District = z.object({
  id: Id,
  name: Text,
  authority: Id,
  healthArea: Id.optional().describe('the CCG area Small Steps names that this district falls in'),
  aliases: z.array(Text).default([]),
}).strict();
export type District = z.infer<typeof District>;

export const HealthArea = z.object({
  id: Id,
  name: Text,
  authority: Id,
  districts: z.array(Id).default([]),
  reasoning: Text.describe('why these districts fall in this area (the sources name areas, not districts)'),
  citation: Citation,
}).strict();
export type HealthArea = z.infer<typeof HealthArea>;

export const Place = z.object({
  name: Text,
  aliases: z.array(Text).default([]),
  district: Id.optional(),
  authority: Id.optional().describe('needed when the place is not in a county district (City, Derby, a neighbour)'),
  healthArea: Id.optional().describe('the CCG area, where it is not its district\'s (Hucknall, in Ashfield, fell in Nottingham North and East)'),
  note: z.string().optional(),
}).strict().refine(p => p.district || p.authority, { message: 'a place needs a district or an authority' });
export type Place = z.infer<typeof Place>;

// ---------------------------------------------------------------- concerns and risk

/** What the sources add to the front door for one kind of harm: FGM to the police, Prevent, DART... */
export const RiskRoute = z.object({
  authority: Id.optional().describe('the authority whose guidance prints this route; omit for advice printed for everyone'),
  processes: z.array(Id).default([]),
  services: z.array(Id).default([]),
  contacts: z.array(Id).default([]),
  advice: z.string().optional().describe('one line as printed, e.g. "FGM must also be reported directly to the police."'),
  citation: Citation.optional().describe('needed with advice; processes, services and contacts carry their own'),
}).strict().refine(r => !r.advice || r.citation, { message: 'advice needs a citation', path: ['citation'] });
export type RiskRoute = z.infer<typeof RiskRoute>;

export const Concern = z.object({
  id: Id,
  label: Text,
  synonyms: z.array(Text).default([]).describe('words and phrases people use for it; matched after normalising'),
  exactOnly: z.array(Text).default([]).describe('one-word synonyms matched only as written, never by their stem, because the stem is an everyday word ("parenting": "parent", "parents")'),
  broader: z.array(Id).default([]).describe('broader concerns this one implies, e.g. self-harm -> mental-health'),
  safeguardingRoutes: z.array(RiskRoute).default([]).describe('what the sources add to the front door when a child with this need may be at risk, e.g. the City\'s Disabled Children\'s Team'),
}).strict();
export type Concern = z.infer<typeof Concern>;


export const RiskSignal = z.object({
  id: Id,
  label: Text,
  immediateDanger: z.boolean().default(false).describe('999 first'),
  patterns: z.array(Text).min(1).describe('regular expressions, case-insensitive, over the normalised message'),
  concerns: z.array(Id).default([]).describe('concern tags this risk implies, to find the specialist services too'),
  routes: z.array(RiskRoute).default([]).describe('the sources\' route for this kind of harm, beside the front door'),
  innocentContext: z.object({
    patterns: z.array(Text).min(1).describe('regular expressions: in the same sentence as a match, they make it innocent ("bruised his knee falling off his bike")'),
    overruledBy: z.array(Text).default([]).describe('regular expressions: in that sentence, the match stands after all ("he says he fell", "dad pushed him")'),
  }).strict().optional().describe('where this signal\'s words are ordinary: an accident told plainly, nobody harming anyone'),
}).strict();
export type RiskSignal = z.infer<typeof RiskSignal>;

// ---------------------------------------------------------------- services

export const DiagnosisStatus = z.enum(['diagnosed', 'suspected', 'awaiting-assessment', 'none']);
export type DiagnosisStatus = z.infer<typeof DiagnosisStatus>;

export const AgeRange = z.object({
  minYears: z.number().min(-1).max(30).optional().describe('-1 for unborn / pregnancy'),
  maxYears: z.number().min(0).max(120).optional().describe('inclusive: "up to 18th birthday" is 17'),
  asPrinted: Text,
}).strict();
export type AgeRange = z.infer<typeof AgeRange>;

export const Eligibility = z.object({
  requiresDiagnosisOf: z.array(Id).default([]).describe('concern ids; the child must be diagnosed with one of them'),
  acceptsIndicativeBehaviour: z.boolean().default(false).describe('no diagnosis needed where behaviours are indicative of the conditions above'),
  excludesConditions: z.array(Id).default([]).describe('concern ids that rule the child out (e.g. MST: autism)'),
  requiresPriorIntervention: z.string().optional().describe('the prior (tier 1 / universal) support that must have been tried, as printed'),
  consent: z.enum(['required', 'not-required', 'required-except', 'not-stated']).default('not-stated'),
  consentException: z.string().optional().describe('when consent is not needed, as printed'),
  gpRegistration: z.string().optional().describe('e.g. "registered with a Nottinghamshire GP"'),
  parentAges: AgeRange.optional().describe('the parent\'s age the service is for, as printed ("first time teenage mums aged 19 and under"); `ages` stays the child\'s'),
  criteria: z.array(Text).default([]).describe('the other criteria as printed'),
  exclusions: z.array(Text).default([]).describe('who is not accepted, as printed'),
}).strict();
export type Eligibility = z.infer<typeof Eligibility>;

export const Referral = z.object({
  selfReferral: z.enum(['accepted', 'not-accepted', 'no-referral-needed', 'not-stated']).default('not-stated'),
  whoCanRefer: z.string().optional(),
  how: z.array(Text).default([]).describe('the steps, in order, as the source gives them'),
  form: z.string().optional().describe('the form to use, by name'),
  contacts: z.array(Id).default([]).describe('contact ids to refer through'),
  follows: z.array(Id).default([]).describe('service ids the source says refer on into this one ("referrals through Small Steps following a tier 2 intervention (workshop)"): the pathway puts this after them'),
  whatHappensNext: z.array(Text).default([]),
  timescales: z.array(Text).default([]),
}).strict();
export type Referral = z.infer<typeof Referral>;

export const Areas = z.object({
  served: z.array(Id).default([]).describe('authority, district or health-area ids; empty means the whole of `authority`'),
  excluded: z.array(Id).default([]),
  asPrinted: z.string().optional(),
}).strict();

export const Service = z.object({
  id: Id,
  name: Text,
  aliases: z.array(Text).default([]),
  provider: z.string().optional(),
  authority: Id.optional().describe('the authority whose offer this is; omit for national services'),
  summary: Text.describe('what it offers, in a sentence or two'),
  offers: z.array(Text).default([]).describe('what it provides, item by item'),
  programmes: z.array(Id).default([]).describe('its own programmes, each a service of its own (Small Steps: the workshops, Cygnet...): named with it, the one that fits the need leads'),
  delivery: z.string().optional().describe('group or one-to-one, frequency, duration'),
  areas: Areas.default({ served: [], excluded: [] }),
  ages: AgeRange.optional(),
  concerns: z.array(Id).default([]).describe('concern ids this service is for'),
  levels: z.array(Id).default([]).describe('level-of-need ids it is offered at'),
  eligibility: Eligibility.default({ requiresDiagnosisOf: [], acceptsIndicativeBehaviour: false, excludesConditions: [], consent: 'not-stated', criteria: [], exclusions: [] }),
  referral: Referral.default({ selfReferral: 'not-stated', how: [], contacts: [], follows: [], whatHappensNext: [], timescales: [] }),
  contacts: z.array(Id).default([]).describe('every contact for it'),
  gaps: z.array(Text).default([]).describe('what the source does not state, e.g. "no contact is printed"'),
  notes: z.array(Text).default([]),
  citation: Citation,
}).strict();
export type Service = z.infer<typeof Service>;

// ---------------------------------------------------------------- levels of need and processes

export const IndicatorGroup = z.object({
  domain: Text.describe('the assessment domain as printed'),
  items: z.array(Text).min(1),
}).strict();

export const LevelOfNeed = z.object({
  id: Id,
  authority: Id,
  name: Text.describe('as printed, e.g. "Level 3" or "Additional Support"'),
  title: z.string().optional().describe('e.g. "Targeted Early Help"'),
  rank: z.number().int().min(1).max(9).describe('1 is universal; higher is more need. Sub-levels share their parent rank'),
  parent: Id.optional().describe('for 4a/4b/4c'),
  definition: Text,
  whatToDo: z.array(Text).default([]),
  indicators: z.array(IndicatorGroup).default([]),
  services: z.array(Id).default([]),
  contacts: z.array(Id).default([]),
  citation: Citation,
}).strict();
export type LevelOfNeed = z.infer<typeof LevelOfNeed>;

export const Process = z.object({
  id: Id,
  title: Text,
  authority: Id.optional(),
  aliases: z.array(Text).default([]).describe('how people ask about it: "step down", "ehaf", "consent refused"'),
  summary: Text,
  steps: z.array(Text).default([]),
  timescales: z.array(Text).default([]),
  contacts: z.array(Id).default([]),
  services: z.array(Id).default([]),
  citation: Citation,
}).strict();
export type Process = z.infer<typeof Process>;

/** One YAML file: any of these collections. Files are merged, then cross-checked. */
export const KnowledgeFile = z.object({
  sources: z.array(SourceDocument).optional(),
  authorities: z.array(Authority).optional(),
  districts: z.array(District).optional(),
  healthAreas: z.array(HealthArea).optional(),
  places: z.array(Place).optional(),
  concerns: z.array(Concern).optional(),
  riskSignals: z.array(RiskSignal).optional(),
  contacts: z.array(Contact).optional(),
  services: z.array(Service).optional(),
  levels: z.array(LevelOfNeed).optional(),
  processes: z.array(Process).optional(),
}).strict();
export type KnowledgeFile = z.infer<typeof KnowledgeFile>;

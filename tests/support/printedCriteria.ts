// Who some services are for, written by hand from the printed sources (../shared/sources), not read from
// knowledge/. Tests use this table as an oracle that does not share the code's (or the data's) mistakes:
// if an edit to knowledge/*.yaml or to eligibility.ts changes who a service takes, a test disagrees.
import type { CaseFacts } from '../../src/pathway/caseFacts.js';

/** Nottinghamshire's seven districts. */
export const COUNTY_DISTRICTS = ['ashfield', 'bassetlaw', 'broxtowe', 'gedling', 'mansfield', 'newark-and-sherwood', 'rushcliffe'] as const;

export interface PrintedCriteria {
  /** The knowledge id of the service the row is about. */
  service: string;
  /** Where the criteria are printed. */
  printed: string;
  /** Inclusive, as the sources print ranges ("aged 3-11 years"). */
  ages: { min: number; max: number; asPrinted: string };
  /** Who the service takes by where the child lives. */
  area:
    | { kind: 'county-districts'; districts: readonly string[]; excluded: readonly string[] }
    | { kind: 'authority'; authority: string };
  /** A diagnosis of one of these conditions is needed, unless indicative behaviour is accepted. */
  diagnosis?: { of: readonly string[]; indicativeBehaviourAccepted: boolean };
  /** Conditions that rule a young person out, diagnosed or named as the concern. */
  excludes?: readonly string[];
  /** Refused consent rules the service out. */
  consentRequired: boolean;
}

const SMALL_STEPS_AREA = {
  kind: 'county-districts',
  // "registered with a Nottinghamshire GP within Mansfield and Ashfield, Notts North East, Notts West,
  // Rushcliffe, Newark and Sherwood CCG area (excluding Bassetlaw)": every county district but Bassetlaw.
  districts: ['ashfield', 'broxtowe', 'gedling', 'mansfield', 'newark-and-sherwood', 'rushcliffe'],
  excluded: ['bassetlaw'],
} as const;

export const PRINTED_CRITERIA: readonly PrintedCriteria[] = [
  {
    service: 'small-steps-new-forest',
    printed: 'Small Steps, Core Offer 4: "Families whose child/ren are aged 3-11 years and Diagnosis of ADHD/behaviours indicative"',
    ages: { min: 3, max: 11, asPrinted: 'aged 3-11 years' },
    area: SMALL_STEPS_AREA,
    diagnosis: { of: ['adhd'], indicativeBehaviourAccepted: true },
    consentRequired: true,
  },
  {
    service: 'small-steps-cygnet',
    printed: 'Small Steps, Core Offer 7: "Families whose child/ren are aged 5-18 and have a diagnosis of ASD"',
    ages: { min: 5, max: 18, asPrinted: 'aged 5-18' },
    area: SMALL_STEPS_AREA,
    diagnosis: { of: ['autism'], indicativeBehaviourAccepted: false },
    consentRequired: true,
  },
  {
    service: 'small-steps-drop-in',
    printed: 'Small Steps, Core Offer 1: "No diagnosis of ASD/ADHD needed"; referrals "(0-18)"',
    ages: { min: 0, max: 18, asPrinted: '0-18' },
    area: SMALL_STEPS_AREA,
    consentRequired: false,
  },
  {
    service: 'small-steps-volunteer-befriender',
    printed: 'Small Steps: "Families whose children have a diagnosis of ADHD/ASD"; "Diagnosis of ASD/ADHD needed"',
    ages: { min: 0, max: 18, asPrinted: '0-18' },
    area: SMALL_STEPS_AREA,
    diagnosis: { of: ['adhd', 'autism'], indicativeBehaviourAccepted: false },
    consentRequired: false,
  },
  {
    service: 'kooth',
    printed: 'Pathway to Provision: "free of charge to children and young people aged 11-25 within the Nottinghamshire and Bassetlaw area"',
    ages: { min: 11, max: 25, asPrinted: 'aged 11-25' },
    area: { kind: 'authority', authority: 'nottinghamshire' },
    consentRequired: false,
  },
  {
    service: 'derby-mst',
    printed: 'Derby Early Help Handbook, Appendix 2: "Young person (12-17 years old)"; "MST Exclusion Criteria: YP with active suicidal, psychotic and homicidal thoughts/behaviours ... YP with severe learning disability or autism disorder; YP with sexual harmful behaviour"',
    ages: { min: 12, max: 17, asPrinted: 'Young person (12-17 years old)' },
    area: { kind: 'authority', authority: 'derby' },
    excludes: ['suicide', 'psychosis', 'autism', 'harmful-sexual-behaviour'],
    consentRequired: false,
  },
];

/** Whether the printed criteria take this child: the oracle, written without the code under test. */
export function printedVerdict(row: PrintedCriteria, facts: CaseFacts): 'eligible' | 'ruled-out' | 'depends' {
  const reasons: ('ruled-out' | 'depends')[] = [];
  if (facts.ageYears === undefined) reasons.push('depends');
  else if (facts.ageYears < row.ages.min || facts.ageYears > row.ages.max) reasons.push('ruled-out');

  const area = facts.area;
  if (row.area.kind === 'county-districts') {
    if (!area?.authority && !area?.district) reasons.push('depends');
    else if (area.district && row.area.excluded.includes(area.district)) reasons.push('ruled-out');
    else if (area.district && row.area.districts.includes(area.district)) { /* covered */ }
    // Only "Nottinghamshire": the districts are all in the county, and which one (Bassetlaw or not) decides it.
    else if (!area.district && area.authority === 'nottinghamshire') reasons.push('depends');
    // A district outside the list, or another authority: the source's list does not take it.
    else reasons.push('ruled-out');
  } else if (area?.authority && area.authority !== row.area.authority) reasons.push('ruled-out');

  if (row.diagnosis && !row.diagnosis.indicativeBehaviourAccepted) {
    const statuses = row.diagnosis.of.map(c => facts.diagnoses[c]);
    if (statuses.includes('diagnosed')) { /* fits */ }
    else if (statuses.every(s => s === undefined)) reasons.push('depends');
    else reasons.push('ruled-out');
  }
  if (row.excludes?.some(c => facts.diagnoses[c] === 'diagnosed' || facts.concerns.includes(c))) reasons.push('ruled-out');
  if (row.consentRequired && facts.consent === 'refused') reasons.push('ruled-out');

  if (reasons.includes('ruled-out')) return 'ruled-out';
  return reasons.length ? 'depends' : 'eligible';
}

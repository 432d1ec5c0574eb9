// Who a service takes, checked against the criteria as the sources print them. The cases are written out
// here (not built from knowledge/), so an edit to the data that changes who is eligible fails a test
// instead of quietly removing one; the properties compare against a table written from the sources by
// hand (tests/support/printedCriteria.ts), never against checkEligibility itself.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/knowledgeBase.js';
import { CaseFacts } from '../../src/pathway/caseFacts.js';
import { areaIds, checkEligibility, describeAge } from '../../src/pathway/eligibility.js';
import { kb, service } from '../support/knowledge.js';
import { COUNTY_DISTRICTS, PRINTED_CRITERIA, printedVerdict } from '../support/printedCriteria.js';

const child = (facts: Record<string, unknown>) => CaseFacts.parse(facts);
const rushcliffe = { authority: 'nottinghamshire', district: 'rushcliffe', place: 'West Bridgford', asTyped: 'West Bridgford' };
const worksop = { authority: 'nottinghamshire', district: 'bassetlaw', place: 'Worksop', asTyped: 'Worksop' };
const retford = { authority: 'nottinghamshire', district: 'bassetlaw', place: 'Retford', asTyped: 'Retford' };
const derbyCity = { authority: 'derby', place: 'Alvaston', asTyped: 'Alvaston' };
const check = (serviceId: string, facts: Record<string, unknown>) => checkEligibility(kb, service(serviceId), child(facts));

describe('ages, inclusive at both ends as printed', () => {
  it.each([
    // New Forest Parenting Programme: "aged 3-11 years"
    ['small-steps-new-forest', 2, false], ['small-steps-new-forest', 3, true], ['small-steps-new-forest', 11, true], ['small-steps-new-forest', 12, false],
    // Cygnet: "aged 5-18" (with a diagnosis of ASD)
    ['small-steps-cygnet', 4, false], ['small-steps-cygnet', 5, true], ['small-steps-cygnet', 18, true], ['small-steps-cygnet', 19, false],
    // Small Steps drop-in: "(0-18)"; an unborn baby is not yet 0
    ['small-steps-drop-in', -1, false], ['small-steps-drop-in', 0, true], ['small-steps-drop-in', 18, true], ['small-steps-drop-in', 19, false],
    // Kooth: "aged 11-25"
    ['kooth', 10, false], ['kooth', 11, true], ['kooth', 25, true],
  ] as const)('%s at %i: eligible is %s', (id, age, expected) => {
    const result = check(id, { ageYears: age, area: rushcliffe, concerns: ['adhd', 'autism'], diagnoses: { adhd: 'diagnosed', autism: 'diagnosed' } });
    expect(result.eligible).toBe(expected);
    if (!expected) expect(result.failures).toHaveLength(1);
  });

  it.each([
    // Multi-Systemic Treatment (Derby): "Young person (12-17 years old)"
    [11, false], [12, true], [17, true], [18, false],
  ])('Derby MST at %i: eligible is %s', (age, expected) => {
    expect(check('derby-mst', { ageYears: age, area: derbyCity, concerns: ['behaviour'] }).eligible).toBe(expected);
  });

  it('says the printed range and the child\'s age when the age rules a service out', () => {
    expect(check('small-steps-new-forest', { ageYears: 12, area: rushcliffe }).failures).toEqual(['it is for aged 3-11 years, and the child is 12']);
    expect(check('small-steps-new-forest', { ageYears: 1, ageMonths: 18, area: rushcliffe }).failures).toEqual(['it is for aged 3-11 years, and the child is 18 months old']);
    expect(check('small-steps-drop-in', { ageYears: -1, area: rushcliffe }).failures).toEqual(['it is for 0-18, and the child is an unborn baby']);
  });

  it('says the age fits, with the printed range, when it does', () => {
    expect(check('small-steps-new-forest', { ageYears: 7, area: rushcliffe }).fits).toContain("the child's age fits (aged 3-11 years)");
  });

  it('asks for the age when a range is printed and the age is not known', () => {
    const result = check('small-steps-new-forest', { area: rushcliffe });
    expect(result.unknown).toEqual(['age']);
    expect(result.eligible).toBe(true);
  });

  it('a range with only a lower bound ("children aged over 5") still rules out a younger child', () => {
    expect(check('notts-graduated-family-parenting-offer', { ageYears: 4, area: rushcliffe }).eligible).toBe(false);
    expect(check('notts-graduated-family-parenting-offer', { ageYears: 5, area: rushcliffe }).eligible).toBe(true);
    expect(check('notts-graduated-family-parenting-offer', { ageYears: 25, area: rushcliffe }).eligible).toBe(true);
  });

  it('asks for the age when only a lower bound is printed', () => {
    expect(check('notts-graduated-family-parenting-offer', { area: rushcliffe }).unknown).toContain('age');
  });

  it('asks for the age when only an upper bound is printed', () => {
    const underFive = { ...service('kooth'), ages: { maxYears: 4, asPrinted: 'children under five' } };
    expect(checkEligibility(kb, underFive, child({ area: rushcliffe })).unknown).toContain('age');
    expect(checkEligibility(kb, underFive, child({ ageYears: 5, area: rushcliffe })).failures).toEqual(['it is for children under five, and the child is 5']);
  });

  it('does not ask for an age the source gives no range for', () => {
    const result = check('notts-family-service', { area: rushcliffe });
    expect(result.unknown).not.toContain('age');
    expect(result.fits.join(' ')).not.toMatch(/age fits/);
  });
});

describe('Small Steps does not cover Bassetlaw: "(excluding Bassetlaw)"', () => {
  // Every Small Steps offer, written out: removing one from the data's exclusion list must fail here.
  it.each([
    'small-steps-service', 'small-steps-drop-in', 'small-steps-workshops', 'small-steps-specialist-practitioner',
    'small-steps-new-forest', 'small-steps-cygnet', 'small-steps-transition-groups', 'small-steps-volunteer-befriender',
    'small-steps-sleep-programme',
  ])('%s is ruled out in Worksop and Retford, naming Bassetlaw', id => {
    for (const area of [worksop, retford]) {
      const result = check(id, { ageYears: 7, area, concerns: ['adhd'], diagnoses: { adhd: 'diagnosed' } });
      expect(result.eligible).toBe(false);
      expect(result.failures).toHaveLength(1);
      expect(result.failures[0]).toMatch(/^it does not cover Bassetlaw, Bassetlaw CCG area: the source excludes it \("[^"]*\(excluding Bassetlaw\)"\)$/);
    }
  });

  it.each(['ashfield', 'broxtowe', 'gedling', 'mansfield', 'newark-and-sherwood', 'rushcliffe'])('New Forest takes a child in %s', district => {
    const result = check('small-steps-new-forest', { ageYears: 7, area: { authority: 'nottinghamshire', district, asTyped: district } });
    expect(result.eligible).toBe(true);
    expect(result.fits).toContain(`it covers ${district}`.replace(district, kb.district(district)!.name));
  });

  it('Kooth, "within the Nottinghamshire and Bassetlaw area", does take a child in Worksop', () => {
    expect(check('kooth', { ageYears: 14, area: worksop }).eligible).toBe(true);
  });

  it('a child in Derby or the City is outside the CCG areas Small Steps lists', () => {
    for (const area of [derbyCity, { authority: 'nottingham-city', place: 'Bulwell', asTyped: 'Bulwell' }]) {
      const result = check('small-steps-new-forest', { ageYears: 7, area });
      expect(result.eligible).toBe(false);
      expect(result.failures).toEqual([expect.stringMatching(/^it covers only .*registered with a Nottinghamshire GP within Mansfield and Ashfield.*\(excluding Bassetlaw\)$/)]);
    }
  });

  it('asks where the child lives when Small Steps\' areas decide it and the area is not known', () => {
    const result = check('small-steps-new-forest', { ageYears: 7 });
    expect(result.unknown).toEqual(['area']);
    expect(result.eligible).toBe(true);
  });

  it('a place outside the gazetteer is asked about, not ruled out', () => {
    expect(check('small-steps-new-forest', { ageYears: 7, area: { asTyped: 'Birmingham', unknown: true } }).unknown).toEqual(['area']);
  });
});

describe('what is said about areas when the source prints no area wording', () => {
  // The same service with its printed area wording taken away: the names come from the gazetteer.
  const unworded = (id: string) => {
    const s = service(id);
    return { ...s, areas: { served: s.areas.served, excluded: s.areas.excluded } };
  };

  it('an excluded district is named by the gazetteer, with its health area', () => {
    expect(checkEligibility(kb, unworded('small-steps-new-forest'), child({ ageYears: 7, area: worksop })).failures)
      .toEqual(['it does not cover Bassetlaw, Bassetlaw CCG area: the source excludes it']);
  });

  it('the areas served are listed by name', () => {
    expect(checkEligibility(kb, unworded('small-steps-new-forest'), child({ ageYears: 7, area: derbyCity })).failures)
      .toEqual([`it covers only ${['mansfield-and-ashfield', 'notts-north-east', 'notts-west', 'rushcliffe-ccg', 'newark-and-sherwood-ccg'].map(id => kb.healthArea(id)!.name).join(', ')}`]);
    expect(checkEligibility(kb, unworded('kooth'), child({ ageYears: 14, area: derbyCity })).failures)
      .toEqual([`it covers only ${kb.authority('nottinghamshire')!.name}`]);
  });

  it('with the printed wording, the exclusion is quoted', () => {
    expect(check('small-steps-new-forest', { ageYears: 7, area: worksop }).failures[0])
      .toMatch(/^it does not cover Bassetlaw, Bassetlaw CCG area: the source excludes it \("Available Countywide; .*\(excluding Bassetlaw\)"\)$/);
  });

  it('a covered place is named as typed, or by its district when no place was given', () => {
    expect(check('small-steps-new-forest', { ageYears: 7, area: rushcliffe }).fits).toContain('it covers West Bridgford');
    expect(check('small-steps-new-forest', { ageYears: 7, area: { authority: 'nottinghamshire', district: 'gedling', asTyped: 'gedling' } }).fits).toContain('it covers Gedling');
  });

  it('an authority outside the guide is named too', () => {
    expect(check('derby-mst', { ageYears: 14, area: { authority: 'leicestershire', asTyped: 'Leicestershire' } }).failures)
      .toEqual([`it is a ${kb.authority('derby')!.name} service, and the child lives in ${kb.authority('leicestershire')!.name}`]);
  });
});

describe('services of one authority', () => {
  // Derby Early Help Handbook, MST exclusion criteria: "YP living independently or in care".
  it('Derby MST is ruled out for a young person in care or living independently, quoting the printed exclusion', () => {
    expect(check('derby-mst', { ageYears: 15, area: derbyCity, concerns: ['behaviour', 'in-care'] }).failures)
      .toEqual(['it excludes young people in care or living independently (exclusion criteria: "YP living independently or in care")']);
  });

  it('Derby MST is ruled out for a Nottinghamshire child, naming both authorities', () => {
    expect(check('derby-mst', { ageYears: 14, area: rushcliffe }).failures)
      .toEqual([`it is a ${kb.authority('derby')!.name} service, and the child lives in ${kb.authority('nottinghamshire')!.name}`]);
  });

  it('Derby MST is open to a Derby child whatever the district, and to one whose area is not yet known', () => {
    expect(check('derby-mst', { ageYears: 14, area: derbyCity }).failures).toEqual([]);
    expect(check('derby-mst', { ageYears: 14 }).failures).toEqual([]);
    expect(check('derby-mst', { ageYears: 14 }).unknown).not.toContain('area');
  });
});

describe('diagnosis', () => {
  it('Cygnet needs a diagnosis of autism: "have a diagnosis of ASD"', () => {
    expect(check('small-steps-cygnet', { ageYears: 8, area: rushcliffe, diagnoses: { autism: 'diagnosed' } }).fits)
      .toContain('the child has a diagnosis of autism (ASD)');
    expect(check('small-steps-cygnet', { ageYears: 8, area: rushcliffe, diagnoses: { autism: 'suspected' } }).failures)
      .toEqual(['it needs a diagnosis of autism (ASD), and you said it is not diagnosed yet']);
    expect(check('small-steps-cygnet', { ageYears: 8, area: rushcliffe, diagnoses: { autism: 'awaiting-assessment' } }).failures)
      .toEqual(['it needs a diagnosis of autism (ASD), and you said it is not diagnosed yet']);
    expect(check('small-steps-cygnet', { ageYears: 8, area: rushcliffe, diagnoses: { autism: 'none' } }).failures)
      .toEqual(['it needs a diagnosis of autism (ASD), and you said there is no diagnosis yet']);
  });

  it('Cygnet asks about a diagnosis it has not been told about, rather than ruling the child out', () => {
    const result = check('small-steps-cygnet', { ageYears: 8, area: rushcliffe });
    expect(result).toMatchObject({ eligible: true, unknown: ['diagnosis'] });
  });

  it('the befriender needs a diagnosis of ADHD or autism: either one fits', () => {
    expect(check('small-steps-volunteer-befriender', { ageYears: 8, area: rushcliffe, diagnoses: { autism: 'none', adhd: 'diagnosed' } }).eligible).toBe(true);
    expect(check('small-steps-volunteer-befriender', { ageYears: 8, area: rushcliffe, diagnoses: { autism: 'suspected' } }).failures)
      .toEqual([expect.stringMatching(/^it needs a diagnosis of (ADHD or autism \(ASD\)|autism \(ASD\) or ADHD), and you said it is not diagnosed yet$/)]);
  });

  it('New Forest takes behaviour indicative of ADHD: "Diagnosis of ADHD/behaviours indicative"', () => {
    for (const status of ['suspected', 'none', undefined]) {
      const result = check('small-steps-new-forest', { ageYears: 7, area: rushcliffe, concerns: ['adhd'], diagnoses: status ? { adhd: status } : {} });
      expect(result.eligible).toBe(true);
      expect(result.unknown).toEqual([]);
      expect(result.fits).toContain('no formal diagnosis of ADHD is needed');
    }
  });
});

describe('conditions a service excludes', () => {
  it('Derby MST rules out a young person with autism, quoting the printed exclusion', () => {
    expect(check('derby-mst', { ageYears: 14, area: derbyCity, diagnoses: { autism: 'diagnosed' } }).failures)
      .toEqual(['it excludes young people with autism (ASD) (exclusion criteria: "YP with severe learning disability or autism disorder")']);
  });

  it('Derby MST rules out active suicidal thoughts, quoting that exclusion', () => {
    expect(check('derby-mst', { ageYears: 14, area: derbyCity, concerns: ['suicide'] }).failures)
      .toEqual(['it excludes young people with suicidal thoughts (exclusion criteria: "YP with active suicidal, psychotic and homicidal thoughts/behaviours")']);
  });

  it('Derby MST rules out psychosis and harmful sexual behaviour, each with its own printed exclusion', () => {
    expect(check('derby-mst', { ageYears: 14, area: derbyCity, concerns: ['psychosis'] }).failures)
      .toEqual(['it excludes young people with psychosis (exclusion criteria: "YP with active suicidal, psychotic and homicidal thoughts/behaviours")']);
    expect(check('derby-mst', { ageYears: 14, area: derbyCity, concerns: ['harmful-sexual-behaviour'] }).failures)
      .toEqual(['it excludes young people with harmful sexual behaviour (exclusion criteria: "YP with sexual harmful behaviour")']);
  });

  it('names every excluded condition the case has, quoting the exclusion that names one', () => {
    expect(check('derby-mst', { ageYears: 14, area: derbyCity, concerns: ['suicide'], diagnoses: { autism: 'diagnosed' } }).failures)
      .toEqual(['it excludes young people with autism (ASD) or suicidal thoughts (exclusion criteria: "YP with active suicidal, psychotic and homicidal thoughts/behaviours")']);
  });

  it('an excluded condition the printed exclusions do not name is given without quoting an unrelated one', () => {
    const mst = service('derby-mst');
    const unnamed = { ...mst, eligibility: { ...mst.eligibility, exclusions: ['YP living independently or in care'] } };
    expect(checkEligibility(kb, unnamed, child({ ageYears: 14, area: derbyCity, concerns: ['suicide'] })).failures)
      .toEqual(['it excludes young people with suicidal thoughts']);
  });

  it('a suspected (not diagnosed) condition that is not a concern of the case does not exclude', () => {
    expect(check('derby-mst', { ageYears: 14, area: derbyCity, diagnoses: { autism: 'suspected' } }).eligible).toBe(true);
  });
});

describe('consent', () => {
  it('refused consent rules out a service that needs it ("Parental written consent is gained")', () => {
    expect(check('small-steps-new-forest', { ageYears: 7, area: rushcliffe, consent: 'refused' }).failures)
      .toEqual(["it needs the family's consent, and you said they refuse"]);
    expect(check('small-steps-new-forest', { ageYears: 7, area: rushcliffe, consent: 'given' }).eligible).toBe(true);
  });

  it('a service with a printed exception says so instead of ruling the family out', () => {
    const result = check('notts-early-help-unit', { area: rushcliffe, consent: 'refused' });
    expect(result.eligible).toBe(true);
    expect(result.fits).toEqual([expect.stringMatching(/^consent is needed except where the referral relates to attendance matters/)]);
  });

  it('an exception counts only where consent is required except in those cases', () => {
    const kooth = service('kooth');
    const withStrayException = { ...kooth, eligibility: { ...kooth.eligibility, consentException: 'except where attendance is the only concern' } };
    const result = checkEligibility(kb, withStrayException, child({ ageYears: 14, area: rushcliffe, consent: 'refused' }));
    expect(result.fits.join(' ')).not.toMatch(/consent/);
  });

  it('a self-referral service without a consent rule is not affected', () => {
    expect(check('kooth', { ageYears: 14, area: rushcliffe, consent: 'refused' }).eligible).toBe(true);
  });
});

describe('describing the child\'s age', () => {
  it.each([
    [{}, 'unknown'],
    [{ ageYears: -1 }, 'an unborn baby'],
    [{ ageYears: 0, ageMonths: 4 }, '4 months old'],
    [{ ageYears: 1, ageMonths: 23 }, '23 months old'],
    [{ ageYears: 2, ageMonths: 24 }, '2'],
    [{ ageYears: 9 }, '9'],
  ])('%o is "%s"', (facts, words) => {
    expect(describeAge(child(facts))).toBe(words);
  });
});

describe('the areas a place answers to', () => {
  it('a district answers to itself, its health area and its authority', () => {
    expect(areaIds(kb, child({ area: worksop }))).toEqual(['bassetlaw', 'bassetlaw-ccg', 'nottinghamshire']);
  });

  it('an authority alone answers to the authority; no area answers to nothing', () => {
    expect(areaIds(kb, child({ area: derbyCity }))).toEqual(['derby']);
    expect(areaIds(kb, child({}))).toEqual([]);
  });

  it('a district also answers to any other health area that lists it, once each', () => {
    // Hucknall (Ashfield) fell in Nottingham North and East CCG as well as Mansfield and Ashfield's.
    const twoAreas = {
      district: (id: string) => (id === 'ashfield' ? { id, healthArea: 'mansfield-and-ashfield' } : undefined),
      healthAreas: [{ id: 'mansfield-and-ashfield', districts: ['ashfield'] }, { id: 'notts-north-east', districts: ['gedling', 'ashfield'] }],
    } as unknown as KnowledgeBase;
    expect(areaIds(twoAreas, child({ area: { authority: 'nottinghamshire', district: 'ashfield', asTyped: 'Hucknall' } })))
      .toEqual(['ashfield', 'mansfield-and-ashfield', 'notts-north-east', 'nottinghamshire']);
  });

  it('a district\'s own health area counts even when no health area lists it, and a district without one has none', () => {
    const partial = {
      district: (id: string) => (id === 'a' ? { id, healthArea: 'area-of-a' } : { id }),
      healthAreas: [],
    } as unknown as KnowledgeBase;
    expect(areaIds(partial, child({ area: { authority: 'x', district: 'a', asTyped: 'a' } }))).toEqual(['a', 'area-of-a', 'x']);
    expect(areaIds(partial, child({ area: { authority: 'x', district: 'b', asTyped: 'b' } }))).toEqual(['b', 'x']);
  });
});

describe('properties against the criteria written from the sources', () => {
  const areas = [
    ...COUNTY_DISTRICTS.map(district => ({ authority: 'nottinghamshire', district, asTyped: district })),
    { authority: 'nottinghamshire', asTyped: 'Nottinghamshire' },
    { authority: 'nottingham-city', asTyped: 'Nottingham' },
    { authority: 'derby', asTyped: 'Derby' },
    { asTyped: 'Birmingham', unknown: true },
  ];
  const status = fc.constantFrom('diagnosed', 'suspected', 'awaiting-assessment', 'none');
  const facts = fc.record({
    ageYears: fc.option(fc.integer({ min: -1, max: 25 }), { nil: undefined }),
    area: fc.option(fc.constantFrom(...areas), { nil: undefined }),
    concerns: fc.subarray(['adhd', 'autism', 'behaviour', 'sleep', 'suicide', 'psychosis', 'harmful-sexual-behaviour', 'anxiety']),
    diagnoses: fc.record({ adhd: status, autism: status }, { requiredKeys: [] }),
    consent: fc.option(fc.constantFrom('given', 'refused'), { nil: undefined }),
  }).map(f => CaseFacts.parse(f));

  it.each(PRINTED_CRITERIA.map(row => [row.service, row] as const))('%s: ruled out exactly when the printed criteria rule the child out', (_id, row) => {
    const s = service(row.service);
    fc.assert(fc.property(facts, f => {
      const result = checkEligibility(kb, s, f);
      const verdict = printedVerdict(row, f);
      expect(result.eligible).toBe(verdict !== 'ruled-out');
      expect(result.eligible).toBe(result.failures.length === 0);
      if (verdict === 'depends') expect(result.unknown.length).toBeGreaterThan(0);
      // A service that needs no diagnosis never asks about one.
      if (!row.diagnosis) expect(result.unknown).not.toContain('diagnosis');
      if (f.ageYears !== undefined && (f.ageYears < row.ages.min || f.ageYears > row.ages.max)) {
        expect(result.failures.join(' ')).toContain(row.ages.asPrinted);
      }
    }), { numRuns: 300 });
  });
});

describe('a town whose GPs fell in another CCG area than its district\'s', () => {
  const place = (name: string) => ({ authority: 'nottinghamshire', district: 'ashfield', place: name, asTyped: name });

  it('answers to its own area first (Hucknall: Nottingham North and East), then its district\'s', () => {
    const ids = areaIds(kb, child({ area: place('Hucknall') }));
    expect(ids.slice(0, 2)).toEqual(['ashfield', 'notts-north-east']);
    expect(ids).toContain('nottinghamshire');
  });

  it('leaves a town with no area of its own to its district\'s (Sutton-in-Ashfield: Mansfield and Ashfield)', () => {
    const ids = areaIds(kb, child({ area: place('Sutton-in-Ashfield') }));
    expect(ids.slice(0, 2)).toEqual(['ashfield', 'mansfield-and-ashfield']);
    expect(ids).not.toContain('notts-north-east');
  });

  it('uses the district\'s area when no town is named', () => {
    const ids = areaIds(kb, child({ area: { authority: 'nottinghamshire', district: 'ashfield', asTyped: 'Ashfield' } }));
    expect(ids.slice(0, 2)).toEqual(['ashfield', 'mansfield-and-ashfield']);
  });
});

describe('a service for young parents: an age given may be the parent\'s', () => {
  // Derby's Family Nurse Partnership (handbook, Appendix 2): "first time teenage parents-to-be", "from 14 weeks
  // of pregnancy until their child is two years old".
  it('takes a 17 year old parent-to-be, saying the age fits as the parent\'s', () => {
    const verdict = check('derby-family-nurse-partnership', { ageYears: 17, area: derbyCity });
    expect(verdict.failures).toEqual([]);
    expect(verdict.fits).toContain('it is for first time teenage parents-to-be');
  });

  it('turns away an age that fits neither the child nor the parent, naming both', () => {
    const verdict = check('derby-family-nurse-partnership', { ageYears: 22, area: derbyCity });
    expect(verdict.failures.join(' ')).toMatch(/\(first time teenage parents-to-be\), and the child is 22/);
  });

  const withParents = (minYears: number | undefined, maxYears: number | undefined) => ({
    ...service('notts-family-nurse-partnership'),
    ages: { minYears: 0, maxYears: 2, asPrinted: 'until the child is two' },
    eligibility: { ...service('notts-family-nurse-partnership').eligibility, parentAges: { minYears, maxYears, asPrinted: 'parents aged 14 to 19' } },
  });
  it.each([
    [13, false], [14, true], [19, true], [20, false],
  ])('with parents aged 14 to 19, an age of %i fits the parent: %s', (age, fits) => {
    const verdict = checkEligibility(kb, withParents(14, 19), child({ ageYears: age, area: rushcliffe }));
    expect(verdict.fits.includes('it is for parents aged 14 to 19')).toBe(fits);
  });

  it('with a lower limit only, any older age fits the parent', () => {
    expect(checkEligibility(kb, withParents(16, undefined), child({ ageYears: 24, area: rushcliffe })).fits).toContain('it is for parents aged 14 to 19');
    expect(checkEligibility(kb, withParents(16, undefined), child({ ageYears: 15, area: rushcliffe })).fits).not.toContain('it is for parents aged 14 to 19');
  });

  it('names no parent\'s age for a service that has none', () => {
    const verdict = check('small-steps-new-forest', { ageYears: 12, area: rushcliffe });
    expect(verdict.failures.join(' ')).not.toContain('(');
  });
});

describe('a county child whose district is not known yet', () => {
  const county = { authority: 'nottinghamshire', asTyped: 'Nottinghamshire' };
  it.each(['small-steps-new-forest', 'small-steps-cygnet', 'small-steps-workshops', 'small-steps-sleep-programme'])('%s is not ruled out: which district (Bassetlaw or not) decides it', id => {
    const result = check(id, { ageYears: 7, area: county, concerns: ['adhd', 'autism'], diagnoses: { adhd: 'diagnosed', autism: 'diagnosed' } });
    expect(result.failures).toEqual([]);
    expect(result.unknown).toContain('area');
    expect(result.fits.join('; ')).toContain('it depends on where in Nottinghamshire County the child lives: the source excludes Bassetlaw');
  });

  it('a child in Nottingham City or Derby is still ruled out of Small Steps, a county service', () => {
    expect(check('small-steps-new-forest', { ageYears: 7, area: { authority: 'nottingham-city', asTyped: 'Nottingham' } }).eligible).toBe(false);
    expect(check('small-steps-new-forest', { ageYears: 7, area: { authority: 'derby', asTyped: 'Derby' } }).eligible).toBe(false);
  });

  it('once the district is known, Bassetlaw is ruled out and Gedling is covered', () => {
    expect(check('small-steps-new-forest', { ageYears: 7, area: worksop }).eligible).toBe(false);
    expect(check('small-steps-new-forest', { ageYears: 7, area: { authority: 'nottinghamshire', district: 'gedling', asTyped: 'gedling' } }).unknown).not.toContain('area');
  });
});

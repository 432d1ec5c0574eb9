// "Why?" and "why not Cygnet?": every line says what the bot went on, the step or service, and the source
// it rests on. The route here is written by hand; the services are the knowledge base's, with their
// criteria as printed in the Small Steps menu of interventions (Offer 6, Cygnet: aged 5-18 with a
// diagnosis of ASD; Offer 5, New Forest: aged 3-11, diagnosis of ADHD or behaviours indicative).
import { describe, expect, it } from 'vitest';
import { CaseFacts } from '../../src/pathway/caseFacts.js';
import { describeFacts, explainRoute, explainWhyNot } from '../../src/pathway/explain.js';
import type { Route } from '../../src/pathway/route.js';
import { kb, service } from '../support/knowledge.js';

const facts = (f: Record<string, unknown>) => CaseFacts.parse(f);
const CYGNET_SOURCE = 'Nottinghamshire Small Steps Service - Menu of Interventions, Offer 6: Cygnet Parenting Programme';

describe('the facts "why?" went on', () => {
  it.each([
    [{ ageYears: 7 }, 'age 7'],
    [{ ageYears: 1, ageMonths: 18 }, 'age 18 months old'],
    [{ ageYears: -1 }, 'age an unborn baby'],
    [{ area: { authority: 'nottinghamshire', district: 'rushcliffe', place: 'West Bridgford', asTyped: 'west bridgford' } }, 'lives in West Bridgford'],
    [{ area: { authority: 'nottinghamshire', district: 'bassetlaw', asTyped: 'bassetlaw district' } }, 'lives in Bassetlaw'],
    [{ area: { authority: 'derby', asTyped: 'derby city' } }, 'lives in Derby City'],
    [{ area: { asTyped: 'Narnia', unknown: true } }, 'lives in Narnia'],
    [{ concerns: ['adhd', 'sleep'] }, 'concerns: ADHD, sleep'],
    [{ concerns: ['made-up'] }, 'concerns: made-up'],
    [{ diagnoses: { autism: 'awaiting-assessment' } }, 'diagnosis: autism (ASD) awaiting assessment'],
    [{ diagnoses: { adhd: 'diagnosed', 'made-up': 'none' } }, 'diagnosis: ADHD diagnosed, made-up none'],
    [{ ageYears: 9, concerns: ['adhd'], consent: 'refused' }, 'age 9; concerns: ADHD; consent refused'],
  ])('%j: "%s"', (input, said) => {
    expect(describeFacts(kb, facts(input))).toBe(said);
  });
});

const cygnet = service('small-steps-cygnet');
const kooth = service('kooth');
const route = {
  kind: 'find-service',
  authority: kb.authority('nottinghamshire'),
  steps: [
    { action: 'Ring the MASH.', why: 'a worry about harm comes first', citation: cygnet.citation },
    { action: 'Talk to the family.', why: 'consent is needed' },
  ],
  startHere: [
    { service: kooth, reasons: ['for ages 11-25', 'no diagnosis needed'], howToRefer: [], contacts: [], score: 5 },
    { service: cygnet, reasons: [], howToRefer: [], contacts: [], score: 4 },
  ],
  alsoConsider: [],
  levels: [
    { level: kb.level('notts-level-2')!, matched: [{ domain: 'health', item: 'missed appointments' }, { domain: 'school', item: 'late' }] },
    { level: kb.level('notts-level-3')!, matched: [] },
  ],
  ruledOut: [{ service: service('small-steps-new-forest'), reason: 'it is for aged 3-11 years' }],
} as unknown as Route;

describe('"why?" about a route', () => {
  it('says what it went on, whose guidance, each step with its why and source, each service, the level and what was ruled out, in that order', () => {
    const lines = explainRoute(kb, route, facts({ ageYears: 12, concerns: ['anxiety'] })).lines;
    expect(lines).toEqual([
      'What I went on: age 12; concerns: anxiety.',
      'Authority: Nottinghamshire County, because of where the child lives; its own guidance applies.',
      `Step 1, Ring the MASH. Why: a worry about harm comes first (Source: ${CYGNET_SOURCE}.)`,
      'Step 2, Talk to the family. Why: consent is needed',
      'Kooth: for ages 11-25; no diagnosis needed. (Source: Pathway to Provision, Services available at Level 2 and Level 3 include: Kooth.com.)',
      `Cygnet Parenting Programme: it matches what you described. (Source: ${CYGNET_SOURCE}.)`,
      expect.stringMatching(/^Level 2: your description matches its printed indicators "missed appointments", "late"\. \(Source: .+\.\)$/),
      'Not New Forest Parenting Programme: it is for aged 3-11 years. (Source: Nottinghamshire Small Steps Service - Menu of Interventions, Offer 5: New Forest Parenting Programme.)',
    ]);
  });

  it('a level matched on no printed indicator is explained by its definition', () => {
    const levelOnly = { ...route, steps: [], startHere: [], ruledOut: [], levels: [route.levels[1]!], authority: undefined } as Route;
    const said = explainRoute(kb, levelOnly, facts({})).lines;
    expect(said[0]).toBe('What I went on: nothing yet.');
    expect(said[1]).toBe(`Level 3: ${kb.level('notts-level-3')!.definition}. (Source: ${said[1]!.split('(Source: ')[1]}`);
    expect(said).toHaveLength(2);
  });
});

describe('"why not" a service', () => {
  it('one the knowledge does not hold is said not to be held', () => {
    expect(explainWhyNot(kb, 'no-such-service', route, facts({}))).toEqual({ lines: ['I do not have that service in the guidance I hold.'] });
  });

  it('one the route ruled out gives the route\'s reason, who it is for and its source', () => {
    expect(explainWhyNot(kb, 'small-steps-new-forest', route, facts({ ageYears: 12 })).lines).toEqual([
      'New Forest Parenting Programme was ruled out because it is for aged 3-11 years.',
      'New Forest Parenting Programme is for aged 3-11 years.',
      'Source: Nottinghamshire Small Steps Service - Menu of Interventions, Offer 5: New Forest Parenting Programme.',
    ]);
  });

  it('one the case does not meet, though the route did not list it, says why from its criteria', () => {
    const said = explainWhyNot(kb, 'small-steps-cygnet', undefined, facts({ ageYears: 7, concerns: ['autism'], diagnoses: { autism: 'none' } })).lines;
    expect(said[0]).toMatch(/^Cygnet Parenting Programme was ruled out because .*diagnosis/);
    expect(said.slice(1)).toEqual(['Cygnet Parenting Programme is for aged 5-18.', `Source: ${CYGNET_SOURCE}.`]);
  });

  it('every criterion the case fails is said, each apart', () => {
    // Aged 3 and no autism diagnosis: Cygnet is for aged 5-18 with a diagnosis of ASD.
    const said = explainWhyNot(kb, 'small-steps-cygnet', undefined, facts({ ageYears: 3, concerns: ['autism'], diagnoses: { autism: 'none' } })).lines;
    expect(said[0]).toMatch(/^Cygnet Parenting Programme was ruled out because .*5-18.*; .*diagnosis|because .*diagnosis.*; .*5-18/);
  });

  it('one that fits says so, what it depends on, and that others came first', () => {
    const others = { ...route, startHere: route.startHere.filter(f => f.service.id === 'kooth') } as Route;
    const said = explainWhyNot(kb, 'small-steps-cygnet', others, facts({ ageYears: 7, concerns: ['autism'] })).lines;
    expect(said[0]).toMatch(/^Cygnet Parenting Programme does fit on what you have told me: .*5-18/);
    expect(said[1]).toMatch(/^It depends on what I don't know yet: (area, diagnosis|diagnosis, area)\.$/);
    expect(said[2]).toBe('Others matched your description more closely, so it was not listed first.');
  });

  it('several things it fits on are said each apart', () => {
    const said = explainWhyNot(kb, 'small-steps-cygnet', undefined, facts({ ageYears: 7, concerns: ['autism'], diagnoses: { autism: 'diagnosed' }, area: { authority: 'nottinghamshire', district: 'rushcliffe', asTyped: 'Rushcliffe' }, consent: 'given' })).lines;
    expect(said[0]).toMatch(/^Cygnet Parenting Programme does fit on what you have told me: [^;]+; [^;]+/);
  });

  it('one that fits and was listed first says only that it fits', () => {
    const first = { ...route, startHere: route.startHere.filter(f => f.service.id === 'small-steps-cygnet') } as Route;
    const said = explainWhyNot(kb, 'small-steps-cygnet', first, facts({ ageYears: 7, concerns: ['autism'], diagnoses: { autism: 'diagnosed' }, area: { authority: 'nottinghamshire', district: 'rushcliffe', asTyped: 'Rushcliffe' }, consent: 'given' })).lines;
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/^Cygnet Parenting Programme does fit on what you have told me: /);
  });

  it('with nothing known about the case, a service with no criteria to check fits with nothing to add', () => {
    const said = explainWhyNot(kb, 'childline', undefined, facts({})).lines;
    expect(said).toEqual(['Childline does fit on what you have told me.']);
  });
});

// Spot-checks of the Small Steps menu of interventions (source 000) and the Step2 under-5s offer
// (source 004) as the bot reads them: ages, diagnosis rules, the areas covered, the referral route.
import { describe, expect, it } from 'vitest';
import { CaseFacts } from '../../src/pathway/caseFacts.js';
import { checkEligibility } from '../../src/pathway/eligibility.js';
import { kb, service } from '../support/knowledge.js';

const facts = (f: Partial<CaseFacts>): CaseFacts => CaseFacts.parse(f);
const inDistrict = (district: string) => ({ authority: 'nottinghamshire', district, asTyped: district, unknown: false });

describe('Small Steps in the knowledge base', () => {
  it('gives New Forest ages 3-11 and accepts behaviours indicative of ADHD without a diagnosis', () => {
    const newForest = service('small-steps-new-forest');
    expect(newForest.ages).toMatchObject({ minYears: 3, maxYears: 11 });
    expect(newForest.eligibility).toMatchObject({ requiresDiagnosisOf: ['adhd'], acceptsIndicativeBehaviour: true });
  });

  it('keeps Cygnet to ages 5-18 with an autism diagnosis, so a suspected autism case is ruled out', () => {
    const cygnet = service('small-steps-cygnet');
    expect(cygnet.ages).toMatchObject({ minYears: 5, maxYears: 18 });
    const suspected = checkEligibility(kb, cygnet, facts({ ageYears: 8, area: inDistrict('mansfield'), diagnoses: { autism: 'suspected' } }));
    expect(suspected.eligible).toBe(false);
    const diagnosed = checkEligibility(kb, cygnet, facts({ ageYears: 8, area: inDistrict('mansfield'), diagnoses: { autism: 'diagnosed' } }));
    expect(diagnosed.eligible).toBe(true);
  });

  it('covers the five CCG areas and excludes Bassetlaw', () => {
    const smallSteps = service('small-steps-service');
    expect(smallSteps.areas.served).toEqual(['mansfield-and-ashfield', 'notts-north-east', 'notts-west', 'rushcliffe-ccg', 'newark-and-sherwood-ccg']);
    const child = { ageYears: 7, diagnoses: { adhd: 'suspected' as const } };
    expect(checkEligibility(kb, smallSteps, facts({ ...child, area: inDistrict('bassetlaw') })).eligible).toBe(false);
    for (const district of ['ashfield', 'broxtowe', 'gedling', 'mansfield', 'newark-and-sherwood', 'rushcliffe']) {
      expect(checkEligibility(kb, smallSteps, facts({ ...child, area: inDistrict(district) })).eligible, district).toBe(true);
    }
  });

  it('needs no referral for the drop-in, but refuses self-referrals to the programmes', () => {
    expect(service('small-steps-drop-in').referral.selfReferral).toBe('no-referral-needed');
    for (const id of ['small-steps-workshops', 'small-steps-new-forest', 'small-steps-cygnet', 'small-steps-sleep-programme']) {
      expect(service(id).referral.selfReferral, id).toBe('not-accepted');
    }
  });

  it('states the referral route: consent, NHS number and GP, tier 1 evidence, the email and the 12-week number', () => {
    const referral = kb.process('small-steps-referral');
    const text = [...(referral?.steps ?? []), ...(referral?.timescales ?? [])].join(' ');
    expect(text).toContain('Parental written consent');
    expect(text).toContain('NHS number and GP practice');
    expect(text).toContain('tier 1 intervention');
    expect(text).toContain('Nottinghamshiresmallsteps@family-action.org.uk');
    expect(text).toContain('after 12 weeks');
    const team = kb.contact('small-steps-team');
    expect(team?.phones.map(p => p.number)).toEqual(['01623 404345']);
    expect(team?.hours.kind).toBe('not-stated');
  });

  it('offers the volunteer befriender only after a diagnosis', () => {
    expect(service('small-steps-volunteer-befriender').eligibility).toMatchObject({ requiresDiagnosisOf: ['adhd', 'autism'], acceptsIndicativeBehaviour: false });
  });
});

describe('Step2 under-5s offer in the knowledge base', () => {
  it('is for under-5s after a universal intervention, and says it names no area or contact', () => {
    const step2 = service('step2-under-5s');
    expect(step2.ages).toMatchObject({ minYears: 0, maxYears: 4 });
    expect(step2.eligibility.requiresPriorIntervention).toContain('universal level intervention');
    expect(step2.contacts).toEqual([]);
    expect(step2.referral.contacts).toEqual([]);
    expect(step2.gaps.join(' ')).toMatch(/does not say which area/);
    expect(step2.gaps.join(' ')).toMatch(/no phone number, email/);
  });
});

// Spot checks of Nottingham City's Family Support Pathway (source 002) as the engine reads it:
// a wrong number, age range or threshold item here would send a practitioner the wrong way.
import { describe, expect, it } from 'vitest';
import { contact, indicatorsOf, kb } from '../support/knowledge.js';

describe('Nottingham City Family Support Pathway in the knowledge base', () => {
  it('gives Children and Families Direct its printed number and email, no invented hours, and the EDT out of hours', () => {
    const front = contact('nottingham-city-children-and-families-direct');
    expect(front.phones.map(p => p.number)).toEqual(['0115 876 4800']);
    expect(front.emails.map(e => e.address)).toEqual(['CandF.direct@nottinghamcity.gcsx.gov.uk']);
    expect(front.hours.kind).toBe('not-stated');
    expect(front.outOfHours).toBe('nottingham-city-edt');
    const edt = contact('nottingham-city-edt');
    expect(edt.phones.map(p => p.number)).toEqual(['0115 876 1000']);
    expect(edt.hours.kind).toBe('out-of-hours');
  });

  it('keeps the key contacts as printed', () => {
    expect(contact('nottingham-city-family-information-service').phones[0]?.number).toBe('0800 458 4114');
    expect(contact('nottingham-city-disabled-childrens-team').phones[0]?.number).toBe('0115 883 8266');
    expect(contact('nottingham-city-dart').phones[0]?.number).toBe('0115 915 0494');
    expect(contact('nottingham-city-camhs-spa').phones[0]?.number).toBe('0115 915 8900');
  });

  it('serves disabled children 0-19 through the Disabled Children\'s Team and under-6s through Early Support', () => {
    expect(kb.service('city-disabled-childrens-team')?.ages).toMatchObject({ minYears: 0, maxYears: 19 });
    expect(kb.service('city-early-support')?.ages).toMatchObject({ minYears: 0, maxYears: 5 });
  });

  it('lets young people and families refer themselves to the CAMHS single point of access', () => {
    const camhs = kb.service('city-camhs-tier-2');
    expect(camhs?.referral.selfReferral).toBe('accepted');
    expect(camhs?.referral.contacts).toContain('nottingham-city-camhs-spa');
    expect(kb.servicesForConcern('self-harm').map(s => s.id)).toEqual(expect.arrayContaining(['city-camhs-tier-2', 'city-sharp']));
  });

  it('states where the document prints no contact rather than inventing one', () => {
    expect(kb.service('city-drugaware-compass')?.gaps.join(' ')).toMatch(/no contact is printed/i);
    expect(kb.service('city-missing-team')?.gaps.join(' ')).toMatch(/no contact is printed/i);
  });

  it('ranks the five levels from universal to protection', () => {
    const ranks = ['city-universal', 'city-additional', 'city-extensive', 'city-children-in-need', 'city-protection']
      .map(id => kb.level(id)?.rank);
    expect(ranks).toEqual([1, 2, 3, 4, 5]);
  });

  it('matches threshold items to the level they are printed under', () => {
    expect(indicatorsOf('city-additional', 'Education and Learning')).toContain('Poor school attendance / exclusion.');
    expect(indicatorsOf('city-additional', 'Identity')).toContain('Low self esteem');
    expect(indicatorsOf('city-extensive', 'Emotional and Behavioural Development')).toContain('Children who go missing');
    expect(indicatorsOf('city-protection', 'Family and Social Relationship')).toContain('Forced marriage of a child under 18 yrs');
    expect(indicatorsOf('city-universal', 'Health')).toContain('Physically well');
  });

  it('lists the indicators requiring an immediate referral on the protection level', () => {
    const immediate = indicatorsOf('city-protection', 'Indicators requiring an immediate referral to Social Care');
    expect(immediate).toHaveLength(11);
    expect(immediate).toContain('Under two years old and has unexplained bruising');
  });

  it('gives the referral timescales as printed', () => {
    const timescales = kb.process('city-social-care-referral')?.timescales.join(' | ') ?? '';
    expect(timescales).toMatch(/in writing within 24 hours/);
    expect(timescales).toMatch(/one working day/);
    expect(timescales).toMatch(/10 working days.*45 working days/);
  });

  it('sends a worker whose family refuses early help to their line manager and a Social Care referral decision', () => {
    const noConsent = kb.process('city-early-help-no-consent');
    expect(noConsent?.summary).toMatch(/line manager/);
    expect(noConsent?.summary).toMatch(/Children's Social Care referral/);
  });
});

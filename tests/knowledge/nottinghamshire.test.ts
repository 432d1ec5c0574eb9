// Spot checks of Nottinghamshire's Pathway to Provision (source 001) as the engine reads it: a wrong
// number, hour, age limit or threshold item here would send a practitioner the wrong way.
import { describe, expect, it } from 'vitest';
import { contact, indicatorsOf, kb } from '../support/knowledge.js';

describe('Nottinghamshire Pathway to Provision in the knowledge base', () => {
  it('gives the MASH its number and core hours, with the EDT out of hours', () => {
    const mash = contact('nottinghamshire-mash');
    expect(mash.phones.map(p => p.number)).toEqual(['0300 500 80 90']);
    expect(mash.hours).toMatchObject({
      kind: 'weekly',
      ranges: [
        { days: ['mon', 'tue', 'wed', 'thu'], open: '08:30', close: '17:00' },
        { days: ['fri'], open: '08:30', close: '16:30' },
      ],
    });
    expect(mash.outOfHours).toBe('nottinghamshire-edt');
    const edt = contact('nottinghamshire-edt');
    expect(edt.phones.map(p => p.number)).toEqual(['0300 456 4546']);
    expect(edt.hours.kind).toBe('out-of-hours');
  });

  it('asks for urgent MASH referrals by phone, confirmed online within 24 hours, with the outcome in 5 working days', () => {
    const referral = kb.process('notts-mash-referral');
    expect(referral?.steps.join(' ')).toMatch(/telephone and confirmed .* online form .* within 24 hours/);
    expect(referral?.timescales.join(' ')).toMatch(/within 5 working days/);
  });

  it('keeps both printed spellings of the Early Help Unit and ICDS emails, and says they disagree', () => {
    const ehu = contact('nottinghamshire-early-help-unit');
    expect(ehu.emails.map(e => e.address)).toEqual(expect.arrayContaining(['early.help@nottsc.gov.uk', 'early.help@notts.gov.uk']));
    expect(ehu.conflicts.join(' ')).toMatch(/early\.help@notts\.gov\.uk.*early\.help@nottsc\.gov\.uk/);
    const icds = contact('nottinghamshire-icds');
    expect(icds.emails.map(e => e.address)).toEqual(expect.arrayContaining(['icds.duty@nottsc.gov.uk', 'icds.duty@nottscc.gov.uk']));
    expect(icds.conflicts).not.toHaveLength(0);
  });

  it('lets early help referrals go without consent only for the printed exceptions', () => {
    const eligibility = kb.service('notts-early-help-unit')?.eligibility;
    expect(eligibility?.consent).toBe('required-except');
    expect(eligibility?.consentException).toMatch(/attendance matters/);
    expect(eligibility?.consentException).toMatch(/anti-social behaviour orders/);
  });

  it('takes crime prevention referrals for 10 to 17 year olds with a decision in five working days', () => {
    const youthJustice = kb.service('notts-youth-justice');
    expect(youthJustice?.ages).toMatchObject({ minYears: 10, maxYears: 17 });
    expect(youthJustice?.eligibility.criteria).toContain('Evidence of preoccupation with fire-setting.');
    expect(youthJustice?.referral.timescales.join(' ')).toMatch(/five working days/);
    expect(contact('nottinghamshire-youth-justice').emails[0]?.address).toBe('youthjustice.dutyworker@nottsc.gov.uk');
  });

  it('keeps CAMHS to a Nottinghamshire GP, with the SPA, the crisis team and the 24/7 line as printed', () => {
    const camhs = kb.service('notts-camhs');
    expect(camhs?.eligibility.gpRegistration).toMatch(/Nottinghamshire/);
    expect(camhs?.referral.selfReferral).toBe('accepted');
    expect(contact('nottinghamshire-camhs').emails[0]?.address).toBe('not-tr.CAMHSreferrals@nhs.net');
    expect(contact('nottinghamshire-camhs').phones[0]?.number).toBe('0115 854 2299');
    expect(contact('nottinghamshire-camhs-crisis').phones.map(p => p.number)).toEqual(['0115 8440560', '0808 1963779']);
  });

  it('offers Kooth to 11-25 year olds without a referral, and Healthy Family Teams from pre-birth to 19 on option 4', () => {
    expect(kb.service('kooth')?.ages).toMatchObject({ minYears: 11, maxYears: 25 });
    expect(kb.service('kooth')?.referral.selfReferral).toBe('no-referral-needed');
    expect(kb.service('notts-healthy-family-teams')?.ages).toMatchObject({ minYears: -1, maxYears: 19 });
    expect(contact('nottinghamshire-healthy-family-teams').phones[0]).toMatchObject({ number: '0300 123 3387', label: expect.stringMatching(/option 4/) });
  });

  it('gives each district its own Children\'s Centre email and housing contact', () => {
    const centres = kb.service('notts-childrens-centre-service')?.contacts.filter(id => id.startsWith('nottinghamshire-childrens-centres-')) ?? [];
    expect(centres).toHaveLength(7);
    expect(contact('nottinghamshire-childrens-centres-newark-and-sherwood').emails.map(e => e.address)).toEqual(['CC.NewarkandSherwood@nottscc.gov.uk']);
    expect(contact('mansfield-housing').phones[0]?.number).toBe('01623 463121');
    expect(contact('rushcliffe-housing').emails.map(e => e.address)).toEqual(['customerservices@rushcliffe.gov.uk', 'strategichousing@rushcliffe.gov.uk']);
  });

  it('ranks levels 1-4 with 4a, 4b and 4c under level 4, and files indicators under the level they are printed at', () => {
    expect(['notts-level-1', 'notts-level-2', 'notts-level-3', 'notts-level-4'].map(id => kb.level(id)?.rank)).toEqual([1, 2, 3, 4]);
    for (const sub of ['notts-level-4a', 'notts-level-4b', 'notts-level-4c']) expect(kb.level(sub)).toMatchObject({ rank: 4, parent: 'notts-level-4' });
    expect(indicatorsOf('notts-level-2', 'Family & Social Relationships')).toContain('Undertaking occasional caring responsibilities');
    expect(indicatorsOf('notts-level-3', 'Emotional & Behavioural Development')).toContain('Carrying a weapon');
    expect(indicatorsOf('notts-level-4', 'Health')).toContain('Injury and bruising in babies and children who are not independently mobile');
    expect(indicatorsOf('notts-level-4a', 'Threshold Criteria (issues not resolved by interventions at Levels 1-3 and)')).toContain('16/17 year olds who are homeless');
  });

  it('says where the document prints no contact rather than inventing one', () => {
    expect(kb.service('notts-fostering-support')?.contacts).toEqual([]);
    expect(kb.service('notts-fostering-support')?.gaps.join(' ')).toMatch(/no description, criteria or contact is printed/);
    expect(kb.process('notts-escalation')?.steps.join(' ')).toMatch(/does not print them/);
  });
});

// Spot-checks of the Derby Early Help Handbook (source 003) as the bot reads it: the numbers,
// hours, ages, criteria and timescales a practitioner in Derby would be given.
import { describe, expect, it } from 'vitest';
import { contact, kb, service } from '../support/knowledge.js';
const numbers = (id: string) => contact(id).phones.map(p => p.number);

describe('Derby early help handbook in the knowledge base', () => {
  it('sends urgent concerns to First Contact on working days 9am-5pm and to Careline at all other times', () => {
    const firstContact = contact('derby-first-contact');
    expect(numbers('derby-first-contact')).toContain('01332 641172');
    expect(firstContact.hours).toMatchObject({ kind: 'weekly', ranges: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '17:00' }] });
    expect(firstContact.outOfHours).toBe('derby-careline');
    expect(contact('derby-careline').hours.kind).toBe('out-of-hours');
    expect(numbers('derby-careline')).toContain('01332 786968');
  });

  it('keeps the VCM locality numbers as printed, without an area code, beside their secure emails', () => {
    const locality2 = contact('derby-vcm-locality-2');
    expect(locality2.phones).toEqual([{ number: '641011', note: 'printed without an area code' }]);
    expect(locality2.emails.map(e => e.address)).toEqual(['vcm2@derby.gov.uk']);
    expect(numbers('derby-vcm-locality-1-and-5')).toEqual(['641324']);
    expect(numbers('derby-vcm-locality-3-and-4')).toEqual(['641148']);
  });

  it('states the VCM timescales: MAT allocation in 10 working days, TAF in 6 weeks, CSE screening over 10', () => {
    const decisions = kb.process('derby-vcm-decisions');
    const text = [...(decisions?.steps ?? []), ...(decisions?.timescales ?? [])].join(' ');
    expect(text).toContain('within 10 working days of the VCM');
    expect(text).toContain('within 6 weeks of allocation');
    expect(text).toContain('over the age of 10');
  });

  it('holds the MST criteria: ages 12-17, two or more behaviours, and autism among the exclusions', () => {
    const mst = service('derby-mst');
    expect(mst.ages).toMatchObject({ minYears: 12, maxYears: 17 });
    expect(mst.eligibility.excludesConditions).toContain('autism');
    expect(mst.eligibility.exclusions).toContain('YP living independently or in care');
    expect(mst.eligibility.criteria.join(' ')).toContain('Two or more of following behaviours');
    expect(contact('derby-mst').emails.map(e => e.address)).toEqual(['neil.french@actionforchildren.org.uk']);
  });

  it('gives early intervention in psychosis its printed ages 14-35 and number', () => {
    expect(service('derby-early-intervention-psychosis').ages).toMatchObject({ minYears: 14, maxYears: 35, asPrinted: 'aged 14-35' });
    expect(numbers('derby-early-intervention-psychosis')).toEqual(['01332 547169']);
  });

  it('lists the Priority Families indicators word for word, with the team email', () => {
    const criteria = service('derby-priority-families').eligibility.criteria;
    expect(criteria.some(c => c.endsWith('1. An adult in receipt of out of work benefits'))).toBe(true);
    expect(criteria.some(c => c.includes('persistently absent from school for an average across the last 3 consecutive terms'))).toBe(true);
    expect(criteria.some(c => c.includes('2/6 criteria'))).toBe(true);
    expect(contact('derby-priority-families').emails.map(e => e.address)).toEqual(['priority.families@derby.gov.uk']);
  });

  it('says the handbook prints no contact for the Youth Offending Service and points to the VCM', () => {
    const yos = service('derby-youth-offending-service');
    expect(yos.contacts).toEqual([]);
    expect(yos.gaps.join(' ')).toMatch(/no phone number, email or referral route is printed/i);
    expect(yos.referral.contacts).toContain('derby-vcm-locality-2');
  });

  it('ranks the four Derby levels of need from low to child protection, each with printed indicators', () => {
    const levels = kb.levelsForAuthority('derby');
    expect([...levels].sort((a, b) => a.rank - b.rank).map(l => `${l.rank}:${l.id}`))
      .toEqual(['1:derby-low', '2:derby-emerging', '3:derby-complex', '4:derby-child-protection']);
    const protection = kb.level('derby-child-protection');
    expect(protection?.indicators.flatMap(g => g.items).join(' ')).toContain('likely to suffer, significant harm');
    expect(protection?.contacts).toEqual(['derby-first-contact', 'derby-careline']);
  });
});

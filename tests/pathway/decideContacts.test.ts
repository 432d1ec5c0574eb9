// "Who do I call?" and "how do I...?" (src/pathway/decide.ts): a number as the sources print it, the one to
// use now, the likeliest few offered when the words match weakly, and the process the guidance sets out.
// Printed: the MASH 0300 500 80 90 and the EDT 0300 456 4546 outside its hours; Nottingham City's Children
// and Families Direct 0115 876 4800, out of hours its Emergency Duty Team 0115 876 1000; Rushcliffe Borough
// Council's housing advice 0115 981 9911; the Early Help Unit 0115 804 1248.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CaseFacts } from '../../src/pathway/caseFacts.js';
import { decide } from '../../src/pathway/decide.js';
import { Question } from '../../src/pathway/question.js';
import type { Route } from '../../src/pathway/route.js';
import { kb } from '../support/knowledge.js';

/** A Wednesday, 10:00 in London. */
const inHours = new Date('2026-12-02T10:00:00Z');
const westBridgford = { authority: 'nottinghamshire', district: 'rushcliffe', place: 'West Bridgford', asTyped: 'West Bridgford' };
const bulwell = { authority: 'nottingham-city', place: 'Bulwell', asTyped: 'Bulwell' };
const route = (facts: z.input<typeof CaseFacts>, question: z.input<typeof Question>): Route =>
  decide(CaseFacts.parse(facts), kb, inHours, Question.parse(question));
const contacts = (...scored: [string, number][]) => ({ contacts: scored.map(([id, score]) => ({ id, score })) });
const stepContacts = (r: Route) => r.steps.map(s => s.contacts.map(c => c.contact.id));
const numbers = (r: Route) => r.steps.flatMap(s => s.contacts.flatMap(c => c.contact.phones.map(p => p.number)));

describe('a contact asked for', () => {
  it('matched strongly: its name, what it is for, its number, its notes', () => {
    const r = route({ area: westBridgford }, { kind: 'contact-lookup', topics: contacts(['nottinghamshire-mash', 9]) });
    expect(r.kind).toBe('contacts');
    expect(r.headline).toBe('Multi-Agency Safeguarding Hub (MASH)');
    const mash = kb.contact('nottinghamshire-mash')!;
    expect(r.steps).toEqual([{ action: 'Multi-Agency Safeguarding Hub (MASH)', why: mash.summary, citation: mash.citation, contacts: [expect.objectContaining({ statusText: 'open now until 5.00pm today' })], details: [...mash.notes, ...mash.conflicts] }]);
    expect(numbers(r)).toEqual(['0300 500 80 90']);
    expect(r.missing).toEqual([]);
  });

  it('asked about out of hours: the MASH and, beside it, the EDT', () => {
    const r = route({ area: westBridgford }, { kind: 'contact-lookup', outOfHours: true, topics: contacts(['nottinghamshire-mash', 9]) });
    expect(stepContacts(r)).toEqual([['nottinghamshire-mash', 'nottinghamshire-edt']]);
    expect(numbers(r)).toEqual(['0300 500 80 90', '0300 456 4546']);
  });

  it('the EDT asked about in office hours: the EDT and the day team that names it, the MASH', () => {
    const r = route({ area: westBridgford }, { kind: 'contact-lookup', inHours: true, topics: contacts(['nottinghamshire-edt', 9]) });
    expect(stepContacts(r)).toEqual([['nottinghamshire-edt', 'nottinghamshire-mash']]);
    expect(route({ area: westBridgford }, { kind: 'contact-lookup', topics: contacts(['nottinghamshire-edt', 9]) }).steps[0]?.contacts.map(c => c.contact.id)).toEqual(['nottinghamshire-edt']);
  });

  it('a day team asked about in office hours is given alone, with its out-of-hours team beside it', () => {
    const r = route({ area: westBridgford }, { kind: 'contact-lookup', inHours: true, topics: contacts(['nottinghamshire-mash', 9]) });
    expect(stepContacts(r)).toEqual([['nottinghamshire-mash', 'nottinghamshire-edt']]);
  });

  it('up to three that match about as well as the best (within 70%), best first', () => {
    const r = route({ area: westBridgford }, { kind: 'contact-lookup', topics: contacts(['nottinghamshire-mash', 10], ['nottinghamshire-icds', 8], ['nottinghamshire-edt', 7.5], ['nottinghamshire-early-help-unit', 7.2]) });
    expect(r.headline).toBe("Multi-Agency Safeguarding Hub (MASH); Integrated Children's Disability Service (ICDS) duty; Emergency Duty Team (EDT)");
    expect(stepContacts(r).map(c => c[0])).toEqual(['nottinghamshire-mash', 'nottinghamshire-icds', 'nottinghamshire-edt']);
    const clear = route({ area: westBridgford }, { kind: 'contact-lookup', topics: contacts(['nottinghamshire-mash', 10], ['nottinghamshire-edt', 7], ['nottinghamshire-icds', 6.9]) });
    expect(stepContacts(clear).map(c => c[0])).toEqual(['nottinghamshire-mash', 'nottinghamshire-edt']);
  });

  it('matched weakly and not named: offers the likeliest to choose from, and asks the area when it is not known', () => {
    const r = route({ area: westBridgford }, { kind: 'contact-lookup', topics: contacts(['nottinghamshire-mash', 4.9], ['nottinghamshire-edt', 2]) });
    expect(r.candidates).toEqual(['Multi-Agency Safeguarding Hub (MASH)', 'Emergency Duty Team (EDT)']);
    expect(r.headline).toBe('Which of these do you mean: Multi-Agency Safeguarding Hub (MASH); Emergency Duty Team (EDT)?');
    expect(r.steps).toEqual([]);
    expect(r.missing).toEqual([]);
    expect(route({}, { kind: 'contact-lookup', topics: contacts(['nottinghamshire-mash', 3]) }).missing).toEqual(['area']);
    // At the confidence line, the contact itself.
    expect(route({ area: westBridgford }, { kind: 'contact-lookup', topics: contacts(['nottinghamshire-mash', 5]) }).candidates).toEqual([]);
  });

  it('never more than three offered', () => {
    const r = route({ area: westBridgford }, { kind: 'contact-lookup', topics: contacts(['nottinghamshire-mash', 4], ['nottinghamshire-edt', 3], ['nottinghamshire-icds', 2.5], ['nottinghamshire-early-help-unit', 2]) });
    expect(r.candidates).toHaveLength(3);
  });

  it('Childline is for everyone: no area asked', () => {
    const r = route({}, { kind: 'contact-lookup', topics: contacts(['childline', 9]) });
    expect(r.headline).toBe('Childline');
    expect(r.missing).toEqual([]);
  });

  it('a neighbour\'s number asked for by name: given as printed, with no summary made up', () => {
    const r = route({}, { kind: 'contact-lookup', topics: contacts(['lincolnshire-safeguarding', 9]) });
    expect(r.steps[0]).toMatchObject({ action: 'Lincolnshire County Council safeguarding', why: '' });
    expect(numbers(r)).toEqual(['01522 782111']);
  });

  it('named, even with few words in common: that contact', () => {
    const r = route({ area: westBridgford, namedContacts: ['nottinghamshire-edt'] }, { kind: 'contact-lookup' });
    expect(r.candidates).toEqual([]);
    expect(r.headline).toBe('Emergency Duty Team (EDT)');
  });

  it('nothing matched, area known: the front door, which is what "who do I call" most often means', () => {
    const r = route({ area: bulwell }, { kind: 'contact-lookup' });
    expect(r.headline).toBe('Children and Families Direct');
    expect(r.steps[0]?.contacts[0]?.alternative?.contact.id).toBe('nottingham-city-edt');
    expect(r.missing).toEqual([]);
  });

  it('nothing matched and no area: says so and asks where', () => {
    const r = route({}, { kind: 'contact-lookup' });
    expect(r.headline).toBe('I could not find that contact in the guidance.');
    expect(r.missing).toEqual(['area']);
    expect(r.steps).toEqual([]);
  });

  it('worried about a child, no area: 999 and every front door, and asks where the child lives', () => {
    const r = route({}, { kind: 'contact-lookup', topics: { worried: true } });
    expect(r.headline).toBe('For a concern about a child: the children\'s social care front door where the child lives.');
    expect(r.steps[0]?.action).toBe('If a child is in immediate danger, call the police on 999.');
    expect(numbers(r)).toEqual(expect.arrayContaining(['0300 500 80 90', '0115 876 4800', '01332 641172']));
    expect(r.missing).toEqual(['area']);
    // With an area, the worry is that area's contact question.
    expect(route({ area: bulwell }, { kind: 'contact-lookup', topics: { worried: true } }).headline).toBe('Children and Families Direct');
  });

  it('a process named strongly beside a contact question is given after the contact', () => {
    const r = route({ area: westBridgford }, { kind: 'contact-lookup', topics: { ...contacts(['nottinghamshire-mash', 9]), processes: [{ id: 'notts-mash-referral', score: 6, named: true }] } });
    expect(r.processes.map(p => p.id)).toEqual(['notts-mash-referral']);
    const weak = route({ area: westBridgford }, { kind: 'contact-lookup', topics: { ...contacts(['nottinghamshire-mash', 9]), processes: [{ id: 'notts-mash-referral', score: 5.9, named: true }] } });
    expect(weak.processes).toEqual([]);
  });
});

describe('the number for a named service', () => {
  it('housing advice in West Bridgford: Rushcliffe Borough Council\'s, not all seven districts\'', () => {
    const r = route({ area: westBridgford, namedServices: ['notts-district-housing'] }, { kind: 'contact-lookup' });
    expect(r.headline).toBe('District and borough council homeless and housing advice');
    expect(r.steps[0]?.action).toBe('District and borough council homeless and housing advice: Contact Rushcliffe Borough Council (homeless and housing advice).');
    expect(numbers(r)).toEqual(['0115 981 9911']);
    const service = kb.service('notts-district-housing')!;
    expect(r.steps[0]).toMatchObject({ why: service.summary, citation: service.citation, details: service.referral.how });
  });

  it('housing advice in the county with no district: each district\'s, joined with "or"', () => {
    const r = route({ area: { authority: 'nottinghamshire', asTyped: 'Nottinghamshire' }, namedServices: ['notts-district-housing'] }, { kind: 'contact-lookup' });
    expect(r.steps[0]?.contacts).toHaveLength(7);
    expect(r.steps[0]?.action).toMatch(/^District and borough council homeless and housing advice: Contact Ashfield District Council \(homeless and housing advice\) or Bassetlaw District Council/);
  });

  it('a service printed with no contact: what the source leaves out, and that no contact is printed', () => {
    const gp = kb.service('notts-primary-health-care')!;
    const r = route({ area: westBridgford, namedServices: ['notts-primary-health-care'] }, { kind: 'contact-lookup' });
    expect(r.steps[0]?.action).toBe(['GP surgeries and health centres:', ...gp.gaps, 'The guidance does not give a direct contact.'].join(' '));
  });

  it('housing advice with no area known: each district\'s', () => {
    const r = route({ namedServices: ['notts-district-housing'] }, { kind: 'contact-lookup' });
    expect(r.steps[0]?.contacts).toHaveLength(7);
  });

  it('two services of different authorities named, no area: each service\'s own contacts', () => {
    const r = route({ namedServices: ['notts-district-housing', 'city-dart'] }, { kind: 'contact-lookup' });
    expect(r.steps).toHaveLength(2);
    expect(numbers(r)).toContain('0115 915 0494');
  });

  it('contacts of different authorities named, no area: each', () => {
    const r = route({ namedContacts: ['nottinghamshire-early-help-unit', 'nottingham-city-dart'] }, { kind: 'contact-lookup' });
    expect(numbers(r)).toEqual(expect.arrayContaining(['0115 804 1248', '0115 915 0494']));
  });

  it('two services at most, each its own step', () => {
    const r = route({ area: westBridgford, namedServices: ['notts-district-housing', 'notts-primary-health-care', 'notts-camhs'] }, { kind: 'contact-lookup' });
    expect(r.steps).toHaveLength(2);
    expect(r.headline).toBe('District and borough council homeless and housing advice; GP surgeries and health centres');
  });

  it('a named service of another authority is not the child\'s: the child\'s area answers', () => {
    const r = route({ area: bulwell, namedServices: ['notts-camhs'] }, { kind: 'contact-lookup' });
    expect(r.headline).toBe('Children and Families Direct');
  });

  it('a contact named here as well as a service: the contact answers', () => {
    const r = route({ area: westBridgford, namedServices: ['notts-district-housing'], namedContacts: ['nottinghamshire-early-help-unit'] }, { kind: 'contact-lookup' });
    expect(r.headline).toBe('Early Help Unit');
    expect(numbers(r)).toEqual(['0115 804 1248']);
  });

  it('a contact named of another authority does not stop the service\'s own number', () => {
    const r = route({ area: westBridgford, namedServices: ['notts-district-housing'], namedContacts: ['derby-first-contact'] }, { kind: 'contact-lookup' });
    expect(numbers(r)).toEqual(['0115 981 9911']);
  });
});

describe('a process asked about', () => {
  const processes = (...scored: [string, number, boolean?][]) => ({ processes: scored.map(([id, score, named]) => ({ id, score, ...(named ? { named } : {}) })) });

  it('clear of the rest: that process in full, the services it is about with their criteria, and no question back', () => {
    const r = route({ ageYears: 9, area: westBridgford }, { kind: 'process', topics: processes(['notts-ehaf', 9, true]) });
    const ehaf = kb.process('notts-ehaf')!;
    expect(r.kind).toBe('process');
    expect(r.headline).toBe('Early Help Assessment Form (EHAF) and the Early Help Pathway');
    expect(r.processes).toEqual([ehaf]);
    expect(r.steps).toEqual([{ action: `${ehaf.title}: ${ehaf.summary}`, why: 'This is the process the guidance sets out.', citation: ehaf.citation, contacts: [expect.objectContaining({ contact: kb.contact('nottinghamshire-early-help-unit') })], details: [...ehaf.steps, ...ehaf.timescales] }]);
    // The first three of the services it names, each as the sources print how to refer, or ruled out for a nine year old
    // (the Children's Centre Service is for under fives).
    expect(r.startHere.map(f => f.service.id)).toEqual(['notts-early-help-unit', 'notts-healthy-family-teams']);
    expect(r.ruledOut.map(o => o.service.id)).toEqual(['notts-childrens-centre-service']);
    // Criteria are spelled out only for a service asked about by name.
    expect(r.startHere[0]?.howToRefer.some(line => line.startsWith('Criteria: '))).toBe(false);
    expect(r.startHere[0]?.howToRefer.at(-1)).toBe('Consent is needed, except where the referral relates to attendance matters or assistance in applications for parenting contracts, parenting orders, acceptable behaviour contracts and anti-social behaviour orders');
    expect(r.missing).toEqual([]);
  });

  it('Small Steps\' referral process for a child in Bassetlaw: the services it is about are ruled out, with why', () => {
    const r = route({ ageYears: 7, area: { authority: 'nottinghamshire', district: 'bassetlaw', place: 'Worksop', asTyped: 'Worksop' } }, { kind: 'process', topics: processes(['small-steps-referral', 9, true]) });
    expect(r.startHere).toEqual([]);
    expect(r.ruledOut.map(o => o.service.id)).toEqual(['small-steps-service', 'small-steps-workshops', 'small-steps-specialist-practitioner']);
    for (const out of r.ruledOut) expect(out.reason).toMatch(/^it does not cover Bassetlaw/);
  });

  it('two strong matches, the second within 75% of the first: both; a third is left out', () => {
    const r = route({ area: westBridgford }, { kind: 'process', topics: processes(['notts-ehaf', 9], ['notts-consent', 7], ['notts-step-down', 6.9]) });
    expect(r.processes.map(p => p.id)).toEqual(['notts-ehaf', 'notts-consent']);
    expect(r.headline).toBe('Early Help Assessment Form (EHAF) and the Early Help Pathway; Consent for early help and safeguarding referrals (Nottinghamshire)');
    const apart = route({ area: westBridgford }, { kind: 'process', topics: processes(['notts-ehaf', 10], ['notts-consent', 7.4]) });
    expect(apart.processes.map(p => p.id)).toEqual(['notts-ehaf']);
    // Exactly 75%: still both.
    expect(route({ area: westBridgford }, { kind: 'process', topics: processes(['notts-ehaf', 8], ['notts-consent', 6]) }).processes).toHaveLength(2);
    // Best first, whatever order the matches came in.
    expect(route({ area: westBridgford }, { kind: 'process', topics: processes(['notts-consent', 7], ['notts-ehaf', 9]) }).processes.map(p => p.id)).toEqual(['notts-ehaf', 'notts-consent']);
  });

  it('weak (under 6) or tied (the runner-up within 85%): offers the likeliest to choose from', () => {
    const weak = route({ area: westBridgford }, { kind: 'process', topics: processes(['notts-ehaf', 5.9], ['notts-consent', 3]) });
    expect(weak.candidates).toEqual(['Early Help Assessment Form (EHAF) and the Early Help Pathway', 'Consent for early help and safeguarding referrals (Nottinghamshire)']);
    expect(weak.headline).toBe('Which of these do you mean: Early Help Assessment Form (EHAF) and the Early Help Pathway; Consent for early help and safeguarding referrals (Nottinghamshire)?');
    const tied = route({ area: westBridgford }, { kind: 'process', topics: processes(['notts-ehaf', 10], ['notts-consent', 8.5]) });
    expect(tied.candidates).toHaveLength(2);
    const many = route({ area: westBridgford }, { kind: 'process', topics: processes(['notts-ehaf', 5], ['notts-consent', 4], ['notts-step-down', 3.5], ['notts-escalation', 3]) });
    expect(many.candidates).toHaveLength(3);
    expect(route({ area: westBridgford }, { kind: 'process', topics: processes(['notts-ehaf', 6]) }).candidates).toEqual([]);
  });

  it('named in the question: that one wins, however few words are shared', () => {
    const r = route({ area: westBridgford }, { kind: 'process', topics: processes(['notts-consent', 9], ['notts-ehaf', 3, true]) });
    expect(r.processes.map(p => p.id)).toEqual(['notts-ehaf']);
    expect(r.candidates).toEqual([]);
  });

  it('a stray word (a score of 2 or less) is no match; another authority\'s process is not the child\'s', () => {
    expect(route({ area: westBridgford }, { kind: 'process', topics: processes(['notts-ehaf', 2, true]) }).headline).toBe('I could not find that process in the guidance.');
    expect(route({ area: westBridgford }, { kind: 'process', topics: processes(['derby-vcm-referral', 9, true]) }).processes).toEqual([]);
  });

  it('a front door named says whose process it is: no area asked', () => {
    const r = route({ namedContacts: ['nottinghamshire-mash'] }, { kind: 'process', topics: processes(['notts-mash-referral', 9, true]) });
    expect(r.processes.map(p => p.id)).toEqual(['notts-mash-referral']);
    expect(r.missing).toEqual([]);
  });

  it('a service the process is about that the child is ruled out of on two counts: both reasons', () => {
    const r = route({ ageYears: 24, area: { authority: 'nottinghamshire', district: 'bassetlaw', place: 'Worksop', asTyped: 'Worksop' } }, { kind: 'process', topics: processes(['small-steps-referral', 9, true]) });
    expect(r.ruledOut[0]?.reason).toMatch(/; /);
  });

  it('nothing matched and no area: says so and asks where', () => {
    const r = route({}, { kind: 'process' });
    expect(r.headline).toBe('I could not find that process in the guidance.');
    expect(r.missing).toEqual(['area']);
    expect(route({ area: westBridgford }, { kind: 'process' }).missing).toEqual([]);
  });
});

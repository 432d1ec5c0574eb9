// Finding a service, and whether a child can go on one (src/pathway/decide.ts): where to start, what is
// ruled out and why, how each is referred as the sources print it, and which facts are worth a question.
// Printed: Small Steps, "No self-referrals accepted", the Getting to Know Me form, consent; the Early Help
// Unit, a direct contact point for professionals and families, its online referral form, and consent
// "except where the referral relates to attendance matters or assistance in applications for parenting
// contracts, parenting orders, acceptable behaviour contracts and anti-social behaviour orders"; Small
// Steps' drop-in needs no referral; Small Steps takes no child in Bassetlaw; Childline 0800 1111.
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
const worksop = { authority: 'nottinghamshire', district: 'bassetlaw', place: 'Worksop', asTyped: 'Worksop' };
const route = (facts: z.input<typeof CaseFacts>, question: z.input<typeof Question>): Route =>
  decide(CaseFacts.parse(facts), kb, inHours, Question.parse(question));
const ids = (fits: readonly { service: { id: string } }[]) => fits.map(f => f.service.id);
const howToRefer = (r: Route, id: string) => [...r.startHere, ...r.alsoConsider].find(f => f.service.id === id)?.howToRefer;

const EARLY_HELP_CONSENT = 'Consent is needed, except where the referral relates to attendance matters or assistance in applications for parenting contracts, parenting orders, acceptable behaviour contracts and anti-social behaviour orders';

describe('how each service is referred, as printed', () => {
  it('the Early Help Unit: self-referral, who refers, its form, its criteria when asked about by name, and consent with its exception', () => {
    const r = route({ ageYears: 9, area: westBridgford, namedServices: ['notts-early-help-unit'] }, { kind: 'eligibility' });
    const how = howToRefer(r, 'notts-early-help-unit')!;
    expect(how[0]).toBe('Self-referral is accepted.');
    expect(how[1]).toMatch(/^Who can refer: Professionals and families/);
    expect(how[2]).toBe('Form: Early Help Online Referral Form.');
    expect(how.filter(line => line.startsWith('Criteria: '))).toHaveLength(1);
    expect(how.at(-1)).toBe(EARLY_HELP_CONSENT);
    expect(how.filter(line => /consent/i.test(line))).toHaveLength(1);
  });

  it('Small Steps\' parenting programmes: a professional refers on the Getting to Know Me form, with the family\'s consent; criteria only when named', () => {
    const r = route({ ageYears: 7, area: westBridgford, concerns: ['adhd'] }, { kind: 'find-service' });
    const how = howToRefer(r, 'small-steps-new-forest')!;
    expect(how[0]).toBe('No self-referrals accepted: a professional refers.');
    expect(how[1]).toBe('Form: Getting to Know Me form.');
    expect(how.at(-1)).toBe('The family\'s consent is needed.');
    expect(how.some(line => line.startsWith('Criteria: '))).toBe(false);
    const named = route({ ageYears: 7, area: westBridgford, concerns: ['adhd'], namedServices: ['small-steps-new-forest'] }, { kind: 'eligibility' });
    expect(howToRefer(named, 'small-steps-new-forest')).toContain('Criteria: Families whose child/ren are aged 3-11 years and; Diagnosis of ADHD/behaviours indicative.');
  });

  it('what must come before a referral, and who alone can refer (the befriender, after a Small Steps intervention)', () => {
    const r = route({ ageYears: 7, area: westBridgford, concerns: ['adhd'] }, { kind: 'find-service' });
    const how = howToRefer(r, 'small-steps-volunteer-befriender')!;
    expect(how).toContain('Who can refer: Small Steps only (internal referral)');
    expect(how.at(-1)).toMatch(/^Before referring: Completion of a Small Steps intervention/);
    expect(how.some(line => /consent/i.test(line))).toBe(false);
  });

  it('the drop-in needs no referral: families can go directly', () => {
    const r = route({ ageYears: 7, area: westBridgford, concerns: ['adhd'] }, { kind: 'find-service' });
    expect(howToRefer(r, 'small-steps-drop-in')).toEqual(['No referral is needed: families can go directly.', 'No referral needed to access drop in sessions.']);
  });

  it('the Small Steps Service: its timescales and the gaps in its source follow how to refer', () => {
    const r = route({ ageYears: 7, area: westBridgford, namedServices: ['small-steps-service'] }, { kind: 'service-info' });
    const service = kb.service('small-steps-service')!;
    const how = howToRefer(r, 'small-steps-service')!;
    expect(how.slice(-(service.referral.timescales.length + service.gaps.length))).toEqual([...service.referral.timescales, ...service.gaps]);
    expect(service.referral.timescales.length).toBeGreaterThan(0);
  });

  it('each fit carries its contacts now, with their printed numbers (Small Steps Team 01623 404345)', () => {
    const r = route({ ageYears: 7, area: westBridgford, concerns: ['adhd'] }, { kind: 'find-service' });
    expect(r.startHere[0]?.contacts.map(c => c.contact.phones[0]?.number)).toEqual(['01623 404345']);
  });
});

describe('where to start', () => {
  it('leads with up to three services for the need, the next ones to also consider', () => {
    const r = route({ ageYears: 7, area: westBridgford, concerns: ['adhd'] }, { kind: 'find-service' });
    expect(r.kind).toBe('services');
    expect(ids(r.startHere)).toEqual(['small-steps-new-forest', 'small-steps-sleep-programme', 'small-steps-volunteer-befriender']);
    expect(ids(r.alsoConsider)).toEqual(['notts-concerning-behaviours-pathway', 'small-steps-drop-in', 'small-steps-specialist-practitioner']);
    expect(r.headline).toBe('Start here: New Forest Parenting Programme; Small Steps Sleep Programme; Small Steps Volunteer Befriender.');
    expect(r.startHere[0]?.reasons).toEqual(['it is for ADHD', "the child's age fits (aged 3-11 years)", 'it covers West Bridgford', 'no formal diagnosis of ADHD is needed']);
  });

  it('asked to refer themselves: the drop-in, which needs no referral, comes first', () => {
    const r = route({ ageYears: 7, area: westBridgford, concerns: ['adhd'] }, { kind: 'find-service', selfReferral: true });
    expect(ids(r.startHere)[0]).toBe('small-steps-drop-in');
    expect(r.startHere[0]!.score).toBeGreaterThan(r.startHere[1]!.score);
  });

  it('asked to refer themselves with a behaviour concern: the Graduated Family and Parenting Offer, which parents can ask for themselves, leads', () => {
    const r = route({ ageYears: 7, area: westBridgford, concerns: ['behaviour'] }, { kind: 'find-service', selfReferral: true });
    expect(ids(r.startHere)[0]).toBe('notts-graduated-family-parenting-offer');
    expect(howToRefer(r, 'notts-graduated-family-parenting-offer')?.[0]).toBe('Self-referral is accepted.');
  });

  it('a service for many of the case\'s needs names three of them as why it fits', () => {
    const r = route({ ageYears: 9, area: { authority: 'nottingham-city', asTyped: 'Bulwell' }, concerns: ['parenting', 'behaviour', 'school-attendance', 'exclusion'] }, { kind: 'find-service' });
    const caf = [...r.startHere, ...r.alsoConsider].find(f => f.service.id === 'city-caf-early-help');
    expect(caf?.reasons.filter(reason => reason.startsWith('it is for '))).toHaveLength(3);
  });

  it('no need named: services the words point to strongly stand beside the one named', () => {
    const r = route({ ageYears: 9, area: westBridgford, namedServices: ['notts-youth-service'] }, { kind: 'find-service', topics: { services: [{ id: 'notts-healthy-family-teams', score: 24 }] } });
    expect(ids(r.startHere)).toEqual(['notts-youth-service', 'notts-healthy-family-teams']);
  });

  it('words shared with a service that meets none of the needs do not put it first when the need is known', () => {
    const r = route({ ageYears: 14, area: westBridgford, concerns: ['adhd'] }, { kind: 'find-service', topics: { services: [{ id: 'notts-youth-service', score: 12 }] } });
    expect(ids(r.startHere)).not.toContain('notts-youth-service');
    expect(ids(r.alsoConsider)).toContain('notts-youth-service');
  });

  it('with the need known, a service sharing only a few of the question\'s words is not offered beside those for the need', () => {
    // Play and youth provision and the Family Information Service are for activities; Children and Families
    // Direct shares only words such as "children" with "any clubs for a 9 year old".
    const r = route({ ageYears: 9, area: { authority: 'nottingham-city', asTyped: 'Bulwell' }, concerns: ['youth-activities'] }, { kind: 'find-service', topics: { services: [{ id: 'city-children-and-families-direct', score: 4 }] } });
    expect(ids([...r.startHere, ...r.alsoConsider]).sort()).toEqual(['city-family-information-service', 'city-play-and-youth']);
    const strong = route({ ageYears: 9, area: { authority: 'nottingham-city', asTyped: 'Bulwell' }, concerns: ['youth-activities'] }, { kind: 'find-service', topics: { services: [{ id: 'city-children-and-families-direct', score: 30 }] } });
    expect(ids(strong.alsoConsider)).toContain('city-children-and-families-direct');
  });

  it('housing for a family in Gedling: Gedling Borough Council\'s housing advice (0115 901 3681), not every council\'s', () => {
    const netherfield = { authority: 'nottinghamshire', district: 'gedling', place: 'Netherfield', asTyped: 'Netherfield' };
    const phones = (r: Route) => r.startHere[0]!.contacts.flatMap(c => c.contact.phones.map(p => p.number));
    const r = route({ area: netherfield, concerns: ['housing'], namedServices: ['notts-district-housing'] }, { kind: 'find-service' });
    expect(ids(r.startHere)[0]).toBe('notts-district-housing');
    expect(phones(r)).toEqual(['0115 901 3681']);
    // The district not known: every council's contact, Ashfield's (01623 457252) among them.
    expect(phones(route({ area: { authority: 'nottinghamshire', asTyped: 'Notts' }, concerns: ['housing'], namedServices: ['notts-district-housing'] }, { kind: 'find-service' }))).toContain('01623 457252');
  });

  it('a young person writing about themselves: Childline too', () => {
    const r = route({ ageYears: 14, area: westBridgford, concerns: ['anxiety'], role: 'young-person' }, { kind: 'find-service' });
    expect(ids(r.startHere)).toEqual(['kooth', 'notts-camhs']);
    expect(r.steps.map(s => s.action)).toEqual(['You can talk to Childline: telephone 0800 1111, or online chat.']);
    expect(route({ ageYears: 14, area: westBridgford, concerns: ['anxiety'], role: 'parent' }, { kind: 'find-service' }).steps).toEqual([]);
  });

  it('a process named beside the question, matched strongly, is given too; matched weakly or not named, it is not', () => {
    const facts = { ageYears: 7, area: westBridgford, concerns: ['adhd'] };
    const named = route(facts, { kind: 'find-service', topics: { processes: [{ id: 'small-steps-referral', score: 8, named: true }] } });
    expect(named.processes.map(p => p.id)).toEqual(['small-steps-referral']);
    expect(named.steps[0]?.action).toMatch(/^Making a referral to the Small Steps Service: /);
    expect(named.steps[0]?.why).toBe('This is the process the guidance sets out.');
    expect(named.steps[0]?.details).toEqual([...kb.process('small-steps-referral')!.steps, ...kb.process('small-steps-referral')!.timescales]);
    expect(route(facts, { kind: 'find-service', topics: { processes: [{ id: 'small-steps-referral', score: 7, named: true }] } }).processes).toHaveLength(1);
    expect(route(facts, { kind: 'find-service', topics: { processes: [{ id: 'small-steps-referral', score: 6.9, named: true }] } }).processes).toEqual([]);
    expect(route(facts, { kind: 'find-service', topics: { processes: [{ id: 'small-steps-referral', score: 12 }] } }).processes).toEqual([]);
  });
});

describe('what is ruled out, and why', () => {
  it('in Bassetlaw, Small Steps is ruled out with the source\'s words, and the pathway that does take the child leads', () => {
    const r = route({ ageYears: 7, area: worksop, concerns: ['adhd'] }, { kind: 'find-service' });
    expect(ids(r.startHere)).toEqual(['notts-concerning-behaviours-pathway']);
    expect(r.ruledOut).toHaveLength(5);
    // The need is known, so it is not asked, though what fits scores low.
    expect(r.missing).toEqual([]);
    for (const out of r.ruledOut) expect(out.reason).toMatch(/^it does not cover Bassetlaw, Bassetlaw CCG area: the source excludes it \(".*\(excluding Bassetlaw\)"\)$/);
  });

  it('asked whether a child can go on a programme the area rules out: not eligible, why, and how it is referred', () => {
    const r = route({ ageYears: 7, area: worksop, concerns: ['adhd'], namedServices: ['small-steps-new-forest'] }, { kind: 'eligibility' });
    expect(r.kind).toBe('eligibility');
    expect(r.headline).toMatch(/^New Forest Parenting Programme: not eligible on what you have told me, because it does not cover Bassetlaw, .*\(excluding Bassetlaw\)"\)\. How it is referred: Complete the Getting to Know Me form\.$/);
    const out = r.ruledOut.find(o => o.service.id === 'small-steps-new-forest');
    expect(out?.reason).toMatch(/\. How it is referred: Complete the Getting to Know Me form$/);
    // Only the named one carries how it is referred.
    expect(r.ruledOut.filter(o => /How it is referred/.test(o.reason))).toHaveLength(1);
  });

  it('how a ruled-out service is referred is quoted whole, an email address\'s dots and all', () => {
    // Derby's Family Nurse Partnership: "Contact: 01332 888091 or ripplez@nhs.net".
    const r = route({ ageYears: 24, area: { authority: 'derby', asTyped: 'Derby' }, namedServices: ['derby-family-nurse-partnership'] }, { kind: 'eligibility' });
    expect(r.headline).toMatch(/\. How it is referred: Contact 01332 888091 or ripplez@nhs\.net\.$/);
  });

  it('asked what a named programme offers: it is described even where the child is ruled out', () => {
    const r = route({ ageYears: 7, area: worksop, concerns: ['adhd'], namedServices: ['small-steps-new-forest'] }, { kind: 'service-info' });
    expect(r.kind).toBe('service-info');
    expect(ids(r.startHere)).toEqual(['small-steps-new-forest']);
    expect(r.ruledOut.map(o => o.service.id)).not.toContain('small-steps-new-forest');
  });

  it('asked whether a child can go on a programme that fits: the criteria fit', () => {
    expect(route({ ageYears: 7, area: westBridgford, concerns: ['autism'], namedServices: ['small-steps-cygnet'] }, { kind: 'eligibility' }).headline)
      .toBe('Cygnet Parenting Programme: the criteria fit what you have told me.');
  });

  it('two named, one ruled out: says which, joined with "and"', () => {
    const r = route({ ageYears: 4, area: westBridgford, concerns: ['autism'], diagnoses: { autism: 'diagnosed' }, namedServices: ['small-steps-cygnet', 'small-steps-new-forest'] }, { kind: 'eligibility' });
    expect(r.headline).toMatch(/^Cygnet Parenting Programme: not eligible on what you have told me, because it is for aged 5-18, and the child is 4\.( How it is referred: [^;]*)?$/);
    const both = route({ ageYears: 2, area: westBridgford, namedServices: ['small-steps-cygnet', 'small-steps-new-forest'] }, { kind: 'eligibility' });
    expect(both.headline).toMatch(/^(Cygnet Parenting Programme and New Forest Parenting Programme|New Forest Parenting Programme and Cygnet Parenting Programme): not eligible on what you have told me, because .*; /);
  });

  it('nothing that matches fits: says so; nothing matches at all: says that', () => {
    // Cygnet is for "aged 5-18"; a two year old, nothing else described.
    const none = route({ ageYears: 2, area: westBridgford, namedServices: ['small-steps-cygnet'] }, { kind: 'find-service' });
    expect(none.startHere).toEqual([]);
    expect(none.headline).toBe('None of the services that match fit every criterion; see why below.');
    expect(route({}, { kind: 'find-service' }).headline).toBe('I could not find a service in the guidance that matches yet.');
  });

  it('at most five ruled out are listed: seven Small Steps programmes for ADHD or autism are closed to Bassetlaw', () => {
    const r = route({ ageYears: 7, area: worksop, concerns: ['adhd', 'autism'] }, { kind: 'find-service' });
    expect(r.ruledOut).toHaveLength(5);
  });

  it('a child ruled out on two counts hears both, separated', () => {
    const r = route({ ageYears: 2, area: worksop, namedServices: ['small-steps-cygnet'] }, { kind: 'eligibility' });
    expect(r.ruledOut[0]?.reason).toMatch(/^it is for aged 5-18, and the child is 2; it does not cover Bassetlaw/);
  });

  it('two named that both fit: named together', () => {
    const r = route({ ageYears: 9, area: westBridgford, concerns: ['adhd'], namedServices: ['notts-early-help-unit', 'notts-primary-health-care'] }, { kind: 'eligibility' });
    expect(r.headline).toMatch(/^(Early Help Unit and GP surgeries and health centres|GP surgeries and health centres and Early Help Unit): the criteria fit what you have told me\.$/);
  });

  it('a programme the words touch on, for another need, is not listed as ruled out for a child too young for it', () => {
    // ADHD at three: Cygnet ("aged 5-18", for autism) is only a word in common.
    const r = route({ ageYears: 3, area: westBridgford, concerns: ['adhd'] }, { kind: 'find-service', topics: { services: [{ id: 'small-steps-cygnet', score: 5 }] } });
    expect(ids(r.startHere)[0]).toBe('small-steps-new-forest');
    expect(r.ruledOut.map(o => o.service.id)).not.toContain('small-steps-cygnet');
  });

  it('a service that only shares words with the question is not listed as ruled out', () => {
    const r = route({ ageYears: 24, area: westBridgford, concerns: ['adhd'] }, { kind: 'find-service', topics: { services: [{ id: 'notts-family-nurse-partnership', score: 4 }] } });
    expect(r.ruledOut.map(o => o.service.id)).not.toContain('notts-family-nurse-partnership');
  });
});

describe('which facts are worth a question', () => {
  it('nothing known: where the child lives and what the need is', () => {
    expect(route({}, { kind: 'find-service' }).missing).toEqual(['area', 'concern']);
  });

  it('the need known but not the area: the area, and the diagnosis Small Steps\' programmes turn on', () => {
    expect(route({ ageYears: 7, concerns: ['adhd'] }, { kind: 'find-service' }).missing).toEqual(['area', 'diagnosis']);
  });

  it('a named service of no area (Step2) is not held up by the area, even beside services that have one', () => {
    const r = route({ ageYears: 3, namedServices: ['step2-under-5s'] }, { kind: 'service-info' });
    expect(r.missing).not.toContain('area');
    expect(ids(r.startHere)).toEqual(['step2-under-5s']);
    const beside = route({ ageYears: 3, concerns: ['anxiety'], namedServices: ['step2-under-5s'] }, { kind: 'find-service' });
    expect(ids([...beside.startHere, ...beside.alsoConsider]).some(id => kb.service(id)?.authority)).toBe(true);
    expect(beside.missing).toEqual([]);
  });

  it('a named service says whose guidance applies, so the area is not asked; two of different authorities do not', () => {
    expect(route({ ageYears: 9, namedServices: ['notts-primary-health-care'] }, { kind: 'find-service' }).missing).not.toContain('area');
    expect(route({ ageYears: 9, namedServices: ['notts-camhs', 'city-dart'] }, { kind: 'find-service' }).missing).toContain('area');
  });

  it('a diagnosis is not asked about when the case is about behaviour, not the condition; the age still is', () => {
    // Cygnet needs a diagnosis of ASD, but the case names no autism: the diagnosis would not change where to start.
    const r = route({ area: westBridgford, concerns: ['behaviour'] }, { kind: 'find-service' });
    expect(ids(r.startHere)).toContain('small-steps-cygnet');
    expect(r.missing).toEqual(['age']);
  });

  describe('asked about a service by name, only its unknowns are worth a question', () => {
    // GP surgeries print no ages or criteria; the Small Steps programmes beside them turn on age and diagnosis.
    const facts = { area: westBridgford, concerns: ['adhd', 'autism'] };
    it('"can they go to the GP?": nothing to ask', () => {
      expect(route({ ...facts, namedServices: ['notts-primary-health-care'] }, { kind: 'eligibility' }).missing).toEqual([]);
    });
    it('"find something, like the GP": the GP is where to start, so nothing to ask', () => {
      const r = route({ ...facts, namedServices: ['notts-primary-health-care'] }, { kind: 'find-service' });
      expect(ids(r.startHere)).toEqual(['notts-primary-health-care', 'small-steps-sleep-programme', 'small-steps-volunteer-befriender']);
      expect(r.missing).toEqual([]);
    });
    it('"what does the GP offer?" is about every service in view: their age and diagnosis', () => {
      expect(route({ ...facts, namedServices: ['notts-primary-health-care'] }, { kind: 'service-info' }).missing).toEqual(['age', 'diagnosis']);
    });
    it('four named: eligibility asks about each, the fourth too; finding a service only about where to start', () => {
      const four = ['notts-primary-health-care', 'notts-families-information-service', 'notts-local-offer', 'notts-concerning-behaviours-pathway'];
      const eligibility = route({ ...facts, namedServices: four }, { kind: 'eligibility' });
      // The pathway, for both needs, leads; the SEND Local Offer is named but not where to start.
      expect(ids(eligibility.startHere)).toEqual(['notts-concerning-behaviours-pathway']);
      expect(eligibility.missing).toEqual(['age']);
      expect(route({ ...facts, namedServices: four }, { kind: 'find-service' }).missing).toEqual([]);
    });
  });

  it('a diagnosis is not asked about for a need the service\'s diagnosis is not about', () => {
    // Sleep, in West Bridgford: the Small Steps sleep programme names autism and ADHD, which the case is not about.
    const r = route({ ageYears: 7, area: westBridgford, concerns: ['sleep'] }, { kind: 'find-service' });
    expect(r.missing).not.toContain('diagnosis');
  });

  it('asked about one service by name: only its unknowns are asked', () => {
    const r = route({ ageYears: 9, area: westBridgford, concerns: ['adhd'], namedServices: ['notts-early-help-unit'] }, { kind: 'eligibility' });
    expect(r.missing).toEqual([]);
  });

  it('no need named but the words point strongly at a service: the need is not asked', () => {
    const r = route({ ageYears: 9, area: westBridgford }, { kind: 'find-service', topics: { services: [{ id: 'notts-youth-service', score: 14 }] } });
    expect(r.missing).not.toContain('concern');
    const weak = route({ ageYears: 9, area: westBridgford }, { kind: 'find-service', topics: { services: [{ id: 'notts-youth-service', score: 5 }] } });
    expect(weak.missing).toContain('concern');
  });
});

// Which kind of answer decide gives (src/pathway/decide.ts), and what every answer carries: a place the
// guide does not cover is told so with 999; a D9 neighbour gets its own access points as Nottinghamshire's
// guidance prints them (Derbyshire: safeguarding 01629 533190); any risk, immediate danger or a
// safeguarding question gets the safeguarding route; a harm cue beside another question keeps a one-line
// reminder first; each source is listed once.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CaseFacts } from '../../src/pathway/caseFacts.js';
import { decide } from '../../src/pathway/decide.js';
import { Question, type QuestionKind } from '../../src/pathway/question.js';
import type { Route } from '../../src/pathway/route.js';
import { kb } from '../support/knowledge.js';

/** A Wednesday, 10:00 in London. */
const inHours = new Date('2026-12-02T10:00:00Z');
const county = { authority: 'nottinghamshire', district: 'rushcliffe', place: 'West Bridgford', asTyped: 'West Bridgford' };
const route = (facts: z.input<typeof CaseFacts>, question: z.input<typeof Question>): Route =>
  decide(CaseFacts.parse(facts), kb, inHours, Question.parse(question));
const numbers = (r: Route) => r.steps.flatMap(s => s.contacts.flatMap(c => c.contact.phones.map(p => p.number)));

describe('a child outside the guide\'s three authorities', () => {
  it('in a place the gazetteer does not know: says the guide cannot help there, names the place as typed, and gives 999', () => {
    const r = route({ area: { asTyped: 'Kettering', unknown: true }, concerns: ['adhd'] }, { kind: 'find-service' });
    expect(r.kind).toBe('outside-area');
    expect(r.headline).toBe("I can't help with Kettering: it is not covered by this guide, which only covers children's services in Nottinghamshire, Nottingham City and Derby, with access points for their neighbouring authorities.");
    expect(r.notes).toEqual([{ text: 'Contact the children\'s services of the council where the child lives. If a child is in immediate danger, call the police on 999.', prominent: true }]);
    expect(r.startHere).toEqual([]);
  });

  it('elsewhere in England (Leicester, Birmingham): the same, even with a risk, since no front door here is theirs', () => {
    const r = route({ area: { authority: 'elsewhere-in-england', asTyped: 'Birmingham' }, risks: ['neglect'] }, { kind: 'safeguarding' });
    expect(r.kind).toBe('outside-area');
    expect(r.headline).toMatch(/^I can't help with Birmingham: /);
  });

  it('an unknown place beside a named front door is not outside: the named authority answers', () => {
    const r = route({ area: { asTyped: 'Kettering', unknown: true }, namedContacts: ['nottinghamshire-mash'] }, { kind: 'contact-lookup' });
    expect(r.kind).toBe('contacts');
    expect(r.authority?.id).toBe('nottinghamshire');
  });

  it('in a D9 neighbour (Derbyshire): its safeguarding and early help access points, as Nottinghamshire\'s guidance lists them, and 999', () => {
    const r = route({ area: { authority: 'derbyshire', asTyped: 'Long Eaton' }, risks: ['neglect'] }, { kind: 'safeguarding' });
    expect(r.kind).toBe('neighbour');
    expect(r.headline).toBe("Derbyshire County is outside the area this guide covers (Nottinghamshire, Nottingham City and Derby): its services are not in it, so use Derbyshire County's own access points.");
    expect(r.steps).toHaveLength(1);
    expect(r.steps[0]).toMatchObject({
      action: "Contact Derbyshire County's access points below.",
      why: "This guide covers Nottinghamshire, Nottingham City and Derby; Nottinghamshire's guidance lists Derbyshire County among the neighbouring authorities' access points.",
    });
    expect(r.steps[0]?.contacts.map(c => c.contact.id)).toEqual(['derbyshire-safeguarding', 'derbyshire-early-help']);
    expect(numbers(r)).toContain('01629 533190');
    expect(r.notes).toEqual([{ text: 'If a child is in immediate danger, call the police on 999.', prominent: true }]);
    expect(r.authority?.id).toBe('derbyshire');
    expect(r.citations.length).toBeGreaterThan(0);
  });
});

describe('the safeguarding route is taken', () => {
  it.each<[string, z.input<typeof CaseFacts>, QuestionKind]>([
    ['a risk signal', { risks: ['neglect'] }, 'find-service'],
    ['immediate danger alone', { immediateDanger: true }, 'contact-lookup'],
    ['a safeguarding question with no signal', {}, 'safeguarding'],
  ])('for %s, whatever was asked', (_why, facts, kind) => {
    expect(route({ area: county, ...facts }, { kind }).kind).toBe('safeguarding');
  });

  it('and not for a question with no risk, no danger and no safeguarding question', () => {
    expect(route({ area: county, concerns: ['adhd'] }, { kind: 'find-service' }).kind).toBe('services');
  });

  it('says "call 999 now" in the headline only for immediate danger', () => {
    expect(route({ area: county, immediateDanger: true, risks: ['immediate-danger'] }, { kind: 'safeguarding' }).headline).toBe('A child may be in immediate danger: call 999 now.');
    expect(route({ area: county, risks: ['neglect'] }, { kind: 'safeguarding' }).headline).toBe('This is a safeguarding concern: contact the children\'s social care front door now.');
  });

  it('cites the front door\'s source on the 999 step, and notes that it is guidance, not a referral', () => {
    const r = route({ area: county, risks: ['neglect'] }, { kind: 'safeguarding' });
    expect(r.steps[0]?.citation).toEqual(kb.contact('nottinghamshire-mash')?.citation);
    expect(r.notes.at(-1)).toEqual({ text: 'This is guidance, not a referral: you make the referral, and professional judgement and your local safeguarding procedures stand.' });
    expect(r.missing).toEqual([]);
    expect(r.authority?.id).toBe('nottinghamshire');
  });

  it('with no area: every front door in the headline, "then contact" after 999 for immediate danger, and asks where the child lives', () => {
    const calm = route({ risks: ['neglect'] }, { kind: 'safeguarding' });
    expect(calm.headline).toMatch(/^Contact the front door where the child lives: Nottinghamshire County: Multi-Agency Safeguarding Hub \(MASH\) 0300 500 80 90; Nottingham City: .*; Derby City: First Contact Team \(Derby Children's Social Care\) 01332 641172\.$/);
    const danger = route({ immediateDanger: true, risks: ['immediate-danger'] }, { kind: 'safeguarding' });
    expect(danger.headline).toMatch(/^A child may be in immediate danger: call 999 now\. Then contact the front door where the child lives: Nottinghamshire County: /);
    expect(calm.missing).toEqual(['area']);
    expect(calm.notes[0]).toEqual({ text: 'Tell me which town or area the child lives in and I will give just that authority\'s route.', prominent: true });
    expect(calm.steps[0]?.citation).toBeUndefined();
  });

  it('a named school or service says nothing about where a child at risk lives: every front door', () => {
    const r = route({ risks: ['neglect'], namedServices: ['notts-camhs'] }, { kind: 'safeguarding' });
    expect(numbers(r)).toEqual(expect.arrayContaining(['0300 500 80 90', '0115 876 4800', '01332 641172']));
    expect(r.missing).toEqual(['area']);
  });

  it('for a risk the sources print no route for, gives the authority\'s specialist services for its need after the front door', () => {
    // Derby prints no route of its own for online abuse; Safe and Sound (sexual exploitation) and the Domestic and
    // Sexual Violence Team take the need it implies.
    const r = route({ area: { authority: 'derby', place: 'Alvaston', asTyped: 'Alvaston' }, risks: ['online-abuse'], ageYears: 12 }, { kind: 'safeguarding' });
    expect(r.steps.slice(2).map(s => s.action)).toEqual(['Also: Safe and Sound.', 'Also: Domestic and Sexual Violence Team (Derby).']);
  });

  it('sexual abuse in Derby: the Domestic and Sexual Violence Team, "for those experiencing domestic or sexual violence", after the front door', () => {
    const r = route({ area: { authority: 'derby', place: 'Alvaston', asTyped: 'Alvaston' }, risks: ['sexual-abuse'], ageYears: 15 }, { kind: 'safeguarding' });
    expect(r.steps.slice(2).map(s => s.action)).toEqual(['Also: Domestic and Sexual Violence Team (Derby).']);
  });

  it('gives no specialist services beside the sources\' own route for the harm', () => {
    const r = route({ area: { authority: 'derby', place: 'Alvaston', asTyped: 'Alvaston' }, risks: ['missing'], ageYears: 12 }, { kind: 'safeguarding' });
    expect(r.steps.slice(2).map(s => s.action)).toEqual(['Also: Runaways Workers (Derby).']);
  });

  it('gives a young person writing Childline right after the front door', () => {
    const r = route({ area: county, risks: ['neglect'], role: 'young-person' }, { kind: 'safeguarding' });
    expect(r.steps[2]?.action).toBe('You can talk to Childline: telephone 0800 1111, or online chat.');
    const noArea = route({ risks: ['neglect'], role: 'young-person' }, { kind: 'safeguarding' });
    expect(noArea.steps.map(s => s.action)).toContain('You can talk to Childline: telephone 0800 1111, or online chat.');
  });
});

describe('what every answer carries', () => {
  it('a harm cue beside another question: the one-line safeguarding reminder comes first, said with the answer', () => {
    const r = route({ area: county, concerns: ['adhd'], ageYears: 7 }, { kind: 'find-service', safeguardingReminder: true });
    expect(r.notes[0]).toEqual({
      text: "If you are worried a child is at risk of harm now, contact the children's social care front door (Nottinghamshire County: Multi-Agency Safeguarding Hub (MASH) 0300 500 80 90); in an emergency call 999.",
      citation: kb.contact('nottinghamshire-mash')?.citation,
      prominent: true,
    });
    expect(route({ area: county, concerns: ['adhd'], ageYears: 7 }, { kind: 'find-service' }).notes.some(n => /at risk of harm now/.test(n.text))).toBe(false);
  });

  it('no reminder on a safeguarding route, which is itself the front door', () => {
    const r = route({ area: county, risks: ['neglect'] }, { kind: 'safeguarding', safeguardingReminder: true });
    expect(r.notes.some(n => /at risk of harm now/.test(n.text))).toBe(false);
  });

  it('the authority a named service belongs to answers when no area is given', () => {
    expect(route({ namedServices: ['notts-camhs'] }, { kind: 'service-info' }).authority?.id).toBe('nottinghamshire');
    expect(route({ concerns: ['adhd'] }, { kind: 'find-service' }).authority).toBeUndefined();
  });

  it('lists each source once, and every source a step, a service, a level or a note rests on', () => {
    const routes = [
      route({ risks: ['neglect'] }, { kind: 'safeguarding' }),
      route({ area: county, risks: ['fgm'] }, { kind: 'safeguarding' }),
      route({ area: county, concerns: ['adhd'], ageYears: 7 }, { kind: 'find-service', safeguardingReminder: true }),
      route({ area: county }, { kind: 'threshold', levelsMentioned: ['notts-level-2', 'notts-level-3'] }),
    ];
    for (const r of routes) {
      const keys = r.citations.map(c => `${c.source}|${c.section}`);
      expect(new Set(keys).size).toBe(keys.length);
      const used = [
        ...r.steps.flatMap(s => (s.citation ? [s.citation] : [])),
        ...[...r.startHere, ...r.alsoConsider].map(f => f.service.citation),
        ...r.levels.map(l => l.level.citation),
        ...r.notes.flatMap(n => (n.citation ? [n.citation] : [])),
      ];
      expect(used.length).toBeGreaterThan(keys.length - 1);
      for (const c of r.citations) expect(c).toEqual(expect.objectContaining({ source: expect.any(String), section: expect.any(String) }));
      for (const c of used) expect(keys).toContain(`${c.source}|${c.section}`);
    }
  });
});

// Every authority's safeguarding route, in and out of hours, by the message's time in London.
import { describe, expect, it } from 'vitest';
import { CaseFacts } from '../../src/pathway/caseFacts.js';
import { decide } from '../../src/pathway/decide.js';
import { noTopics } from '../../src/pathway/question.js';
import type { Route } from '../../src/pathway/route.js';
import { kb } from '../support/knowledge.js';

const concern = (area: { authority?: string; district?: string; place?: string }, extra: Partial<CaseFacts> = {}) =>
  CaseFacts.parse({ ageYears: 9, area: { ...area, asTyped: area.place ?? area.district ?? area.authority }, risks: ['physical-abuse'], ...extra });
const route = (facts: CaseFacts, at: string): Route =>
  decide(facts, kb, new Date(at), { kind: 'safeguarding', topics: noTopics(), levelsMentioned: [] });
/** What the route tells the adviser to do first after the 999 line: the front door step's sentence. */
const frontDoorAction = (r: Route) => {
  expect(r.steps[0]?.action).toMatch(/999/);
  return r.steps[1]?.action ?? '';
};
const allNumbers = (r: Route) => r.steps.flatMap(s => s.contacts.flatMap(c => [...c.contact.phones.map(p => p.number), ...(c.alternative?.contact.phones.map(p => p.number) ?? [])]));

const county = { authority: 'nottinghamshire', district: 'rushcliffe', place: 'West Bridgford' };
const city = { authority: 'nottingham-city', place: 'Bulwell' };
const derby = { authority: 'derby', place: 'Alvaston' };

describe('a safeguarding concern in Nottinghamshire', () => {
  it.each([
    ['a Tuesday morning in winter (GMT)', '2026-12-01T10:00:00Z', '0300 500 80 90'],
    ['a Thursday at 4.45pm', '2026-12-03T16:45:00Z', '0300 500 80 90'],
    ['a Friday at 4.45pm, after the MASH closes at 4.30', '2026-12-04T16:45:00Z', '0300 456 4546'],
    ['a weekday evening', '2026-12-01T19:00:00Z', '0300 456 4546'],
    ['a Saturday', '2026-12-05T11:00:00Z', '0300 456 4546'],
    ['Christmas Day, a bank holiday', '2026-12-25T11:00:00Z', '0300 456 4546'],
    ['8.15am in summer (BST): still before 8.30 in London', '2026-07-07T07:15:00Z', '0300 456 4546'],
    ['4.30pm on a summer Monday (BST)', '2026-07-06T15:30:00Z', '0300 500 80 90'],
  ])('on %s says to ring %s', (_when, at, number) => {
    const r = route(concern(county), at);
    expect(r.kind).toBe('safeguarding');
    const action = frontDoorAction(r);
    expect(action).toContain(number);
    // Only the one to ring now is in the sentence: the other number waits in the details.
    expect(action).not.toContain(number === '0300 500 80 90' ? '0300 456 4546' : '0300 500 80 90');
  });

  it('says when the MASH reopens when it is closed', () => {
    const mash = route(concern(county), '2026-12-04T18:00:00Z').steps.flatMap(s => s.contacts).find(c => c.contact.id === 'nottinghamshire-mash');
    expect(mash?.statusText).toBe('closed now; reopens Monday at 8.30am');
  });
});

describe('a safeguarding concern in Nottingham City, whose source prints no hours', () => {
  it('gives Children and Families Direct and the Emergency Duty Team side by side', () => {
    const numbers = allNumbers(route(concern(city), '2026-12-01T10:00:00Z'));
    expect(numbers).toEqual(expect.arrayContaining(['0115 876 4800', '0115 876 1000']));
  });
});

describe('a safeguarding concern in Derby', () => {
  it.each([
    ['in office hours', '2026-12-01T10:00:00Z', '01332 641172'],
    ['at night', '2026-12-01T22:00:00Z', '01332 786968'],
    ['on a Sunday', '2026-12-06T10:00:00Z', '01332 786968'],
  ])('%s says to ring %s', (_when, at, number) => {
    const action = frontDoorAction(route(concern(derby), at));
    expect(action).toContain(number);
    expect(action).not.toContain(number === '01332 641172' ? '01332 786968' : '01332 641172');
  });
});

describe('whatever the case, safety comes first', () => {
  it('puts 999 first for immediate danger', () => {
    const r = route(concern(county, { immediateDanger: true }), '2026-12-01T10:00:00Z');
    expect(r.steps[0]?.action).toMatch(/999/);
  });

  it('gives all three front doors and 999 when the area is not known, and asks for it', () => {
    const r = route(CaseFacts.parse({ risks: ['physical-abuse'] }), '2026-12-01T10:00:00Z');
    expect(allNumbers(r)).toEqual(expect.arrayContaining(['0300 500 80 90', '0115 876 4800', '01332 641172']));
    expect(JSON.stringify(r.steps)).toMatch(/999/);
    expect(r.missing).toContain('area');
  });

  it('never gives another authority\'s front door for a county child', () => {
    const numbers = allNumbers(route(concern(county), '2026-12-01T10:00:00Z'));
    expect(numbers).not.toContain('0115 876 4800');
    expect(numbers).not.toContain('01332 641172');
  });
});

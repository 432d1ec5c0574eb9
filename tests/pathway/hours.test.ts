import { describe, expect, it } from 'vitest';
import { Hours } from '../../src/knowledge/schema.js';
import { bankHolidaysInEngland } from '../../src/pathway/bankHolidays.js';
import { openingStateAt } from '../../src/pathway/hours.js';

// The MASH's printed hours: Monday-Thursday 8.30-5.00, Friday 8.30-4.30 (Pathway to Provision, C2).
const mash = Hours.parse({
  kind: 'weekly',
  asPrinted: 'Monday to Thursday 8.30-5pm Friday 8.30-4.30pm',
  ranges: [{ days: ['mon', 'tue', 'wed', 'thu'], open: '08:30', close: '17:00' }, { days: ['fri'], open: '08:30', close: '16:30' }],
});

describe('opening hours in Europe/London time', () => {
  it.each([
    ['a Tuesday morning in winter', '2026-12-01T10:00:00Z', 'open'],
    ['Friday 4.45pm, after the Friday close', '2026-11-27T16:45:00Z', 'closed'],
    ['Friday 4.15pm, before the Friday close', '2026-11-27T16:15:00Z', 'open'],
    ['Thursday 4.20pm UTC in July, which is 5.20pm BST', '2026-07-16T16:20:00Z', 'closed'],
    ['Tuesday 7.10am UTC in June, which is 8.10am BST', '2026-06-16T07:10:00Z', 'closed'],
    ['Tuesday 7.40am UTC in June, which is 8.40am BST', '2026-06-16T07:40:00Z', 'open'],
    ['a Sunday afternoon', '2026-11-29T14:00:00Z', 'closed'],
    ['Christmas Day, a Friday', '2026-12-25T11:00:00Z', 'closed'],
    ['Monday 28 December 2026, the Boxing Day substitute', '2026-12-28T11:00:00Z', 'closed'],
  ])('%s: %s is %s', (_label, instant, expected) => {
    expect(openingStateAt(mash, new Date(instant)).kind).toBe(expected);
  });

  it('says when a closed team reopens, in words that read aloud', () => {
    const state = openingStateAt(mash, new Date('2026-11-27T16:45:00Z'));
    expect(state).toEqual({ kind: 'closed', bankHoliday: false, reopens: { day: 'Monday', time: '8.30am' } });
  });

  it('says when an open team closes today', () => {
    expect(openingStateAt(mash, new Date('2026-11-27T09:00:00Z'))).toEqual({ kind: 'open', closes: '4.30pm' });
  });
});

describe('bank holidays in England', () => {
  it('computes Easter and the substitute days', () => {
    const days = bankHolidaysInEngland(2027);
    for (const day of ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28']) {
      expect(days.has(day), day).toBe(true);
    }
    expect(days.size).toBe(8);
  });
});

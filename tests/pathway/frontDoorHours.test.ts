// Which door to ring at the exact minute the hours change. Every expected time is read off the hours the
// sources print (quoted with each block), not off hours.ts or knowledge/: the last minute open, the first
// minute closed, the first minute of Monday, bank holidays in England and the GMT/BST change weekends.
// A moment is written as London wall-clock time with its offset (GMT = UTC, BST = UTC+1).
import { describe, expect, it } from 'vitest';
import { contactNow, outOfHoursAlternative, type ContactNow } from '../../src/pathway/hours.js';
import { contact, kb } from '../support/knowledge.js';

type Zone = 'GMT' | 'BST';
const london = (date: string, time: string, zone: Zone) => new Date(`${date}T${time}:00${zone === 'GMT' ? 'Z' : '+01:00'}`);
const at = (id: string, date: string, time: string, zone: Zone): ContactNow => contactNow(kb, contact(id), london(date, time, zone));

/** [moment, the words the adviser reads]: "open" rows have no out-of-hours line, "closed" rows do. */
type Row = [date: string, time: string, zone: Zone, status: string];

function checkDoor(id: string, outOfHoursId: string | undefined, rows: readonly Row[]) {
  it.each(rows)('%s %s %s: %s', (date, time, zone, status) => {
    const now = at(id, date, time, zone);
    expect(now.statusText).toBe(status);
    if (status.startsWith('open')) {
      expect(now.state.kind).toBe('open');
      expect(now.alternative).toBeUndefined();
    } else {
      expect(now.state).toMatchObject({ kind: 'closed', bankHoliday: status.includes('(bank holiday)') });
      if (outOfHoursId) {
        expect(now.alternative?.contact.id).toBe(outOfHoursId);
        // The out-of-hours team is the one to use while the day team is closed.
        expect(now.alternative?.state).toEqual({ kind: 'out-of-hours-service', dayServiceOpen: false });
        expect(now.alternative?.statusText).toMatch(/^out of hours only \(.+\)$/);
      } else {
        expect(now.alternative).toBeUndefined();
      }
    }
  });
}

describe('Nottinghamshire MASH: "8.30am-5.00pm – Monday to Thursday, 8.30am-4.30pm – Friday"; outside core hours the EDT', () => {
  describe('a winter week (GMT), Monday 30 November to Monday 7 December 2026', () => {
    checkDoor('nottinghamshire-mash', 'nottinghamshire-edt', [
      ['2026-11-30', '00:00', 'GMT', 'closed now; reopens today at 8.30am'],
      ['2026-11-30', '08:29', 'GMT', 'closed now; reopens today at 8.30am'],
      ['2026-11-30', '08:30', 'GMT', 'open now until 5.00pm today'],
      ['2026-11-30', '16:59', 'GMT', 'open now until 5.00pm today'],
      ['2026-11-30', '17:00', 'GMT', 'closed now; reopens tomorrow at 8.30am'],
      ['2026-12-01', '12:00', 'GMT', 'open now until 5.00pm today'],
      ['2026-12-02', '23:59', 'GMT', 'closed now; reopens tomorrow at 8.30am'],
      ['2026-12-03', '16:59', 'GMT', 'open now until 5.00pm today'],
      ['2026-12-03', '17:00', 'GMT', 'closed now; reopens tomorrow at 8.30am'],
      ['2026-12-04', '08:29', 'GMT', 'closed now; reopens today at 8.30am'],
      ['2026-12-04', '08:30', 'GMT', 'open now until 4.30pm today'],
      ['2026-12-04', '16:29', 'GMT', 'open now until 4.30pm today'],
      ['2026-12-04', '16:30', 'GMT', 'closed now; reopens Monday at 8.30am'],
      ['2026-12-04', '16:59', 'GMT', 'closed now; reopens Monday at 8.30am'],
      ['2026-12-05', '12:00', 'GMT', 'closed now; reopens Monday at 8.30am'],
      ['2026-12-06', '23:59', 'GMT', 'closed now; reopens tomorrow at 8.30am'],
      ['2026-12-07', '00:00', 'GMT', 'closed now; reopens today at 8.30am'],
      ['2026-12-07', '08:30', 'GMT', 'open now until 5.00pm today'],
    ]);
  });

  describe('a summer week (BST), Monday 6 to Friday 10 July 2026', () => {
    checkDoor('nottinghamshire-mash', 'nottinghamshire-edt', [
      ['2026-07-06', '08:29', 'BST', 'closed now; reopens today at 8.30am'],
      ['2026-07-06', '08:30', 'BST', 'open now until 5.00pm today'],
      ['2026-07-09', '16:59', 'BST', 'open now until 5.00pm today'],
      ['2026-07-09', '17:00', 'BST', 'closed now; reopens tomorrow at 8.30am'],
      ['2026-07-10', '16:29', 'BST', 'open now until 4.30pm today'],
      ['2026-07-10', '16:30', 'BST', 'closed now; reopens Monday at 8.30am'],
    ]);
  });

  describe('the clocks go forward (Sunday 29 March 2026) and back (Sunday 25 October 2026)', () => {
    checkDoor('nottinghamshire-mash', 'nottinghamshire-edt', [
      ['2026-03-27', '16:29', 'GMT', 'open now until 4.30pm today'],
      ['2026-03-27', '16:30', 'GMT', 'closed now; reopens Monday at 8.30am'],
      ['2026-03-29', '00:59', 'GMT', 'closed now; reopens tomorrow at 8.30am'],
      ['2026-03-29', '03:00', 'BST', 'closed now; reopens tomorrow at 8.30am'],
      ['2026-03-30', '08:29', 'BST', 'closed now; reopens today at 8.30am'],
      ['2026-03-30', '08:30', 'BST', 'open now until 5.00pm today'],
      ['2026-10-23', '16:29', 'BST', 'open now until 4.30pm today'],
      ['2026-10-23', '16:30', 'BST', 'closed now; reopens Monday at 8.30am'],
      ['2026-10-25', '01:59', 'BST', 'closed now; reopens tomorrow at 8.30am'],
      ['2026-10-25', '01:00', 'GMT', 'closed now; reopens tomorrow at 8.30am'],
      ['2026-10-26', '08:29', 'GMT', 'closed now; reopens today at 8.30am'],
      ['2026-10-26', '08:30', 'GMT', 'open now until 5.00pm today'],
    ]);
  });

  describe('bank holidays in England: core hours do not run on them', () => {
    checkDoor('nottinghamshire-mash', 'nottinghamshire-edt', [
      // Easter 2026: Good Friday 3 April, Easter Monday 6 April.
      ['2026-04-02', '16:59', 'BST', 'open now until 5.00pm today'],
      ['2026-04-02', '17:00', 'BST', 'closed now; reopens Tuesday at 8.30am'],
      ['2026-04-03', '10:00', 'BST', 'closed now (bank holiday); reopens Tuesday at 8.30am'],
      ['2026-04-06', '08:30', 'BST', 'closed now (bank holiday); reopens tomorrow at 8.30am'],
      ['2026-04-07', '08:30', 'BST', 'open now until 5.00pm today'],
      // Early May and spring bank holidays (4 and 25 May), summer bank holiday (31 August).
      ['2026-05-04', '12:00', 'BST', 'closed now (bank holiday); reopens tomorrow at 8.30am'],
      ['2026-05-22', '16:30', 'BST', 'closed now; reopens Tuesday at 8.30am'],
      ['2026-05-25', '12:00', 'BST', 'closed now (bank holiday); reopens tomorrow at 8.30am'],
      ['2026-08-31', '12:00', 'BST', 'closed now (bank holiday); reopens tomorrow at 8.30am'],
      // Christmas 2026: Friday 25 December, and Monday 28 December for Boxing Day (a Saturday).
      ['2026-12-24', '16:59', 'GMT', 'open now until 5.00pm today'],
      ['2026-12-24', '17:00', 'GMT', 'closed now; reopens Tuesday at 8.30am'],
      ['2026-12-25', '11:00', 'GMT', 'closed now (bank holiday); reopens Tuesday at 8.30am'],
      ['2026-12-28', '11:00', 'GMT', 'closed now (bank holiday); reopens tomorrow at 8.30am'],
      // New Year's Day 2027 is a Friday.
      ['2026-12-31', '17:00', 'GMT', 'closed now; reopens Monday at 8.30am'],
      ['2027-01-01', '09:00', 'GMT', 'closed now (bank holiday); reopens Monday at 8.30am'],
      // Christmas 2027: Saturday and Sunday, so Monday 27 and Tuesday 28 December are the holidays.
      ['2027-12-24', '16:30', 'GMT', 'closed now; reopens Wednesday at 8.30am'],
    ]);
  });
});

describe('Derby First Contact: "during normal working days between 9am and 5pm"; "at all other times" Careline', () => {
  checkDoor('derby-first-contact', 'derby-careline', [
    ['2026-11-30', '08:59', 'GMT', 'closed now; reopens today at 9.00am'],
    ['2026-11-30', '09:00', 'GMT', 'open now until 5.00pm today'],
    ['2026-12-03', '16:59', 'GMT', 'open now until 5.00pm today'],
    ['2026-12-03', '17:00', 'GMT', 'closed now; reopens tomorrow at 9.00am'],
    // Friday is a normal working day to 5pm, unlike the MASH.
    ['2026-12-04', '16:59', 'GMT', 'open now until 5.00pm today'],
    ['2026-12-04', '17:00', 'GMT', 'closed now; reopens Monday at 9.00am'],
    ['2026-12-06', '10:00', 'GMT', 'closed now; reopens tomorrow at 9.00am'],
    ['2026-07-06', '08:59', 'BST', 'closed now; reopens today at 9.00am'],
    ['2026-07-10', '16:59', 'BST', 'open now until 5.00pm today'],
    ['2026-07-10', '17:00', 'BST', 'closed now; reopens Monday at 9.00am'],
    ['2026-03-30', '09:00', 'BST', 'open now until 5.00pm today'],
    ['2026-10-26', '08:59', 'GMT', 'closed now; reopens today at 9.00am'],
    // A bank holiday is not a normal working day.
    ['2026-04-03', '12:00', 'BST', 'closed now (bank holiday); reopens Tuesday at 9.00am'],
    ['2026-12-28', '12:00', 'GMT', 'closed now (bank holiday); reopens tomorrow at 9.00am'],
  ]);
});

describe('Nottinghamshire Early Help Unit: "9.00am – 4.30pm Monday to Friday"', () => {
  checkDoor('nottinghamshire-early-help-unit', undefined, [
    ['2026-11-30', '08:59', 'GMT', 'closed now; reopens today at 9.00am'],
    ['2026-11-30', '09:00', 'GMT', 'open now until 4.30pm today'],
    ['2026-12-02', '16:29', 'GMT', 'open now until 4.30pm today'],
    ['2026-12-02', '16:30', 'GMT', 'closed now; reopens tomorrow at 9.00am'],
    ['2026-12-04', '16:30', 'GMT', 'closed now; reopens Monday at 9.00am'],
  ]);
});

describe('Nottinghamshire Healthy Family Teams: "9am - 4.30pm, Monday to Friday"', () => {
  checkDoor('nottinghamshire-healthy-family-teams', undefined, [
    ['2026-07-07', '08:59', 'BST', 'closed now; reopens today at 9.00am'],
    ['2026-07-07', '09:00', 'BST', 'open now until 4.30pm today'],
    ['2026-07-07', '16:29', 'BST', 'open now until 4.30pm today'],
    ['2026-07-07', '16:30', 'BST', 'closed now; reopens tomorrow at 9.00am'],
  ]);
});

describe('Nottinghamshire ICDS: the sources print "9.00am to 4.30pm" (A3) and "8.30am-4.30pm" (C3)', () => {
  // Where the sources disagree the later opening is used, so nobody is sent to a phone that may not answer.
  checkDoor('nottinghamshire-icds', undefined, [
    ['2026-12-01', '08:30', 'GMT', 'closed now; reopens today at 9.00am'],
    ['2026-12-01', '09:00', 'GMT', 'open now until 4.30pm today'],
    ['2026-12-01', '16:29', 'GMT', 'open now until 4.30pm today'],
    ['2026-12-01', '16:30', 'GMT', 'closed now; reopens tomorrow at 9.00am'],
  ]);
});

describe('Nottingham City Children and Families Direct: the source prints no hours', () => {
  it.each([
    ['a weekday morning', '2026-12-01', '10:00', 'GMT'],
    ['a Saturday night', '2026-12-05', '22:30', 'GMT'],
    ['Christmas Day', '2026-12-25', '12:00', 'GMT'],
    ['a summer evening', '2026-07-07', '19:00', 'BST'],
  ] as const)('on %s gives the Emergency Duty Team beside it, without guessing which is open', (_when, date, time, zone) => {
    const now = at('nottingham-city-children-and-families-direct', date, time, zone);
    expect(now.state).toEqual({ kind: 'not-stated' });
    expect(now.statusText).toBe('the source does not give opening hours for this contact');
    expect(now.alternative?.contact.id).toBe('nottingham-city-edt');
    // Whether the day team is open is not known, so the EDT is not said to be the one open now.
    expect(now.alternative?.state).toEqual({ kind: 'out-of-hours-service', dayServiceOpen: undefined });
    // The source prints the EDT's hours as "out of hours only": said once, not "out of hours only (out of hours only)".
    expect(now.alternative?.statusText).toBe('out of hours only');
  });
});

describe('"who do I call out of hours?"', () => {
  it.each([
    ['nottinghamshire-mash', 'nottinghamshire-edt', '0300 456 4546'],
    ['derby-first-contact', 'derby-careline', '01332 786968'],
    ['nottingham-city-children-and-families-direct', 'nottingham-city-edt', '0115 876 1000'],
  ])('%s: the out-of-hours team is given even while the day team is open', (dayId, nightId, number) => {
    const tuesdayMorning = london('2026-12-01', '10:00', 'GMT');
    const night = outOfHoursAlternative(kb, contact(dayId), tuesdayMorning);
    expect(night?.contact.id).toBe(nightId);
    expect(night?.contact.phones[0]?.number).toBe(number);
    expect(night?.state).toEqual({ kind: 'out-of-hours-service', dayServiceOpen: false });
  });

  it('a contact with no out-of-hours team has no alternative, open or closed', () => {
    expect(outOfHoursAlternative(kb, contact('nottinghamshire-early-help-unit'), london('2026-12-05', '12:00', 'GMT'))).toBeUndefined();
    expect(at('nottinghamshire-early-help-unit', '2026-12-05', '12:00', 'GMT').alternative).toBeUndefined();
  });

  it('an out-of-hours team asked about directly says it is for out of hours, with the hours as printed', () => {
    const edt = at('nottinghamshire-edt', '2026-12-05', '12:00', 'GMT');
    expect(edt.state).toEqual({ kind: 'out-of-hours-service', dayServiceOpen: undefined });
    expect(edt.statusText).toBe('out of hours only (Outside of the core hours, and in an emergency)');
    expect(edt.alternative).toBeUndefined();
  });
});

describe('a 24/7 service', () => {
  it('is available at any hour, with its hours as printed', () => {
    const kooth = at('kooth', '2026-12-06', '03:00', 'GMT');
    expect(kooth.state).toEqual({ kind: 'always' });
    expect(kooth.statusText).toMatch(/^available 24 hours \(24\/7 access to the site; .+\)$/);
    expect(kooth.alternative).toBeUndefined();
  });
});

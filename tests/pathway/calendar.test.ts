// The calendar the hours rest on: bank holidays in England and the wall clock in London. The expected
// dates are the published ones (gov.uk's bank holiday lists; Easter dates as the churches publish them),
// written out here, not computed.
import { describe, expect, it } from 'vitest';
import { bankHolidaysInEngland, isBankHoliday } from '../../src/pathway/bankHolidays.js';
import { WEEKDAYS, addDays, clockMinutes, dayName, londonTime, spokenTime } from '../../src/pathway/londonTime.js';

describe('bank holidays in England', () => {
  // Years without a one-off holiday (2022's jubilee and 2023's coronation cannot be computed).
  it.each([
    [2021, ['2021-01-01', '2021-04-02', '2021-04-05', '2021-05-03', '2021-05-31', '2021-08-30', '2021-12-27', '2021-12-28']],
    [2024, ['2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26']],
    [2025, ['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26']],
    [2026, ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28']],
    [2027, ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28']],
    // New Year's Day on a Saturday: Monday 3 January.
    [2028, ['2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26']],
    [2029, ['2029-01-01', '2029-03-30', '2029-04-02', '2029-05-07', '2029-05-28', '2029-08-27', '2029-12-25', '2029-12-26']],
    [2030, ['2030-01-01', '2030-04-19', '2030-04-22', '2030-05-06', '2030-05-27', '2030-08-26', '2030-12-25', '2030-12-26']],
    // New Year's Day on a Sunday: Monday 2 January.
    [2034, ['2034-01-02', '2034-04-07', '2034-04-10', '2034-05-01', '2034-05-29', '2034-08-28', '2034-12-25', '2034-12-26']],
  ])('%i: exactly the eight published days', (year, days) => {
    expect([...bankHolidaysInEngland(year)].sort()).toEqual(days);
    for (const day of days) expect(isBankHoliday(day), day).toBe(true);
  });

  // Good Friday and Easter Monday from Easter Sunday across centuries, earliest (22 March) and latest (25 April).
  it.each([
    ['1900-04-15', '1900-04-13', '1900-04-16'],
    ['1954-04-18', '1954-04-16', '1954-04-19'],
    ['1981-04-19', '1981-04-17', '1981-04-20'],
    ['2000-04-23', '2000-04-21', '2000-04-24'],
    ['2049-04-18', '2049-04-16', '2049-04-19'],
    ['2076-04-19', '2076-04-17', '2076-04-20'],
    ['2002-03-31', '2002-03-29', '2002-04-01'],
    ['2008-03-23', '2008-03-21', '2008-03-24'],
    ['2011-04-24', '2011-04-22', '2011-04-25'],
    ['2016-03-27', '2016-03-25', '2016-03-28'],
    ['2018-04-01', '2018-03-30', '2018-04-02'],
    ['2019-04-21', '2019-04-19', '2019-04-22'],
    ['2038-04-25', '2038-04-23', '2038-04-26'],
    ['2100-03-28', '2100-03-26', '2100-03-29'],
    ['2285-03-22', '2285-03-20', '2285-03-23'],
  ])('Easter Sunday %s: Good Friday %s and Easter Monday %s are holidays, Easter Sunday is not', (sunday, friday, monday) => {
    expect(isBankHoliday(friday)).toBe(true);
    expect(isBankHoliday(monday)).toBe(true);
    expect(isBankHoliday(sunday)).toBe(false);
  });

  it.each(['2026-01-02', '2026-04-02', '2026-04-04', '2026-04-05', '2026-04-07', '2026-05-05', '2026-08-24', '2026-12-24', '2026-12-26', '2026-12-27', '2026-12-29', '2026-12-31'])(
    '%s is not a bank holiday', day => {
      expect(isBankHoliday(day)).toBe(false);
    });

  it('asking twice for a year gives the same days', () => {
    expect([...bankHolidaysInEngland(2031)]).toEqual([...bankHolidaysInEngland(2031)]);
    expect(bankHolidaysInEngland(2031).size).toBe(8);
  });
});

describe('the wall clock in London', () => {
  it.each([
    // GMT in winter: London is UTC.
    ['2026-12-02T10:00:00Z', '2026-12-02', 'wed', 10 * 60],
    ['2026-12-31T23:59:00Z', '2026-12-31', 'thu', 23 * 60 + 59],
    ['2027-01-01T00:00:00Z', '2027-01-01', 'fri', 0],
    // BST in summer: London is UTC+1, so late UTC evening is already tomorrow.
    ['2026-06-30T23:30:00Z', '2026-07-01', 'wed', 30],
    ['2026-07-06T07:29:00Z', '2026-07-06', 'mon', 8 * 60 + 29],
    // The clocks go forward at 01:00 UTC on Sunday 29 March 2026: 00:59 GMT, then 02:00 BST.
    ['2026-03-29T00:59:00Z', '2026-03-29', 'sun', 59],
    ['2026-03-29T01:00:00Z', '2026-03-29', 'sun', 2 * 60],
    // And back at 01:00 UTC on Sunday 25 October 2026: 01:59 BST, then 01:00 GMT.
    ['2026-10-25T00:59:00Z', '2026-10-25', 'sun', 60 + 59],
    ['2026-10-25T01:00:00Z', '2026-10-25', 'sun', 60],
    ['2026-11-28T12:00:00Z', '2026-11-28', 'sat', 12 * 60],
    ['2026-12-01T12:00:00Z', '2026-12-01', 'tue', 12 * 60],
  ])('%s is %s (%s), minute %i of the day', (instant, date, weekday, minutes) => {
    expect(londonTime(new Date(instant))).toEqual({ date, weekday, minutes });
  });

  it.each([
    ['08:30', '8.30am'], ['09:05', '9.05am'], ['11:59', '11.59am'], ['12:00', '12.00pm'], ['12:30', '12.30pm'],
    ['13:00', '1.00pm'], ['16:30', '4.30pm'], ['17:00', '5.00pm'], ['00:00', '12.00am'], ['24:00', '12.00am'],
  ])('%s reads as %s, as the sources print times', (clock, spoken) => {
    expect(spokenTime(clock)).toBe(spoken);
  });

  it.each([['00:00', 0], ['08:30', 510], ['16:30', 990], ['17:00', 1020], ['24:00', 1440]])('%s is minute %i', (clock, minutes) => {
    expect(clockMinutes(clock)).toBe(minutes);
  });

  it.each([
    ['2026-12-02', 0, '2026-12-02', 'wed'],
    ['2026-12-04', 1, '2026-12-05', 'sat'],
    ['2026-11-30', 6, '2026-12-06', 'sun'],
    ['2026-12-31', 1, '2027-01-01', 'fri'],
    ['2026-03-28', 1, '2026-03-29', 'sun'],
    ['2026-10-24', 2, '2026-10-26', 'mon'],
    ['2028-02-28', 1, '2028-02-29', 'tue'],
    ['2026-12-25', 14, '2027-01-08', 'fri'],
  ])('%s plus %i days is %s, a %s', (date, n, expected, weekday) => {
    expect(addDays(date, n)).toEqual({ date: expected, weekday });
  });

  it('names the days of the week in order from Monday', () => {
    expect(WEEKDAYS.map(dayName)).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
  });
});

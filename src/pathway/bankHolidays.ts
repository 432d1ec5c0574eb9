// Bank holidays in England, computed rather than listed so the guide does not go stale at year end.
// One-off holidays proclaimed for a single year (a coronation, a jubilee) are not predictable and are
// not included: on such a day the day teams are shown as open, so the out-of-hours line is always
// given alongside (see contactsNow).

function easterSunday(year: number): Date {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

const iso = (d: Date): string => d.toISOString().slice(0, 10);
const shift = (d: Date, days: number): Date => new Date(d.getTime() + days * 86_400_000);

function firstMonday(year: number, month: number): Date {
  const d = new Date(Date.UTC(year, month, 1));
  return shift(d, (8 - d.getUTCDay()) % 7);
}
function lastMonday(year: number, month: number): Date {
  const d = new Date(Date.UTC(year, month + 1, 0));
  return shift(d, -((d.getUTCDay() + 6) % 7));
}
/** A holiday on a weekend moves to the next weekday that is not already a holiday. */
function substitute(d: Date, taken: Set<string>): Date {
  let out = d;
  while (out.getUTCDay() === 0 || out.getUTCDay() === 6 || taken.has(iso(out))) out = shift(out, 1);
  return out;
}

const cache = new Map<number, Set<string>>();

export function bankHolidaysInEngland(year: number): Set<string> {
  const cached = cache.get(year);
  if (cached) return cached;
  const days = new Set<string>();
  const easter = easterSunday(year);
  days.add(iso(substitute(new Date(Date.UTC(year, 0, 1)), days)));
  days.add(iso(shift(easter, -2)));
  days.add(iso(shift(easter, 1)));
  days.add(iso(firstMonday(year, 4)));
  days.add(iso(lastMonday(year, 4)));
  days.add(iso(lastMonday(year, 7)));
  const christmas = substitute(new Date(Date.UTC(year, 11, 25)), days);
  days.add(iso(christmas));
  days.add(iso(substitute(new Date(Date.UTC(year, 11, 26)), days)));
  cache.set(year, days);
  return days;
}

export const isBankHoliday = (londonDate: string): boolean =>
  bankHolidaysInEngland(Number(londonDate.slice(0, 4))).has(londonDate);

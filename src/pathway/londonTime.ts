// Services keep UK hours, but activities carry UTC timestamps: every hours decision is made on the
// wall clock in Europe/London (GMT in winter, BST in summer).
import type { Weekday } from '../knowledge/schema.js';

export interface LondonTime {
  /** yyyy-mm-dd, the London calendar date. */
  date: string;
  weekday: Weekday;
  /** Minutes since London midnight. */
  minutes: number;
}

// Built on first use, not at import: a mistake in these options then fails the call that needs them.
let formatter: Intl.DateTimeFormat | undefined;
const londonFormatter = (): Intl.DateTimeFormat => formatter ??= new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit',
  weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** One turn asks for the same moment once per contact and service it weighs; the last answer is kept. */
let last: { ms: number; time: Readonly<LondonTime> } | undefined;

export function londonTime(instant: Date): Readonly<LondonTime> {
  const ms = instant.getTime();
  if (last?.ms === ms) return last.time;
  const parts = Object.fromEntries(londonFormatter().formatToParts(instant).map(p => [p.type, p.value]));
  const time = Object.freeze({
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: (parts.weekday ?? 'Mon').toLowerCase().slice(0, 3) as Weekday,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  });
  if (!Number.isNaN(ms)) last = { ms, time };
  return time;
}

export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const DAY_NAMES: Record<Weekday, string> = {
  mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday',
};
export const dayName = (day: Weekday): string => DAY_NAMES[day];

/** "17:00" -> "5.00pm", the way the sources print times and the way it reads aloud. */
export function spokenTime(clock: string): string {
  const [h = 0, m = 0] = clock.split(':').map(Number);
  const suffix = h >= 12 && h < 24 ? 'pm' : 'am';
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  return `${hour12}.${String(m).padStart(2, '0')}${suffix}`;
}

export const clockMinutes = (clock: string): number => {
  const [h = 0, m = 0] = clock.split(':').map(Number);
  return h * 60 + m;
};

/** The London date n days after `date` (yyyy-mm-dd), and its weekday. */
export function addDays(date: string, n: number): { date: string; weekday: Weekday } {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  const iso = d.toISOString().slice(0, 10);
  return { date: iso, weekday: WEEKDAYS[(d.getUTCDay() + 6) % 7] as Weekday };
}

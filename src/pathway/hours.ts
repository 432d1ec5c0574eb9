// Whether a contact is open at a moment, and what to say about it: "open until 5.00pm today",
// "closed now; reopens Monday at 8.30am". Hours are data (knowledge/*.yaml); this reads them.
import type { Contact, Hours, OpeningRange } from '../knowledge/schema.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { isBankHoliday } from './bankHolidays.js';
import { addDays, clockMinutes, dayName, londonTime, spokenTime, type LondonTime } from './londonTime.js';

export type OpeningState =
  | { kind: 'open'; closes: string }
  | { kind: 'closed'; reopens?: { day: string; time: string }; bankHoliday: boolean }
  | { kind: 'always' }
  | { kind: 'out-of-hours-service'; dayServiceOpen: boolean | undefined }
  | { kind: 'not-stated' };

function rangeToday(ranges: readonly OpeningRange[], t: LondonTime): OpeningRange | undefined {
  return ranges.find(r => r.days.includes(t.weekday));
}

function nextOpening(hours: Extract<Hours, { kind: 'weekly' }>, t: LondonTime): { day: string; time: string } | undefined {
  for (let n = 0; n <= 14; n++) {
    const day = n === 0 ? { date: t.date, weekday: t.weekday } : addDays(t.date, n);
    if (hours.closedOnBankHolidays && isBankHoliday(day.date)) continue;
    const range = hours.ranges.find(r => r.days.includes(day.weekday));
    if (!range) continue;
    if (n === 0 && t.minutes >= clockMinutes(range.open)) continue;
    const label = n === 0 ? 'today' : n === 1 ? 'tomorrow' : dayName(day.weekday);
    return { day: label, time: spokenTime(range.open) };
  }
  return undefined;
}

export function openingStateAt(hours: Hours, now: Date): OpeningState {
  switch (hours.kind) {
    case 'always': return { kind: 'always' };
    case 'not-stated': return { kind: 'not-stated' };
    case 'out-of-hours': return { kind: 'out-of-hours-service', dayServiceOpen: undefined };
    case 'weekly': {
      const t = londonTime(now);
      const bankHoliday = hours.closedOnBankHolidays && isBankHoliday(t.date);
      const range = rangeToday(hours.ranges, t);
      if (!bankHoliday && range && t.minutes >= clockMinutes(range.open) && t.minutes < clockMinutes(range.close)) {
        return { kind: 'open', closes: spokenTime(range.close) };
      }
      return { kind: 'closed', reopens: nextOpening(hours, t), bankHoliday };
    }
  }
}

/** A contact as it stands at a moment, with the one to use instead when it is closed. */
export interface ContactNow {
  contact: Contact;
  state: OpeningState;
  /** Reads well aloud: "open now until 5.00pm", "closed now (bank holiday); reopens tomorrow at 9.00am". */
  statusText: string;
  /** When this contact is closed (or its hours are not printed): its out-of-hours alternative. */
  alternative?: ContactNow;
}

const OUT_OF_HOURS_ONLY = 'out of hours only';

function statusText(state: OpeningState, hours: Hours): string {
  switch (state.kind) {
    case 'open': return `open now until ${state.closes} today`;
    case 'closed': {
      const why = state.bankHoliday ? ' (bank holiday)' : '';
      return state.reopens ? `closed now${why}; reopens ${state.reopens.day} at ${state.reopens.time}` : `closed now${why}`;
    }
    case 'always': return `available 24 hours (${(hours as { asPrinted: string }).asPrinted})`;
    case 'out-of-hours-service': {
      // Nottingham City prints its EDT's hours as just "out of hours only": said once, not twice.
      const printed = (hours as { asPrinted: string }).asPrinted;
      return OUT_OF_HOURS_ONLY.includes(printed.toLowerCase().replace(/[^a-z]+/g, ' ').trim()) ? OUT_OF_HOURS_ONLY : `${OUT_OF_HOURS_ONLY} (${printed})`;
    }
    case 'not-stated': return 'the source does not give opening hours for this contact';
  }
}

/**
 * The contact's state now. An out-of-hours team is "use now" exactly when the day contact that names it
 * is closed; a day contact with no printed hours keeps its out-of-hours alternative alongside, because
 * guessing its hours could send someone to a closed phone.
 */
export function contactNow(kb: KnowledgeBase, contact: Contact, now: Date, dayServiceOpen?: boolean): ContactNow {
  let state = openingStateAt(contact.hours, now);
  if (state.kind === 'out-of-hours-service') state = { kind: 'out-of-hours-service', dayServiceOpen };
  const result: ContactNow = { contact, state, statusText: statusText(state, contact.hours) };
  const altContact = contact.outOfHours ? kb.contact(contact.outOfHours) : undefined;
  if (altContact && (state.kind === 'closed' || state.kind === 'not-stated')) {
    result.alternative = contactNow(kb, altContact, now, state.kind === 'closed' ? false : undefined);
  }
  return result;
}

/** Used for "who do I call out of hours?": the alternative regardless of the time now. */
export function outOfHoursAlternative(kb: KnowledgeBase, contact: Contact, now: Date): ContactNow | undefined {
  const alt = contact.outOfHours ? kb.contact(contact.outOfHours) : undefined;
  return alt ? contactNow(kb, alt, now, false) : undefined;
}

// A contact as the lookup page shows it: numbers ready to dial, its hours as printed, and plainly
// whether it can be called now. Opening state comes from the pathway's hours module.
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { Contact } from '../knowledge/schema.js';
import { contactNow, openingStateAt, type ContactNow } from '../pathway/hours.js';
import { diallable, type DiallablePhone } from './dialling.js';

export type LookupPhone = DiallablePhone;

export interface LookupContact {
  id: string;
  name: string;
  phones: LookupPhone[];
  emails: string[];
  web: string[];
  hoursAsPrinted?: string;
  /** open: call now; closed: do not; unknown: the source prints no hours. */
  availability: 'open' | 'closed' | 'unknown';
  /** "open now until 5.00pm today", "closed now; reopens Monday at 8.30am". */
  status: string;
  /** Shown under a closed contact: the one to use instead. */
  isAlternative: boolean;
  /** Already given in full by an earlier result: the page points there instead of repeating it. */
  shownAbove: boolean;
}

/** Whether the day service that hands over to this out-of-hours team is open (undefined if none or unknown). */
function dayServiceOpen(kb: KnowledgeBase, outOfHoursId: string, now: Date): boolean | undefined {
  const states = kb.contacts.filter(c => c.outOfHours === outOfHoursId).map(c => openingStateAt(c.hours, now).kind);
  if (states.includes('open')) return true;
  return states.length && states.every(s => s === 'closed') ? false : undefined;
}

function availability(c: ContactNow): LookupContact['availability'] {
  switch (c.state.kind) {
    case 'open': case 'always': return 'open';
    case 'closed': return 'closed';
    case 'not-stated': return 'unknown';
    case 'out-of-hours-service':
      return c.state.dayServiceOpen === undefined ? 'unknown' : c.state.dayServiceOpen ? 'closed' : 'open';
  }
}

function statusFor(kb: KnowledgeBase, c: ContactNow): string {
  if (c.state.kind !== 'out-of-hours-service') return c.statusText;
  if (c.state.dayServiceOpen === undefined) {
    // Nottingham City's Children and Families Direct prints no hours, so nobody can say which team is on now.
    const dayTeams = kb.contacts.filter(d => d.outOfHours === c.contact.id).map(d => d.name);
    return dayTeams.length ? `out of hours only; the source does not give hours for ${dayTeams.join(' or ')}, so check both` : c.statusText;
  }
  return c.state.dayServiceOpen ? `${c.statusText}: the day team is open now` : `open now: ${c.statusText}`;
}

function toLookupContact(kb: KnowledgeBase, c: ContactNow, isAlternative: boolean): LookupContact {
  const contact = c.contact;
  return {
    id: contact.id,
    name: contact.name,
    phones: contact.phones.map(diallable),
    emails: contact.emails.map(e => e.address),
    web: contact.web.map(w => w.url),
    hoursAsPrinted: contact.hours.kind === 'not-stated' ? undefined : contact.hours.asPrinted,
    availability: availability(c),
    status: statusFor(kb, c),
    isAlternative,
    shownAbove: false,
  };
}

/** The contact now, followed by its out-of-hours alternative when it is closed or its hours are unknown. */
export function describeContact(kb: KnowledgeBase, contact: Contact, now: Date): LookupContact[] {
  const current = contactNow(kb, contact, now, dayServiceOpen(kb, contact.id, now));
  return [toLookupContact(kb, current, false), ...(current.alternative ? [toLookupContact(kb, current.alternative, true)] : [])];
}

// The one thing to do now, as a sentence and a link a tap opens: a call, an email with the named form,
// or an online form. It is the referral route itself, right for the hour, never a chase-up line.
import type { Contact, Phone } from '../knowledge/schema.js';
import { diallable } from '../lookup/dialling.js';
import type { ContactNow } from '../pathway/hours.js';
import type { ServiceFit } from '../pathway/route.js';

export interface ActionLink {
  title: string;
  url: string;
  /** A number as the source prints it ("101 Ext 801 5060"), for text beside the link. */
  printed?: string;
}

/**
 * The tel: link the helpline lookup dials too (src/lookup/dialling.ts): an extension kept as a pause
 * after the main number; none for a fax, a minicom or a number printed without its area code.
 */
export function telUrl(phone: Phone): string | undefined {
  const dial = diallable(phone).dial;
  return dial ? `tel:${dial}` : undefined;
}

/** The first number that can be dialled as it stands. */
const dialable = (c: Contact) => c.phones.find(p => telUrl(p));

const callLink = (title: string, phone: Phone): ActionLink | undefined => {
  const url = telUrl(phone);
  return url ? { title, url, printed: phone.number } : undefined;
};

/** A number the source gives for chasing a referral ("not heard anything after 12 weeks") is not the way in. */
const CHASE_UP = /after \d+ weeks|not heard|chase|follow[- ]?up/i;
const REFERRAL_ROUTE = /referr|form/i;

export function callAction(c: Contact): ActionLink | undefined {
  const phone = dialable(c);
  return phone && callLink(`Call ${c.name}`, phone);
}

export function emailAction(c: Contact): ActionLink | undefined {
  const email = c.emails[0];
  return email ? { title: `Email ${c.name}`, url: `mailto:${email.address}` } : undefined;
}

/** The contact to use now: the out-of-hours one when the day contact is closed. */
export const useNow = (c: ContactNow): ContactNow => (c.state.kind === 'closed' && c.alternative ? c.alternative : c);

/** Call if it can be dialled, else write. */
export function contactAction(c: ContactNow): ActionLink | undefined {
  const now = useNow(c);
  return callAction(now.contact) ?? emailAction(now.contact);
}

export interface ReferralRoute { sentence: string; action?: ActionLink }

const formName = (form: string | undefined) => form?.replace(/\s*\(.*$/, '').trim();

/** How to refer to a service now, from what its source prints: the form's address, the online form, or the number. */
export function referralRoute(fit: ServiceFit): ReferralRoute {
  const s = fit.service;
  const contacts = fit.contacts.map(useNow);
  if (s.referral.selfReferral === 'no-referral-needed') {
    const web = contacts.flatMap(c => c.contact.web)[0];
    return { sentence: `Go to ${s.name}: no referral is needed, families can go directly.`, ...(web ? { action: { title: `Open ${s.name}`, url: web.url } } : {}) };
  }
  const form = formName(s.referral.form);
  for (const c of contacts) {
    const email = c.contact.emails.find(e => REFERRAL_ROUTE.test(e.label ?? '')) ?? (form ? c.contact.emails[0] : undefined);
    if (email) return { sentence: `Refer to ${s.name}: email ${form ? `the ${form}` : 'the referral'} to ${email.address}.`, action: { title: `Email ${form ? `the ${form}` : 'the referral'}`, url: `mailto:${email.address}` } };
    const web = c.contact.web.find(w => REFERRAL_ROUTE.test(`${w.label ?? ''} ${w.url}`));
    if (web) return { sentence: `Refer to ${s.name} with the online form: ${web.url}.`, action: { title: 'Open the online form', url: web.url } };
  }
  for (const c of contacts) {
    const phone = c.contact.phones.find(p => !CHASE_UP.test(p.label ?? '') && telUrl(p));
    if (phone) return { sentence: `Refer to ${s.name}: call ${c.contact.name} on ${phone.number} (${c.statusText}).`, action: callLink(`Call ${c.contact.name}`, phone) };
  }
  for (const c of contacts) {
    const email = c.contact.emails[0];
    if (email) return { sentence: `Refer to ${s.name}: email ${c.contact.name} at ${email.address}.`, action: { title: `Email ${c.contact.name}`, url: `mailto:${email.address}` } };
    const web = c.contact.web[0];
    if (web) return { sentence: `Refer to ${s.name}: see ${web.url}.`, action: { title: `Open ${c.contact.name}`, url: web.url } };
  }
  if (s.referral.selfReferral === 'accepted') return { sentence: `${s.name}: self-referral is accepted; the guidance does not give a direct contact.` };
  return { sentence: `Refer to ${s.name}: ${s.referral.how[0] ?? 'the guidance does not give a direct contact.'}` };
}

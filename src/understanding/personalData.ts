// Identifying details typed into the chat: the bot needs none and warns once. Only the kinds are
// reported; the text itself is never kept.
import type { PersonalDataKind } from './understanding.js';

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*';
const DATE_OF_BIRTH = new RegExp(`\\b(?:dob|d\\.o\\.b|date of birth|born(?: on)?)\\b[:\\s]*\\d|\\b\\d{1,2}[/.-]\\d{1,2}[/.-](?:19|20)?\\d{2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\s+(?:19|20)\\d{2}\\b`, 'i');
/** Ten digits grouped 3-3-4; UK phone numbers start with 0, NHS numbers do not. */
const NHS_NUMBER = /\b[1-9]\d{2}[ -]?\d{3}[ -]?\d{4}\b/;
const POSTCODE_WITH_HOUSE = /\b\d+[a-z]?\s+[a-z][a-z' -]+\s(?:road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|court|place|grove|gardens|terrace|walk)\b.*\b[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b|\b[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b/i;
/** Mobile numbers only: the landlines users type are the services' own numbers they are asking about. */
const MOBILE = /(?:\+44\s?7\d{3}|\b07\d{3})\s?\d{3}\s?\d{3}\b/;
const EMAIL = /\b[\w.+-]+@[\w-]+\.[\w.-]+\b/;
/** "called Jayden Smith", "name is Amy", "Amy Smith (DOB ...)". */
const NAME = /\b(?:called|named|name is|name's|child is|pupil|student|son|daughter)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b|\b[A-Z][a-z]+\s+[A-Z][a-z]+\s*(?:,|\()?\s*(?:[Dd][Oo][Bb]|[Dd]\.[Oo]\.[Bb]|born|aged?)\b/;

export function findPersonalData(original: string): PersonalDataKind[] {
  const found: PersonalDataKind[] = [];
  if (NHS_NUMBER.test(original)) found.push('nhs-number');
  if (DATE_OF_BIRTH.test(original)) found.push('date-of-birth');
  if (POSTCODE_WITH_HOUSE.test(original)) found.push('postcode');
  if (MOBILE.test(original)) found.push('phone-number');
  if (EMAIL.test(original) && !/@(?:nottscc|nottsc|notts|nottinghamcity|derby|family-action)\./i.test(original)) found.push('email');
  if (NAME.test(original) && (found.includes('date-of-birth') || /\b(?:called|named|name is|name's)\b/i.test(original))) found.push('name');
  return found;
}

/** A whole date of birth ("born 21.06.2011"), so no digits of it are left behind. */
const WHOLE_DATE = /\b(?:dob|d\.o\.b|date of birth|born(?: on)?)\b[:\s]*[\d./ -]{5,10}\d|\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}\b/i;
/** Names first: they are recognised by the date of birth beside them. */
const REDACTIONS = [NAME, WHOLE_DATE, DATE_OF_BIRTH, NHS_NUMBER, POSTCODE_WITH_HOUSE, MOBILE, EMAIL]
  .map(pattern => new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`));

/** The message with identifying details replaced, for anything that is kept (conversation state). */
export function redactPersonalData(original: string): string {
  return REDACTIONS.reduce((text, pattern) => text.replace(pattern, '[removed]'), original);
}

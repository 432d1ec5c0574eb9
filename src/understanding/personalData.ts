// Identifying details typed into the chat: the bot needs none and warns once. Only the kinds are
// reported; the text itself is never kept: redactPersonalData runs before anything is stored (the
// conversation state, the local Direct Line's transcript).
//
// Finding (which warns) is stricter than redacting (which keeps): a service's own number or a date in
// a question is not a reason to warn, but it is removed from what is kept all the same.
import { loadKnowledgeBase } from '../knowledge/loader.js';
import type { PersonalDataKind } from './understanding.js';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const ORDINAL = '(?:st|nd|rd|th)?';
const YEAR = '(?:19|20)\\d{2}';
const DOB_WORDS = '(?:dob|d\\.\\s?o\\.\\s?b\\.?|date\\s+of\\s+birth|birth\\s?date|birthday|born(?:\\s+on)?)';

/** Dates in every way people write them: 14/03/2018, 14.3.18, 2018-03-14, 14th of March 2018, March 14, 2018, 14 Mar 18. */
const DATE_FORMS = [
  `\\b\\d{1,2}\\s?[/.-]\\s?\\d{1,2}\\s?[/.-]\\s?(?:${YEAR}|\\d{2})\\b`,
  `\\b${YEAR}\\s?[/.-]\\s?\\d{1,2}\\s?[/.-]\\s?\\d{1,2}\\b`,
  `\\b\\d{1,2}\\s\\d{1,2}\\s${YEAR}\\b`,
  `\\b\\d{1,2}${ORDINAL}(?:\\s+of)?[\\s-]+${MONTH},?[\\s-]+(?:${YEAR}|'?\\d{2})\\b`,
  `\\b${MONTH}\\s+(?:the\\s+)?\\d{1,2}${ORDINAL},?\\s+${YEAR}\\b`,
];
const ANY_DATE = `(?:${DATE_FORMS.join('|')})`;
/** After "born", "DOB" and the like, a month and year or a bare year is a date of birth too. */
const DATE_OF_BIRTH = new RegExp(
  `${ANY_DATE}|\\b${DOB_WORDS}(?![a-z])[:\\s-]*(?:in\\s+)?(?:${MONTH}\\s+${YEAR}\\b|${YEAR}\\b|\\d{6,8}\\b)`, 'gi');

/** Ten digits grouped 3-3-4 (or run together); UK phone numbers start with 0, NHS numbers do not. */
const NHS_NUMBER = /\b[1-9]\d{2}[ -]?\d{3}[ -]?\d{4}\b/g;

/** Every UK format: 0115 876 4800, 01332 641172, 020 7946 0000, 0300 500 80 90, (0115) 876-4800, 07700 900123, +44 (0)115 876 4800, +447700900123. */
const PHONE = /(?:\+44\s?(?:\(0\)\s?)?\d|\(?\b0\d)(?:[\s-]?\)?\s?\d){8,9}\b/g;
const MOBILE = /(?:\+44\s?(?:\(0\)\s?)?7|\b07)\d{3}[\s-]?\d{3}[\s-]?\d{3}\b/;
/** A number said to be a person's: "her number is", "mum on", "call me on". */
const PERSONAL_NUMBER_CUE = /\b(?:my|her|his|their|mum'?s?|dad'?s?|home|mobile|landline|me on|her on|him on|them on)\b[^.?!\n]{0,25}$/i;

const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi;
const STREET_TYPES = ['road', 'rd', 'street', 'st', 'avenue', 'ave', 'lane', 'ln', 'close', 'drive', 'dr', 'way', 'crescent', 'court', 'place', 'grove', 'gardens', 'terrace', 'walk', 'row', 'rise', 'mews', 'square', 'parade', 'hill', 'view', 'green'];
/** Typed in lower case these still read as streets; "way", "close" or "view" after a number need a capital ("12 year old way behind"). */
const PLAIN_STREET_TYPES = 'road|rd|street|avenue|ave|lane|crescent|gardens|terrace|mews|grove';
const capitalised = (word: string) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`;
/** "44 Acacia Avenue", "flat 3, 12 high street", "Flat 2". */
const STREET_ADDRESS = new RegExp(
  `\\b(?:(?:[Ff]lat|[Aa]partment|[Uu]nit)\\s+\\d+[a-z]?,?\\s+)?\\d{1,4}[a-zA-Z]?,?\\s+(?:(?:[A-Z][a-z'-]+\\s+){1,3}(?:${STREET_TYPES.map(capitalised).join('|')})|(?:[a-z'-]+\\s+){1,3}(?:${PLAIN_STREET_TYPES}))\\b\\.?` +
  '|\\b(?:[Ff]lat|[Aa]partment)\\s+\\d+[a-zA-Z]?\\b', 'g');
/** A named street without a number: "lives on Acacia Avenue". */
const NAMED_STREET = /\b(?:[A-Z][a-z'-]+\s+){1,3}(?:Road|Street|Avenue|Lane|Close|Drive|Crescent|Court|Grove|Gardens|Terrace|Walk|Mews|Square|Rise|Parade)\b/g;

const EMAIL = /\b[\w.+-]+@[\w-]+\.[\w.-]+\b/g;
const SERVICE_EMAIL = /@(?:nottscc|nottsc|notts|nottinghamcity|derby|family-action)\./i;

/** One capitalised name: Amy, O'Brien, McDonald, Ellie-Mae. */
const NAME_PART = "[A-Z](?:[a-z]+|'[A-Z][a-z]+)(?:['-]?[A-Z]?[a-z]+)*";
const NAME_WORDS = `${NAME_PART}(?:\\s${NAME_PART}){0,2}`;
/** The words for a date of birth, in any case, for patterns that must stay case-sensitive (names). */
const DOB_WORDS_ANY_CASE = DOB_WORDS.replace(/(?<!\\)[a-z]/g, letter => `[${letter.toUpperCase()}${letter}]`);
/** Capitalised words that start sentences about a child without being a name. */
const NOT_A_NAME = "(?!(?:He|She|They|It|This|That|There|Who|What|Which|When|Where|My|Our|Their|His|Her|The|A|An|Child|Son|Daughter|Boy|Girl|Baby|Year|Age|Aged|Now|And|But|So|If|Is|Mum|Dad|Yes|No|Hi|Hello)\\b)";
/** A name after "called", "named", "name is", "known as", or "<he, the child, my son...> is". */
const NAME_AFTER_WORD = new RegExp(
  `(?<=\\b(?:called|named|name\\s+is|name's|known\\s+as|(?:child|son|daughter|boy|girl|pupil|student|baby|kid|brother|sister|he|she)\\s+is)\\s+)${NOT_A_NAME}${NAME_WORDS}`, 'g');
/** A name told by the age or date of birth beside it: "Jayden Smith is 7", "Amy (6)", "Tom Jones, born 03/04/2016". */
const NAME_BEFORE_AGE = new RegExp(
  `\\b${NOT_A_NAME}${NAME_WORDS}(?=\\s+(?:is|was|who\\s+is|aged?)\\s+\\d{1,2}\\b|\\s*\\(\\s*(?:aged?\\s*)?\\d{1,2}\\s*\\)|\\s*,?\\s*\\(?\\s*(?:aged?\\s+\\d|${DOB_WORDS_ANY_CASE}\\b))`, 'g');

/** A full name told by the school year or a bare age beside it: "Kacey-Leigh Barnes in Y2", "Kai Brennan, 10, says". */
const NAME_BEFORE_SCHOOL_YEAR = new RegExp(`\\b${NOT_A_NAME}${NAME_PART}\\s${NAME_PART}(?=\\s+in\\s+(?:[Yy]|[Yy]r|[Yy]ear)\\s?\\d{1,2}\\b|\\s+in\\s+[Rr]eception\\b|\\s*,\\s*\\d{1,2}\\s*(?:,|\\)|yo\\b|y\\/o\\b|yrs?\\b|years?\\b))`, 'g');

const test = (pattern: RegExp, text: string): boolean => { pattern.lastIndex = 0; return pattern.test(text); };

function hasPersonalPhone(text: string): boolean {
  if (MOBILE.test(text)) return true;
  for (const match of text.matchAll(PHONE)) {
    if (PERSONAL_NUMBER_CUE.test(text.slice(0, match.index))) return true;
  }
  return false;
}

export function findPersonalData(original: string): PersonalDataKind[] {
  const found: PersonalDataKind[] = [];
  if (test(NHS_NUMBER, original)) found.push('nhs-number');
  if (test(DATE_OF_BIRTH, original)) found.push('date-of-birth');
  if (test(POSTCODE, original) || test(STREET_ADDRESS, original)) found.push('postcode');
  if (hasPersonalPhone(original)) found.push('phone-number');
  if ([...original.matchAll(EMAIL)].some(match => !SERVICE_EMAIL.test(match[0]))) found.push('email');
  if (test(NAME_AFTER_WORD, original) || test(NAME_BEFORE_AGE, original) || test(NAME_BEFORE_SCHOOL_YEAR, original)) found.push('name');
  return found;
}

export const REMOVED = '[removed]';

/**
 * Names first (they are found by the age or date beside them), then dates before the digits-only
 * patterns, so no part of a date is left behind as a number.
 */
// Addresses first: a street's name before an age ("100 Acacia Road, aged 4") would otherwise be taken for a
// person's and leave the house number behind.
const REDACTIONS: readonly RegExp[] = [STREET_ADDRESS, NAMED_STREET, POSTCODE, NAME_BEFORE_AGE, NAME_AFTER_WORD, NAME_BEFORE_SCHOOL_YEAR, DATE_OF_BIRTH, EMAIL, PHONE, NHS_NUMBER];

let placeNames: ReadonlySet<string> | undefined;
/** The places the guide knows by name ("Mansfield is 4", "my son is Derby born" name a place, not a child), read once. */
function knownPlaceNames(): ReadonlySet<string> {
  if (!placeNames) {
    const kb = loadKnowledgeBase();
    placeNames = new Set([...kb.authorities, ...kb.districts, ...kb.places].flatMap(p => [p.name, ...p.aliases]).map(n => n.toLowerCase()));
  }
  return placeNames;
}

/** Capitalised words that are not names (NOT_A_NAME's list), as a set. */
const NOT_NAMES = new Set((NOT_A_NAME.match(/\(\?:([^)]*)\)/)?.[1] ?? '').split('|').map(w => w.toLowerCase()));

/**
 * A name-shaped match that starts with places the guide knows ("Mansfield", "Mansfield Hi", "Derby
 * Jayden"): the places are kept, and whatever else could be a name is removed.
 */
function redactNameBesidePlaces(found: string): string {
  const words = found.split(/\s+/);
  const places = knownPlaceNames();
  if (places.has(found.toLowerCase())) return found;
  let lead = 0;
  while (lead < words.length && places.has(words[lead]!.replace(/[^A-Za-z'-]/g, '').toLowerCase())) lead += 1;
  if (!lead) return REMOVED;
  const rest = words.slice(lead);
  return rest.every(w => NOT_NAMES.has(w.replace(/[^A-Za-z]/g, '').toLowerCase())) ? found : `${words.slice(0, lead).join(' ')} ${REMOVED}`;
}

/** The message with identifying details replaced, for anything that is kept (conversation state, transcripts). */
export function redactPersonalData(original: string): string {
  return REDACTIONS.reduce((text, pattern) => text.replace(pattern, found =>
    ([NAME_BEFORE_AGE, NAME_AFTER_WORD, NAME_BEFORE_SCHOOL_YEAR].includes(pattern) ? redactNameBesidePlaces(found) : REMOVED)), original);
}

// Identifying details are removed before anything is kept, however they are written and whatever is
// around them: names after "is/called/named", street addresses, postcodes, every UK phone format, NHS
// numbers and dates of birth in every written form. Generated inside noise with fast-check.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPersonalData, redactPersonalData } from '../../src/understanding/personalData.js';

const NOISE_WORDS = ['my', 'son', 'daughter', 'is', 'struggling', 'at', 'school', 'in', 'Mansfield', 'Derby', 'and', 'we', 'are', 'worried',
  'about', 'his', 'her', 'speech', 'ADHD', 'the', 'teacher', 'said', 'to', 'refer', 'year', '4', 'aged', '8', 'where', 'do', 'I', 'go', 'CAMHS',
  'please', 'help', 'can', 'you', 'tell', 'me', 'what', 'next', '-', ',', '.', '?', 'Hi,', 'thanks'];
const noise = fc.array(fc.constantFrom(...NOISE_WORDS), { maxLength: 12 }).map(words => words.join(' '));

const FIRST = ['Jayden', 'Amy', 'Ellie-Mae', 'Oliver', 'Priya', 'Kacper', 'Zainab', 'Tom', 'Ruby', 'Mohammed'];
const LAST = ['Smith', 'Turner', 'Nowak', 'Okafor', 'Patel', "O'Brien", 'Jones'];
const name = fc.tuple(fc.constantFrom(...FIRST), fc.option(fc.constantFrom(...LAST), { nil: undefined })).map(([f, l]) => (l ? `${f} ${l}` : f));
const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map(d => d.join(''));

const MONTHS = ['January', 'Feb', 'March', 'Apr', 'May', 'June', 'Jul', 'August', 'Sept', 'Oct', 'November', 'Dec'];
const ordinal = (d: number) => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;
const date = fc.record({ d: fc.integer({ min: 1, max: 28 }), m: fc.integer({ min: 1, max: 12 }), y: fc.integer({ min: 2005, max: 2025 }) });
const pad = (n: number) => String(n).padStart(2, '0');
const writtenDate = fc.tuple(date, fc.integer({ min: 0, max: 9 })).map(([{ d, m, y }, form]) => [
  `${d}/${m}/${y}`, `${pad(d)}.${pad(m)}.${String(y).slice(2)}`, `${y}-${pad(m)}-${pad(d)}`, `${ordinal(d)} ${MONTHS[m - 1]} ${y}`,
  `${ordinal(d)} of ${MONTHS[m - 1]} ${y}`, `${MONTHS[m - 1]} ${d}, ${y}`, `${d} ${MONTHS[m - 1]!.slice(0, 3)} ${String(y).slice(2)}`,
  `${pad(d)}-${pad(m)}-${y}`, `${d} ${m} ${y}`, `${pad(d)}/${pad(m)}/${String(y).slice(2)}`,
][form]!);
const dateOfBirth = fc.tuple(fc.constantFrom('DOB', 'dob:', 'd.o.b.', 'D.O.B', 'date of birth', 'born', 'born on', 'birthday'), writtenDate).map(([lead, d]) => ({ kept: `${lead} ${d}`, secret: d }));

const ukPhone = fc.oneof(
  fc.tuple(digits(3), digits(4)).map(([a, b]) => `0115 ${a} ${b}`),
  fc.tuple(digits(3), digits(3)).map(([a, b]) => `01332 ${a}${b}`),
  fc.tuple(digits(4), digits(4)).map(([a, b]) => `020 ${a} ${b}`),
  fc.tuple(digits(3), digits(2), digits(2)).map(([a, b, c]) => `0300 ${a} ${b} ${c}`),
  fc.tuple(digits(3), digits(3)).map(([a, b]) => `07700 ${a}${b}`),
  fc.tuple(digits(3), digits(4)).map(([a, b]) => `(0115) ${a}-${b}`),
  fc.tuple(digits(3), digits(4)).map(([a, b]) => `+44 (0)115 ${a} ${b}`),
  digits(9).map(d => `+447${d}`),
  digits(9).map(d => `07${d}`),
);
const nhsNumber = fc.tuple(fc.integer({ min: 1, max: 9 }), digits(2), digits(3), digits(4), fc.constantFrom(' ', '-', ''))
  .map(([a, b, c, d, sep]) => `${a}${b}${sep}${c}${sep}${d}`);
const postcode = fc.tuple(fc.constantFrom('NG', 'DE', 'S', 'LE', 'M', 'B'), fc.integer({ min: 1, max: 25 }), fc.integer({ min: 0, max: 9 }), fc.constantFrom('AB', 'ZZ', 'HU', 'QT'), fc.boolean())
  .map(([area, district, sector, unit, lower]) => { const code = `${area}${district} ${sector}${unit}`; return lower ? code.toLowerCase() : code; });
const streetAddress = fc.tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom('Acacia', 'High', 'Station', 'Mill', 'Church'), fc.constantFrom('Road', 'Street', 'Avenue', 'Lane', 'Close', 'Drive', 'Way', 'road', 'street', 'avenue'))
  .map(([n, street, type]) => `${n} ${type === type.toLowerCase() ? street.toLowerCase() : street} ${type}`);
const namedChild = fc.tuple(name, fc.constantFrom('called', 'named', 'name is', 'her name is', 'he is', 'known as'))
  .map(([n, lead]) => ({ kept: `${lead} ${n}`, secret: n }));
const nameWithAge = fc.tuple(name, fc.integer({ min: 1, max: 17 }), fc.constantFrom(' is ', ' aged ', ' (', ', aged ', ' who is '))
  .map(([n, age, joint]) => ({ kept: `${n}${joint}${age}${joint === ' (' ? ')' : ''}`, secret: n }));

const detail = fc.oneof(
  dateOfBirth,
  ukPhone.map(p => ({ kept: p, secret: p })),
  nhsNumber.map(n => ({ kept: n, secret: n })),
  postcode.map(p => ({ kept: p, secret: p })),
  streetAddress.map(a => ({ kept: a, secret: a })),
  namedChild,
  nameWithAge,
);

/** Every run of three or more digits in a secret, and every word of a name or street. */
const tell = (secret: string): string[] => [...(secret.match(/\d{3,}/g) ?? []), ...(/\d/.test(secret) ? [] : secret.split(/\s+/))];

describe('redacting identifying details', () => {
  it('removes each kind, in every form, inside noise', () => {
    fc.assert(fc.property(noise, detail, noise, (before, { kept, secret }, after) => {
      const redacted = redactPersonalData(`${before} ${kept} ${after}`);
      expect(redacted).not.toContain(secret);
      for (const part of tell(secret)) expect(redacted).not.toContain(part);
    }), { numRuns: 2000 });
  });

  it('keeps a place the guide knows before an age, and removes a name there', () => {
    expect(redactPersonalData('Mansfield is 4 miles away and Amy is 5')).toBe('Mansfield is 4 miles away and [removed] is 5');
    expect(redactPersonalData('my son is Derby born, his brother is Tom')).toBe('my son is Derby born, his brother is [removed]');
    expect(redactPersonalData('Mansfield Jayden is 1')).toBe('Mansfield [removed] is 1');
  });

  it('leaves ordinary messages as they were (ages, year groups, places)', () => {
    fc.assert(fc.property(noise, text => { expect(redactPersonalData(text)).toBe(text); }), { numRuns: 500 });
  });

  it.each([
    ['Jayden Smith is 7', 'name'],
    ['her name is Amy', 'name'],
    ['a boy called Tom Jones', 'name'],
    ['lives at 12 Acacia Avenue', 'postcode'],
    ['d.o.b. 2018-03-14', 'date-of-birth'],
    ['born 3rd May 2018', 'date-of-birth'],
    ['her home number is 0115 496 0000', 'phone-number'],
  ])('warns about "%s" (%s)', (text, kind) => {
    expect(findPersonalData(text)).toContain(kind);
  });

  it('does not warn about a question that names a service\'s number or a child\'s age', () => {
    for (const text of ['is 0300 500 80 90 the MASH number?', 'ring 0115 876 4800 out of hours?', 'a year 4 boy aged 8 in Arnold', 'my son is 7 and autistic', 'a 12 year old way behind at school']) {
      expect(findPersonalData(text)).toEqual([]);
    }
  });
});

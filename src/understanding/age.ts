// The child's age from free text: "7", "seven", "7yo", "15 y/o", "aged 3", "18 months", "Year 3",
// "toddler", "unborn". "Teenager" is too wide for age limits such as 12-17, so the bot asks. Ages that cannot be a child's are reported, not guessed.
import type { MissingFact } from '../pathway/route.js';

export interface AgeFinding { ageYears?: number; ageMonths?: number; outOfRange?: { value: number; asTyped: string; adult: boolean } }

const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  'twenty-one': 21, 'twenty one': 21, 'twenty-two': 22, 'twenty two': 22, 'twenty-three': 23, 'twenty-four': 24, 'twenty-five': 25,
};
const NUMBER = `(-?\\d{1,3}(?:\\.5)?|${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')})`;
const toNumber = (s: string): number => NUMBER_WORDS[s.toLowerCase()] ?? Number(s);

const YEARS = new RegExp(`(?<![\\w£$.])${NUMBER}\\s*(?:-|\\s)?\\s*(?:years?|yrs?|yr|y)\\s*(?:-|\\s)?\\s*(?:old|o)?\\b|(?<![\\w£$.])${NUMBER}\\s*(?:yo|y/o|y\\.o\\.?)(?![a-z])`, 'i');
const AGED = new RegExp(`\\b(?:aged?|age of|is|turns?|turned|just)\\s+${NUMBER}(?!\\s*(?:months?|weeks?|mins?|minutes?|hours?|pm|am|%|:))\\b`, 'i');
const MONTHS = new RegExp(`(?<![\\w.])${NUMBER}\\s*(?:-|\\s)?\\s*(?:months?|mths?|mos?)(?:\\s*-?\\s*old)?\\b`, 'i');
const WEEKS = new RegExp(`(?<![\\w.])${NUMBER}\\s*(?:-|\\s)?\\s*(?:weeks?|wks?)(?:\\s*-?\\s*old)\\b`, 'i');
/** After a number, the words that make it a time, a length or a count rather than an age ("9 minutes", "9%", "9.5 cm"). */
const NOT_AN_AGE_AFTER = '(?!\\s*(?:%|pm|am|:|minutes?|mins?|hours?|weeks?|months?|days?|times?|kg|cm|miles?)|\\.\\d)';
/** "she's 15", "the child is 9", "my son is 7". */
const SUBJECT_IS = new RegExp(`\\b(?:she|he|they|child|son|daughter|girl|boy|lad|lass|kid|baby|toddler|teen|teenager|pupil|student|brother|sister|nephew|niece|grandson|granddaughter|stepson|stepdaughter|cousin|mum|dad|mother|father|husband|wife|partner|friend|i)(?:'s|'re| is| are| was| were| turns| turned| reaches| gets to| got to)\\s+(?:only |just |now |nearly |almost |about )?${NUMBER}${NOT_AN_AGE_AFTER}\\b`, 'i');
/** The writer's own age: "im 16", "I'm 15 and", "i am 14". */
const WRITER_IS = new RegExp(`\\b(?:i'?m|i am)\\s+(?:only |just |nearly |almost )?${NUMBER}${NOT_AN_AGE_AFTER}\\b`, 'i');
/** "my daughter (7)", "my best m8 (14)", "kids (6 and 9)": an age in brackets after who it is. */
const BRACKETED = new RegExp(`\\b(?:son|daughter|child|children|girl|boy|lad|lass|kid|kids|baby|toddler|teen|teenager|pupil|student|brother|sister|bro|sis|nephew|niece|grandson|granddaughter|grandchild|grandchildren|stepson|stepdaughter|cousin|twins|friend|mate|m8|bestie|one|ones)s?\\s*\\(\\s*(?:aged?\\s*)?${NUMBER}(?:\\s*(?:yrs?|years?|yo))?\\s*(?:(?:and|&|,)\\s*\\d{1,2}\\s*)*\\)`, 'i');
const SCHOOL_YEAR = /\b(?:year|yr|y)\s?(\d{1,2})\b(?!\s*(?:olds?|old\b))/i;
const RECEPTION = /\breception\b/i;
const WORDS_FOR_AGES: [RegExp, number][] = [
  [/\b(unborn|pre-?birth|pregnan\w*|expecting a baby|antenatal|weeks pregnant|baby (is )?due|due date|due to give birth)\b/i, -1],
  [/\b(newborn|new-born|new baby)\b/i, 0],
  [/\b(baby|infant)\b/i, 0],
  [/\btoddler\b/i, 2],
  [/\bpre-?schooler\b/i, 3],
];
const BARE_NUMBER = new RegExp(`^\\s*(?:she'?s|he'?s|they'?re|about|around|nearly|almost|just)?\\s*${NUMBER}\\s*[.!]?\\s*$`, 'i');
/** A number standing alone between commas: "county lines, 14, Arnold". */
const LISTED_NUMBER = new RegExp(`(?:^|,)\\s*${NUMBER}\\s*(?:,|$)`, 'i');
const LEADING_NUMBER = new RegExp(`^\\s*${NUMBER}\\s*(?:,|\\b(?:in|from|living|lives|and|no|with|diagnosed|suspected|boy|girl)\\b)`, 'i');

function judge(value: number, asTyped: string, months = false): AgeFinding {
  if (months) {
    if (value < 0 || value > 300) return { outOfRange: { value, asTyped, adult: false } };
    return { ageYears: Math.floor(value / 12), ageMonths: value };
  }
  if (value < 0 || value > 120 || !Number.isFinite(value)) return { outOfRange: { value, asTyped, adult: false } };
  if (value > 25) return { outOfRange: { value, asTyped, adult: true } };
  return { ageYears: Math.floor(value) };
}

export function findAge(text: string, expecting?: MissingFact): AgeFinding {
  const weeks = WEEKS.exec(text);
  if (weeks && !/pregnan/i.test(text)) return { ageYears: 0, ageMonths: 0 };
  const months = MONTHS.exec(text);
  if (months?.[1] !== undefined) return judge(toNumber(months[1]), months[0].trim(), true);
  const years = YEARS.exec(text);
  const yearsValue = years?.[1] ?? years?.[2];
  // "Two years ago" is when something happened, not how old the child is.
  const when = years && /^\s*(ago|before|earlier|later|since|back)\b/i.test(text.slice(years.index + years[0].length));
  if (years && yearsValue !== undefined && !when) return judge(toNumber(yearsValue), years[0].trim());
  const subject = SUBJECT_IS.exec(text);
  if (subject?.[1] !== undefined) return judge(toNumber(subject[1]), subject[0].trim());
  // A grown-up giving their own age ("I'm 68 and my granddaughter...") says nothing of the child's.
  const writer = WRITER_IS.exec(text);
  if (writer?.[1] !== undefined && toNumber(writer[1]) <= 25) return judge(toNumber(writer[1]), writer[0].trim());
  const bracketed = BRACKETED.exec(text);
  if (bracketed?.[1] !== undefined) return judge(toNumber(bracketed[1]), bracketed[0].trim());
  const school = SCHOOL_YEAR.exec(text);
  if (school?.[1] !== undefined && Number(school[1]) <= 13 && !/\b(teacher|senco|head of)\b/i.test(text.slice(Math.max(0, school.index - 15), school.index + school[0].length + 12))) {
    return { ageYears: Number(school[1]) + 4 };
  }
  if (RECEPTION.test(text) && !/\breception (staff|desk|area)\b/i.test(text)) return { ageYears: 4 };
  // An age stated outright ("a toddler aged 3") wins over the age a word implies ("toddler": 2).
  const aged = AGED.exec(text);
  const statesAge = aged?.[1] !== undefined && /\b(aged?|age of)\b/i.test(aged[0]);
  if (aged?.[1] !== undefined && statesAge) return judge(toNumber(aged[1]), aged[0].trim());
  for (const [pattern, age] of WORDS_FOR_AGES) if (pattern.test(text)) return age < 0 ? { ageYears: -1 } : { ageYears: age };
  if (aged?.[1] !== undefined && expecting === 'age') return judge(toNumber(aged[1]), aged[0].trim());
  // A bare number answers "How old?", not "Where?".
  const bare = BARE_NUMBER.exec(text);
  if (bare?.[1] !== undefined && (expecting === 'age' || expecting === undefined)) return judge(toNumber(bare[1]), bare[1]);
  // A lone number answering another question ("Where?" - "7") is not an age.
  if (expecting && expecting !== 'age' && /^\W*\d+\W*$/.test(text)) return {};
  const listed = LEADING_NUMBER.exec(text) ?? LISTED_NUMBER.exec(text);
  if (listed?.[1] !== undefined) return judge(toNumber(listed[1]), listed[1]);
  return {};
}

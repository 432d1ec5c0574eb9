// Tricky strings with the entities a reader would take from them: typos, words for numbers, school
// years, negation, places in two authorities, places we do not cover. Measured by npm run eval:nlu.
import type { MissingFact } from '../../pathway/route.js';

export interface EntityCase {
  text: string;
  expecting?: MissingFact;
  ageYears?: number;
  /** The age is not a child's: rejected rather than used. */
  ageRejected?: boolean;
  /** Authority id; "unknown" for a place outside the gazetteer; "ask" when several authorities fit. */
  authority?: string;
  concerns?: string[];
  risks?: string[];
  diagnoses?: Record<string, string>;
  consent?: 'given' | 'refused';
  safeguardingDenied?: boolean;
  outOfHours?: boolean;
  whyNot?: string[];
  personalData?: string[];
}

export const ENTITY_CASES: EntityCase[] = [
  { text: 'eight year old lad in Rushclife with anger problems', ageYears: 8, authority: 'nottinghamshire', concerns: ['behaviour'] },
  { text: 'girl, 15 y/o, Mansfeild, cuts herself', ageYears: 15, authority: 'nottinghamshire', risks: ['self-harm'] },
  { text: 'family in Newark & Sherwood, baby not sleeping', ageYears: 0, authority: 'nottinghamshire', concerns: ['sleep'] },
  { text: 'she is in Year 4 and lives in Bulwell', ageYears: 8, authority: 'nottingham-city' },
  { text: 'reception child from Sinfin', ageYears: 4, authority: 'derby' },
  { text: '18 months old, Hucknal, speech delay', ageYears: 1, authority: 'nottinghamshire', concerns: ['speech-language'] },
  { text: 'mum is pregnant, lives in Worksop', ageYears: -1, authority: 'nottinghamshire' },
  { text: 'toddler in Clifton with tantrums', ageYears: 2, authority: 'nottingham-city', concerns: ['behaviour'] },
  { text: 'teenage boy from Birmingham smoking weed', authority: 'unknown', concerns: ['substance-misuse'] },
  { text: 'the child is 250', ageRejected: true },
  { text: 'she is aged -3', ageRejected: true },
  { text: 'it is about a 40 year old man', ageRejected: true },
  { text: 'twelve', expecting: 'age', ageYears: 12 },
  { text: 'Keyworth', expecting: 'area', authority: 'nottinghamshire' },
  { text: 'Leeds', expecting: 'area', authority: 'unknown' },
  { text: '11yo in Westbridgford, no safeguarding concerns, just anxious', ageYears: 11, authority: 'nottinghamshire', concerns: ['anxiety'], risks: [] },
  { text: 'she is not being hurt at home but is not eating', risks: [], concerns: ['eating-disorder'] },
  { text: 'no bruising seen, however he says his dad hits him', risks: ['physical-abuse'] },
  { text: 'suspected asd, 5 year old, Beeston', ageYears: 5, authority: 'nottinghamshire', concerns: ['autism'], diagnoses: { autism: 'suspected' } },
  { text: 'has a formal ADHD diagnosis', concerns: ['adhd'], diagnoses: { adhd: 'diagnosed' } },
  { text: 'on the waiting list for an autism assessment', diagnoses: { autism: 'awaiting-assessment' } },
  { text: 'not diagnosed with anything', diagnoses: { adhd: 'none', autism: 'none' } },
  { text: 'a 9 year old in Chaddesden whose mum drinks', ageYears: 9, authority: 'derby', concerns: ['substance-misuse'] },
  { text: 'worried about county lines, 14, Arnold', ageYears: 14, authority: 'nottinghamshire', risks: ['exploitation'] },
  { text: 'he has a knife and says he is going to kill her', risks: ['immediate-danger'] },
  { text: 'kid was left on his own all night', risks: ['home-alone'] },
  { text: 'six yr old in Long Eaton', ageYears: 6, authority: 'derbyshire' },
  { text: 'Chilwel, year 7, being bullied', ageYears: 11, authority: 'nottinghamshire', concerns: ['bullying'] },
  { text: 'aged seven, lives in Hucknall', ageYears: 7, authority: 'nottinghamshire' },
  { text: 'unborn baby, mum in Derby', ageYears: -1, authority: 'derby' },
  { text: 'on the spectrum, no diagnosis yet', concerns: ['autism'], diagnoses: { autism: 'none' } },
  { text: "can't sit still and very impulsive", concerns: ['adhd'] },
  { text: "parents won't consent", consent: 'refused' },
  { text: 'mum is happy for me to refer', consent: 'given' },
  { text: "she isn't being hurt at home", risks: [] },
  { text: 'no safeguarding concerns', safeguardingDenied: true, risks: [] },
  { text: 'going missing and older men giving her gifts', risks: ['missing', 'exploitation'] },
  { text: 'who do I call tonight', outOfHours: true },
  { text: 'is anyone open after 6pm on a Saturday', outOfHours: true },
  { text: 'why not cygnet?', whyNot: ['small-steps-cygnet'] },
  { text: 'NHS number 943 476 5919', personalData: ['nhs-number'] },
  { text: 'Tom Jones, born 03/04/2016', personalData: ['name', 'date-of-birth'] },
  { text: 'mum says ring her on 07700 900123', personalData: ['phone-number'] },
];

// The child's age as people type it, read straight from the text (no classifier): the ages are what any
// reader takes from each message, written by hand. School years follow England's: Year 1 is age 5-6, so
// the youngest age in Year N is N + 4 (Reception 4).
import { describe, expect, it } from 'vitest';
import { findAge } from '../../src/understanding/age.js';

describe('an age in years', () => {
  it.each([
    ['a 7 year old', 7],
    ['7 years old', 7],
    ['a 7-year-old', 7],
    ['7yr old boy', 7],
    ['7 yrs', 7],
    ['7yrs old', 7],
    ['7 y old', 7],
    ['7y', 7],
    ['a 7 y/o', 7],
    ['7yo', 7],
    ['7 y.o.', 7],
    ['7 y.o', 7],
    ['twelve year old girl', 12],
    ['a twenty-one year old care leaver', 21],
    ['twenty one years old', 21],
    ['a 2.5 year old', 2],
    ['aged 3', 3],
    ['my daughter (7) was abused by a neighbour', 7],
    ['my best m8 (14) keeps cutting herself', 14],
    ['me and my two kids (6 and 9)', 6],
    ['my son (age 5)', 5],
    ['im 16 in bingham', 16],
    ['I am 14 and my dad hits me', 14],
    ['age 3', 3],
    ['age of 3', 3],
    ['she is 15', 15],
    ["she's 15", 15],
    ["they're 9", 9],
    ['the child is 9', 9],
    ['my son is only 6', 6],
    ['my daughter is nearly 13', 13],
    ['he turned 11 last week', 11],
    ['her brother was 14', 14],
    ['the girl is just 10', 10],
    ['he is almost 8', 8],
    ['my nephew is about 5', 5],
    ['stepdaughter is now 16', 16],
    ['aged twenty one', 21],
    ['7 Years Old', 7],
    ['Aged 3', 3],
    ['She is 15', 15],
    ['a baby 0 years old', 0],
  ])('"%s" -> %i', (text, age) => {
    expect(findAge(text)).toStrictEqual({ ageYears: age });
  });
});

describe('an age in months or weeks', () => {
  it.each([
    ['18 months old', 1, 18],
    ['18 months', 1, 18],
    ['18-month-old', 1, 18],
    ['a 9 mth old', 0, 9],
    ['6 mths', 0, 6],
    ['3 mos', 0, 3],
    ['24 months', 2, 24],
    ['six months old', 0, 6],
    ['18 Months', 1, 18],
    ['0 months old', 0, 0],
  ])('"%s" -> %i years (%i months)', (text, years, months) => {
    expect(findAge(text)).toStrictEqual({ ageYears: years, ageMonths: months });
  });

  it.each(['6 weeks old', 'a 6-week-old', '3 wks old', '6 Weeks old'])('"%s" is a baby of 0 months', text => {
    expect(findAge(text)).toStrictEqual({ ageYears: 0, ageMonths: 0 });
  });

  it('"20 weeks pregnant" is an unborn baby', () => {
    expect(findAge('mum is 20 weeks pregnant')).toStrictEqual({ ageYears: -1 });
  });

  it('weeks not said to be an age are not one', () => {
    expect(findAge('waited 6 weeks')).toStrictEqual({});
  });
});

describe('school years and words for ages', () => {
  it.each([
    ['he is in Year 3', 7],
    ['year 10 pupil', 14],
    ['Yr 6', 10],
    ['y7', 11],
    ['year 13', 17],
    ['in reception and not toilet trained', 4],
    ['unborn baby', -1],
    ['pre-birth assessment', -1],
    ['prebirth', -1],
    ['she is pregnant', -1],
    ['expecting a baby in May', -1],
    ['antenatal', -1],
    ['baby is due in June', -1],
    ['baby due soon', -1],
    ['her due date is close', -1],
    ['due to give birth', -1],
    ['a newborn', 0],
    ['a new-born', 0],
    ['new baby at home', 0],
    ['a baby who cries', 0],
    ['an infant', 0],
    ['a toddler who bites', 2],
    ['a preschooler', 3],
    ['a pre-schooler', 3],
  ])('"%s" -> %i', (text, age) => {
    expect(findAge(text)).toStrictEqual({ ageYears: age });
  });

  it.each([
    ['year 14', 'no school year beyond 13'],
    ["I'm the year 5 teacher", 'a teacher\'s year group'],
    ['the Year 6 SENCO rang', 'a SENCO\'s year group'],
    ['head of year 9 says', 'a head of year'],
    ['left at reception desk', 'a reception desk'],
    ['the reception staff', 'reception staff'],
    ['a teenager', 'too wide for age limits'],
    ['is it 9 In Arnold or not', 'a number mid-sentence'],
    ['year 2 olds', 'year-olds is not a school year'],
  ])('"%s" gives no age (%s)', text => {
    expect(findAge(text)).toStrictEqual({});
  });
});

describe('a number on its own', () => {
  it.each([
    ['9', 9],
    ['9.', 9],
    ['about 9', 9],
    ["she's 9", 9],
    ['nearly 9', 9],
    ['eleven', 11],
    ['  9 !', 9],
  ])('"%s" in answer to "How old?" -> %i', (text, age) => {
    expect(findAge(text, 'age')).toStrictEqual({ ageYears: age });
    expect(findAge(text)).toStrictEqual({ ageYears: age });
  });

  it.each([
    ['county lines, 14, Arnold', 14],
    ['14, Arnold', 14],
    ['Arnold, 14', 14],
    ['14 in Arnold', 14],
    ['9 from Mansfield', 9],
    ['9 living with nan', 9],
    ['9 lives with dad', 9],
    ['9 and struggling', 9],
    ['9 no diagnosis', 9],
    ['9 with ADHD', 9],
    ['9 diagnosed with autism', 9],
    ['9 suspected ADHD', 9],
    ['9 boy', 9],
    ['9 girl', 9],
    ['9 In Arnold', 9],
    ['About 9', 9],
  ])('"%s" lists an age: %i', (text, age) => {
    expect(findAge(text)).toStrictEqual({ ageYears: age });
  });

  it('"about 9" in answer to another question is not an age', () => {
    expect(findAge('about 9', 'area')).toStrictEqual({});
  });

  it('a school year is not an age only when a teacher is named beside it', () => {
    expect(findAge('a year 5 boy, and I have told his class teacher')).toStrictEqual({ ageYears: 9 });
  });

  it.each([
    ['is 9', 'age'],
    ['turns 9', 'age'],
    ['just 9', 'age'],
  ])('"%s" answers "How old?"', (text, expecting) => {
    expect(findAge(text, expecting as 'age')).toStrictEqual({ ageYears: 9 });
  });

  it.each([
    ['can I ring at 5pm', 'a time'],
    ['room 9 at school', 'a number in a phrase'],
    ['it is 9 minutes away', 'minutes'],
    ['he is 9 hours late', 'hours'],
    ['she is 9% below', 'a percentage'],
    ['£9 a week', 'money'],
    ['the bus is 9', 'not an age without "aged" or a question about age'],
    ['plan 19b', 'part of a word'],
    ['9am', 'a time'],
    ['9:30', 'a time'],
    ['he is 9 kg', 'a weight'],
    ['she was 9 times late', 'a count'],
    ['it is 9 miles', 'a distance'],
    ['he is 9.5 cm', 'a length'],
    ['the workshop (2 hours)', 'a bracketed length, after no person'],
    ['the Family Service (Level 3)', 'a bracketed level'],
    ["I'm 68 and my granddaughter has been cutting herself", "a grown-up's own age"],
    ['im 5 minutes away', 'minutes'],
  ])('"%s" is not an age (%s)', text => {
    expect(findAge(text)).toStrictEqual({});
  });
});

describe('ages that cannot be a child\'s', () => {
  it.each([
    ['a 40 year old man', 40, '40 year old', true],
    ['aged 30', 30, 'aged 30', true],
    ['she is 26', 26, 'she is 26', true],
    ['the child is 250', 250, 'child is 250', false],
    ['she is -3', -3, 'she is -3', false],
    ['400 months old', 400, '400 months old', false],
    ['-3 months', -3, '-3 months', false],
    ['dad is 40 years and drinks', 40, '40 years', true],
  ])('"%s" is reported, not used', (text, value, asTyped, adult) => {
    expect(findAge(text)).toStrictEqual({ outOfRange: { value, asTyped, adult } });
  });

  it('25 is the oldest a care leaver can be, 26 is an adult', () => {
    expect(findAge('aged 25')).toStrictEqual({ ageYears: 25 });
    expect(findAge('aged 120').outOfRange).toMatchObject({ value: 120, adult: true });
    expect(findAge('aged 121').outOfRange).toMatchObject({ value: 121, adult: false });
  });

  it('300 months is the most a care leaver can be in months', () => {
    expect(findAge('300 months')).toStrictEqual({ ageYears: 25, ageMonths: 300 });
    expect(findAge('301 months').outOfRange).toMatchObject({ value: 301, adult: false });
  });
});

describe('which reading comes first', () => {
  it('months before years', () => {
    expect(findAge('18 months, not 2 years')).toStrictEqual({ ageYears: 1, ageMonths: 18 });
  });

  it('years before a school year', () => {
    expect(findAge('7 years old, in year 3')).toStrictEqual({ ageYears: 7 });
  });

  it('a stated age before a word for an age', () => {
    expect(findAge('the baby is 2 years old')).toStrictEqual({ ageYears: 2 });
    expect(findAge('in year 1, a baby about it')).toStrictEqual({ ageYears: 5 });
  });
});

describe('ages found where they were missed before', () => {
  it('reads a number word in capitals', () => {
    expect(findAge('she is Seven')).toEqual({ ageYears: 7 });
  });

  it('takes an age stated outright over the age a word implies', () => {
    expect(findAge('a toddler aged 3')).toEqual({ ageYears: 3 });
    expect(findAge('a toddler')).toEqual({ ageYears: 2 });
  });

  it('does not read a lone number answering another question as an age', () => {
    expect(findAge('7', 'area')).toEqual({});
    expect(findAge('7', 'age')).toEqual({ ageYears: 7 });
  });
});

describe('a time ago is not an age', () => {
  it('reads "My daughter is 7. Two years ago ..." as 7', () => {
    expect(findAge('My daughter is 7. Two years ago she was hurt by a relative')).toEqual({ ageYears: 7 });
    expect(findAge('it happened 2 years ago')).toEqual({});
  });
});

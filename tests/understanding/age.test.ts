// The child's age however it is typed, and ages that cannot be a child's rejected rather than used.
import { describe, expect, it } from 'vitest';
import { understand } from './understander.js';

describe('the age of the child', () => {
  it.each([
    ['a 7 year old with eczema', 7],
    ['she is seven', 7],
    ['7yo with tantrums', 7],
    ['15 y/o lad', 15],
    ['aged 3, very anxious', 3],
    ['18 months and not walking', 1],
    ['he is in Year 3', 7],
    ['year 10 pupil', 14],
    ['in reception and not toilet trained', 4],
    ['a toddler who bites', 2],
    ['a baby who cries all night', 0],
    ['a newborn in Bulwell', 0],
    ['unborn baby, mum has a drug problem', -1],
    ['mum is 20 weeks pregnant', -1],
    ['twelve year old girl', 12],
    ['worried about county lines, 14, Arnold', 14],
  ])('"%s" -> %i', (text, age) => {
    expect(understand(text).facts.ageYears).toBe(age);
  });

  it('keeps the months for a baby or toddler given in months', () => {
    expect(understand('18 months old').facts).toMatchObject({ ageYears: 1, ageMonths: 18 });
  });

  it('leaves "teenager" without an age: too wide for limits such as 12 to 17', () => {
    expect(understand('a teenager in Clifton').facts.ageYears).toBeUndefined();
  });

  it('reads a bare number as the age when the bot has just asked for it', () => {
    expect(understand('9', undefined, 'age').facts.ageYears).toBe(9);
    expect(understand("she's eleven", undefined, 'age').facts.ageYears).toBe(11);
  });

  it('does not take a time or a school year group of the staff member for an age', () => {
    expect(understand('can I ring at 5pm').facts.ageYears).toBeUndefined();
    expect(understand("I'm the year 5 teacher").facts.ageYears).toBeUndefined();
  });

  it.each([
    ['she is -3', -3, false],
    ['the child is 250', 250, false],
    ['a 40 year old man', 40, true],
    ['30', 30, true],
  ])('rejects "%s" politely instead of using it', (text, value, adult) => {
    const u = understand(text, undefined, 'age');
    expect(u.facts.ageYears).toBeUndefined();
    expect(u.ageOutOfRange).toMatchObject({ value, adult });
  });
});

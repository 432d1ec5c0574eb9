// A contact's line says its hours once: an out-of-hours team's or a 24/7 line's status already quotes
// them as printed, so they are not repeated after it.
import { describe, expect, it } from 'vitest';
import { contactNow } from '../../src/pathway/hours.js';
import { contactLine } from '../../src/render/contactText.js';
import { contact, kb } from '../support/knowledge.js';

const saturdayNight = new Date('2026-12-05T22:30:00Z');
const count = (text: string, words: string) => text.toLowerCase().split(words.toLowerCase()).length - 1;

describe('a contact\'s hours in its line', () => {
  it('Nottingham City\'s Emergency Duty Team is "out of hours only" once, as printed', () => {
    const line = contactLine(contactNow(kb, contact('nottingham-city-edt'), saturdayNight));
    expect(count(line, 'out of hours only')).toBe(1);
    expect(line).toBe('Emergency Duty Team (Nottingham City): phone 0115 876 1000. Out of hours only.');
  });

  it('beside Children and Families Direct, which prints no hours, the team is still "out of hours only" once', () => {
    const direct = contactNow(kb, contact('nottingham-city-children-and-families-direct'), saturdayNight);
    expect(direct.alternative?.statusText).toBe('out of hours only');
    expect(count(contactLine(direct.alternative!), 'out of hours only')).toBe(1);
  });

  it('an out-of-hours team whose printed hours say more keeps them, once', () => {
    const line = contactLine(contactNow(kb, contact('nottinghamshire-edt'), saturdayNight));
    expect(count(line, 'Outside of the core hours, and in an emergency')).toBe(1);
  });

  it('a day team keeps its printed hours after whether it is open now', () => {
    const line = contactLine(contactNow(kb, contact('nottinghamshire-mash'), saturdayNight));
    expect(line).toMatch(/Closed now; reopens Monday at 8\.30am\. Hours: .+\.$/);
  });
});

// What a helpline adviser sees when typing into the quick lookup.
import { describe, expect, it } from 'vitest';
import { lookup, type LookupResult } from '../../src/lookup/search.js';
import { kb } from '../support/knowledge.js';

const tuesdayMorning = new Date('2026-12-01T10:00:00Z');
const saturday = new Date('2026-12-05T11:00:00Z');
const numbers = (result: LookupResult | undefined) => result?.contacts.flatMap(c => c.phones.map(p => p.number)) ?? [];
const authorityName = (id: string) => kb.authority(id)?.name;

describe('the helpline quick lookup', () => {
  it('"mash" gives the Nottinghamshire MASH number first, ready to dial', () => {
    const [first] = lookup(kb, 'mash', tuesdayMorning);
    expect(first?.name).toMatch(/MASH|Multi-Agency Safeguarding Hub/i);
    expect(numbers(first)).toContain('0300 500 80 90');
    expect(first?.contacts[0]?.phones.find(p => p.number === '0300 500 80 90')?.dial).toBe('03005008090');
  });

  it('says the MASH is open on a Tuesday morning, and on a Saturday that it is closed with the out-of-hours team beside it', () => {
    const weekday = lookup(kb, 'mash', tuesdayMorning)[0]!;
    expect(weekday.contacts[0]?.availability).toBe('open');
    const weekend = lookup(kb, 'mash', saturday)[0]!;
    expect(weekend.contacts[0]?.availability).toBe('closed');
    const instead = weekend.contacts.find(c => c.isAlternative);
    expect(instead?.availability).toBe('open');
    expect(instead?.phones.map(p => p.number)).toContain('0300 456 4546');
  });

  it('"edt city" narrows to Nottingham City\'s Emergency Duty Team', () => {
    const results = lookup(kb, 'edt city', saturday);
    expect(results[0]?.name).toMatch(/emergency duty team|EDT/i);
    expect(results[0]?.authority).toBe(authorityName('nottingham-city'));
    expect(numbers(results[0])).toContain('0115 876 1000');
    expect(results.every(r => r.authority === undefined || r.authority === authorityName('nottingham-city'))).toBe(true);
  });

  it('"edt notts" gives the county\'s Emergency Duty Team instead', () => {
    const [first] = lookup(kb, 'edt notts', saturday);
    expect(first?.authority).toBe(authorityName('nottinghamshire'));
    expect(numbers(first)).toContain('0300 456 4546');
  });

  it('"kooth" finds Kooth with a line saying who it is for, as the source prints it', () => {
    const [first] = lookup(kb, 'kooth', tuesdayMorning);
    expect(first?.name).toMatch(/kooth/i);
    // "free of charge to children and young people aged 11-25 within the Nottinghamshire and Bassetlaw area"
    expect(first?.oneLine).toMatch(/aged 11-25/);
    expect(first?.oneLine).toMatch(/Nottinghamshire and Bassetlaw/);
  });

  it('shows a contact and the service of the same name once', () => {
    const names = lookup(kb, 'kooth', tuesdayMorning).map(r => r.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it('an authority\'s name alone gives its front door', () => {
    const derby = kb.authority('derby')!;
    const [first] = lookup(kb, 'derby', tuesdayMorning);
    expect(first?.id).toBe(derby.frontDoor);
    expect(first?.authority).toBe(derby.name);
  });

  it('finds Cygnet while the word is still being typed', () => {
    expect(lookup(kb, 'cygn', tuesdayMorning)[0]?.name).toMatch(/cygnet/i);
  });

  it('finds a contact from part of its number', () => {
    expect(lookup(kb, '0115 876 1000', saturday).some(r => numbers(r).includes('0115 876 1000'))).toBe(true);
  });

  describe('every authority\'s front door, however it is asked for', () => {
    const doors = { nottinghamshire: 'nottinghamshire-mash', 'nottingham-city': 'nottingham-city-children-and-families-direct', derby: 'derby-first-contact' };
    const names: Record<keyof typeof doors, string[]> = {
      nottinghamshire: ['notts', 'county', 'nottinghamshire', 'the county', 'notts county'],
      'nottingham-city': ['city', 'nottingham', 'nottingham city', 'the city', 'notts city'],
      derby: ['derby', 'derby city', 'city of derby'],
    };
    const cases = Object.entries(names).flatMap(([authority, said]) => ['mash', 'front door', 'duty'].flatMap(asked =>
      said.flatMap(name => [[`${asked} ${name}`, authority], [`${name} ${asked}`, authority]])));
    it.each(cases)('"%s" gives %s\'s front door first', (query, authority) => {
      expect(lookup(kb, query, tuesdayMorning)[0]?.id).toBe(doors[authority as keyof typeof doors]);
    });

    it('"mash", "front door" and "duty" alone list all three front doors', () => {
      for (const query of ['mash', 'front door', 'duty']) {
        const ids = lookup(kb, query, tuesdayMorning).map(r => r.id);
        for (const door of Object.values(doors)) expect(ids, query).toContain(door);
      }
    });

    it('each front door is the authority\'s own, from the knowledge base', () => {
      for (const [authority, door] of Object.entries(doors)) expect(kb.authority(authority)?.frontDoor).toBe(door);
    });
  });

  it('gives each contact in full once: "careline" lists First Contact\'s numbers a single time', () => {
    const results = lookup(kb, 'careline', tuesdayMorning);
    const inFull = results.flatMap(r => r.contacts).filter(c => !c.shownAbove).map(c => c.id);
    expect(new Set(inFull).size).toBe(inFull.length);
    expect(inFull.filter(id => id === 'derby-first-contact')).toHaveLength(1);
    const pointer = results.flatMap(r => r.contacts).find(c => c.shownAbove);
    expect(pointer?.phones).toEqual([]);
  });

  it('shows nothing for an empty box and nothing for words that match nothing', () => {
    expect(lookup(kb, '   ', tuesdayMorning)).toEqual([]);
    expect(lookup(kb, 'zzqx', tuesdayMorning)).toEqual([]);
  });

});

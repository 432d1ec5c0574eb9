// Contacts for an answer: resolved to how they stand now, and ranked for a question within the area's authority.
import { describe, expect, it } from 'vitest';
import { CaseFacts } from '../../src/pathway/caseFacts.js';
import { contactsFor, rankContacts } from '../../src/pathway/contactsNow.js';
import { buildTopicMatcher, findTopics } from '../../src/understanding/topics.js';
import { kb } from '../support/knowledge.js';

// The pathway ranks what src/understanding found a question to be about, never the words themselves.
const matcher = buildTopicMatcher(kb);
const about = (question: string) => findTopics(matcher, question).contacts;

const tuesdayMorning = new Date('2026-12-01T10:00:00Z');
const saturday = new Date('2026-12-05T12:00:00Z');
const facts = (f: Record<string, unknown> = {}) => CaseFacts.parse(f);

describe('contacts for an answer', () => {
  it('keeps the order given, skips an id the knowledge base lacks, and says how each stands now', () => {
    const now = contactsFor(kb, ['derby-first-contact', 'no-such-contact', 'nottinghamshire-mash'], tuesdayMorning);
    expect(now.map(c => c.contact.id)).toEqual(['derby-first-contact', 'nottinghamshire-mash']);
    expect(now.map(c => c.statusText)).toEqual(['open now until 5.00pm today', 'open now until 5.00pm today']);
  });

  it('gives a closed contact its out-of-hours team', () => {
    const [mash] = contactsFor(kb, ['nottinghamshire-mash'], saturday);
    expect(mash?.statusText).toBe('closed now; reopens Monday at 8.30am');
    expect(mash?.alternative?.contact.phones[0]?.number).toBe('0300 456 4546');
  });

  it('gives nothing for no ids', () => {
    expect(contactsFor(kb, [], tuesdayMorning)).toEqual([]);
  });
});

describe('contacts ranked for a question', () => {
  it('puts a contact the user named first, best score first after it', () => {
    const ranked = rankContacts(kb, facts({ namedContacts: ['nottinghamshire-edt'] }), about('who do I call'), 'nottinghamshire');
    expect(ranked[0]?.contact.id).toBe('nottinghamshire-edt');
    expect(ranked[0]?.score).toBeGreaterThanOrEqual(10);
    const scores = ranked.map(r => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('keeps to the authority asked about, with contacts that belong to none', () => {
    const ranked = rankContacts(kb, facts(), about('emergency duty team out of hours social care'), 'derby');
    expect(ranked.length).toBeGreaterThan(0);
    expect(ranked.every(r => !r.contact.authority || r.contact.authority === 'derby')).toBe(true);
    expect(ranked.map(r => r.contact.id)).toContain('derby-careline');
  });

  it('with no authority, finds each authority\'s team', () => {
    const ids = rankContacts(kb, facts(), about('emergency duty team'), undefined).map(r => r.contact.id);
    expect(ids).toEqual(expect.arrayContaining(['nottinghamshire-edt', 'nottingham-city-edt']));
  });

  it('finds nothing for words no contact is about', () => {
    expect(rankContacts(kb, facts(), about('lasagne recipe'), undefined)).toEqual([]);
  });
});

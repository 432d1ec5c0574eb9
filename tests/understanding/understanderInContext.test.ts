// What the understander makes of a message in its place in a conversation: the case already in hand (an
// area the guide knows or could not place, a condition, an authority whose levels are meant), the
// question the bot just asked, and the facts that tell a statement from a request. Each row is a message
// and what a reader would take from it, written by hand from the bot's questions and DESIGN.md's rules
// (an answer to the question asked is a fact; a need with an age or a place is a case to find a service
// for; a reading too weak or too close to another is asked about), not read off the understander.
import { describe, expect, it } from 'vitest';
import { CaseFacts } from '../../src/pathway/caseFacts.js';
import { understand } from './understander.js';

const rushcliffe = CaseFacts.parse({ area: { authority: 'nottinghamshire', district: 'rushcliffe', place: 'Rushcliffe', asTyped: 'Rushcliffe' } });
const city = CaseFacts.parse({ area: { authority: 'nottingham-city', asTyped: 'Nottingham' } });
const unplaced = CaseFacts.parse({ area: { asTyped: 'Leeds', unknown: true } });
const adhd = CaseFacts.parse({ concerns: ['adhd'] });

describe('the case in hand', () => {
  it('a place he came from replaces an area the guide could not place: there was no area to keep', () => {
    expect(understand('he was brought over from Albania', unplaced).facts.area).toEqual({ asTyped: 'Albania', unknown: true });
  });

  it('a place she is said to live in replaces the area the case had: the family has moved', () => {
    expect(understand('she lives in Swansea', rushcliffe).facts.area).toEqual({ asTyped: 'Swansea', unknown: true });
  });

  it('a town named in doubt about the council still places the child: "Bulwell, not sure if that\'s city or county"', () => {
    expect(understand("Bulwell, not sure if that's city or county").facts.area).toMatchObject({ authority: 'nottingham-city', place: 'Bulwell' });
  });

  it('a place named in the message comes before the case\'s: "she is in Bulwell now, is this universal?" is the City\'s level', () => {
    expect(understand('she is in Bulwell now, is this universal?', rushcliffe).levelsMentioned).toEqual(['city-universal']);
  });

  it('"not sure yet", asked for the concern, states none', () => {
    expect(understand('not sure yet', undefined, 'concern').facts.concerns).toBeUndefined();
  });

  it('"yes" to "Is there a diagnosis?" in a case about ADHD is an ADHD diagnosis', () => {
    expect(understand('yes', adhd, 'diagnosis').facts.diagnoses).toEqual({ adhd: 'diagnosed' });
  });

  it('...and with no condition in the case, "yes" says nothing about one', () => {
    expect(understand('yes', undefined, 'diagnosis').facts.diagnoses).toBeUndefined();
  });

  it.each([
    ['Nottinghamshire', rushcliffe, ['notts-level-1']],
    ['Nottingham City', city, ['city-universal']],
  ] as const)('"is this universal?" in a %s case is that authority\'s own level', (_authority, current, levels) => {
    expect(understand('is this universal?', current).levelsMentioned).toEqual(levels);
  });
});

describe('a fact stated alone is a fact given', () => {
  it.each([
    ['dad withdrew his consent', 'the consent'],
    ['he is not diagnosed with ADHD', 'a diagnosis'],
    ['she lives in Birmingham', 'where she lives'],
    ['she is seven', 'her age'],
  ])('"%s" (%s)', text => {
    expect(understand(text).intent).toBe('provide-facts');
  });

  it('a need alone, with no age or place, is a fact given, not yet a case to find a service for: "my son has ADHD"', () => {
    expect(understand('my son has ADHD').intent).toBe('provide-facts');
  });

  it.each([
    'a boy in Bulwell with anxiety',
    'a 7 year old with ADHD',
  ])('a need with a place or an age is a case to find a service for: "%s"', text => {
    expect(understand(text).intent).toBe('find-service');
  });

  it('a service asked about, with the child\'s need beside it, is still a question about the service', () => {
    expect(understand('tell me about Kooth, she has anxiety').intent).toBe('service-info');
  });

  it('a service named with the child\'s age is a question of whether it fits her, not a lookup of its number', () => {
    expect(understand('cygnet for a 4 year old').intent).toBe('eligibility');
  });
});

describe('an answer to the question just asked', () => {
  it.each([
    ['just moved to Mansfield from Leicester, my son is 9', 'age'],
    ['she lives in Doncaster but goes to school in Retford', 'area'],
  ] as const)('"%s", asked for the %s, is the fact given, however long', (text, expecting) => {
    expect(understand(text, undefined, expecting).intent).toBe('provide-facts');
  });

  it.each([
    ['he is really struggling with his speech and his behaviour at home', 'concern'],
    ['she was diagnosed with autism by the paediatrician last year', 'diagnosis'],
    ['yes, mum and dad are both happy for me to refer her', 'consent'],
  ] as const)('"%s", asked for the %s, is the fact given, however long', (text, expecting) => {
    expect(understand(text, undefined, expecting).intent).toBe('provide-facts');
  });

  it.each([
    ["he can't sit still", 'diagnosis'],
    ['we moved to Arnold from Derby last month', 'diagnosis'],
  ] as const)('"%s", a short statement of other facts, asked for the %s, is facts given', (text, expecting) => {
    expect(understand(text, undefined, expecting).intent).toBe('provide-facts');
  });

  it.each([
    ['she is 9, can she go to Cygnet?', 'diagnosis', 'eligibility'],
    ['he is 7, where can he go?', 'consent', 'find-service'],
  ] as const)('"%s", asked for the %s, asks something: %s', (text, expecting, intent) => {
    expect(understand(text, undefined, expecting).intent).toBe(intent);
  });
});

describe('a service or contact named with an area', () => {
  it('is that area\'s own: "child protection in Derby" is Derby\'s children\'s social care, not the City\'s as well', () => {
    expect(understand('is it child protection?').facts.namedServices?.sort()).toEqual(['city-social-care-teams', 'derby-childrens-social-care']);
    expect(understand('child protection in Derby').facts.namedServices).toEqual(['derby-childrens-social-care']);
  });

  it('with no area, every authority\'s: "youth offending team"', () => {
    expect(understand('youth offending team').facts.namedServices?.sort()).toEqual(['city-youth-offending-team', 'derby-youth-offending-service', 'notts-youth-justice']);
  });

  it('a contact named with an area: "derby edt" is Derby\'s out-of-hours line', () => {
    expect(understand('derby edt').facts.namedContacts).toEqual(['derby-careline']);
  });

  it('a national service, of no authority, stays named beside an area: "childline in Derby"', () => {
    const u = understand('childline in Derby');
    expect(u.facts.namedServices).toEqual(['childline']);
    expect(u.facts.namedContacts).toEqual(['childline']);
  });
});

describe('the same asked of another place', () => {
  it.each([
    ['what about Gedling?', 'follow-up'],
    ['and the city one?', 'entry'],
  ])('"%s" asks what was just answered of that place: %s', (text, elsewhere) => {
    expect(understand(text).asksElsewhere).toBe(elsewhere);
  });

  it('with no place named, "is there an equivalent?" asks it of no other place', () => {
    expect(understand('is there an equivalent?')).not.toHaveProperty('asksElsewhere');
  });
});

describe('what a question asks', () => {
  it('"ok" asks about no words', () => {
    expect(understand('ok').askedTerms).toEqual([]);
  });

  it('"tell me about Cygnet, what ages is it for?" asks for the ages, not everything about it', () => {
    expect(understand('tell me about Cygnet, what ages is it for?').attributes?.attributes).toEqual(['ages']);
  });
});

describe('how sure the reading is', () => {
  it.each([
    'grieving after his dad died',
    'no sleep problems but very anxious',
  ])('a weak best reading, however far ahead of the next, is asked about: "%s"', text => {
    expect(understand(text).ambiguous).toBe(true);
  });

  it('two readings close together are asked about: a number asked for beside a disclosure', () => {
    const u = understand("what's the number for the MASH, she has bruises from dad");
    expect(u.ambiguous).toBe(true);
    expect(u.alternatives.slice(0, 2).map(a => a.intent).sort()).toEqual(['contact-lookup', 'safeguarding']);
  });
});

describe('harm in doubt', () => {
  it('"she is cutting", no word of the risk lexicon in it, is in doubt: possibly self-harm, and not faintly', () => {
    const u = understand('she is cutting');
    expect(u.risk).toMatchObject({ doubt: true, possible: 'self-harm' });
    expect(u.risk.faint).toBeUndefined();
  });

  // Which few-word message the model reads faintly moves a little with each corpus edit: one of these does.
  it('a few words about where a teenager lives ("sofa surfing", "living independently") raise a doubt (never a dead end), of no harm in particular', () => {
    for (const r of ['he is living independently', 'he is sofa surfing'].map(text => understand(text).risk)) {
      expect(r.doubt).toBe(true);
      expect(r.possible).toBeUndefined();
    }
  });

  it('a plain request raises no doubt', () => {
    const u = understand('mash number notts');
    expect(u.risk.doubt).toBe(false);
    expect(Object.keys(u.risk).sort()).toEqual(['confidence', 'doubt', 'past']);
  });
});

describe('a long message that opens as a social move', () => {
  it('a long thank-you with nothing else in it falls back on the default question, which service fits, and is asked about', () => {
    const u = understand('thank you so much, you have been really helpful and kind to me today');
    expect(u.intent).toBe('find-service');
    expect(u.ambiguous).toBe(true);
  });
});

// What the understander makes of one message beyond its intent and the facts the other files check: an
// answer to the question just asked, an area the writer is unsure of, a place someone came from, the
// words a question asks about, whether it is about the guidance or children in general, which attribute
// is asked, and a long message that opens with "thanks". Each row is a message and what a reader would
// take from it, written by hand (the bot's questions, DESIGN.md's rules), not read off the understander.
import { describe, expect, it } from 'vitest';
import { CaseFacts } from '../../src/pathway/caseFacts.js';
import { ordinaryExamples } from '../../src/understanding/understander.js';
import { understand } from './understander.js';

const rushcliffe = CaseFacts.parse({ area: { authority: 'nottinghamshire', district: 'rushcliffe', place: 'Rushcliffe', asTyped: 'Rushcliffe' } });

describe('an answer to the question just asked', () => {
  it.each([
    ['9', 'age'],
    ["she's eleven", 'age'],
    ['he is 30', 'age'],
    ['Mansfield', 'area'],
    ['Bulwell', 'area'],
    ['no diagnosis yet', 'diagnosis'],
    ['yes, diagnosed with autism', 'diagnosis'],
    ['yes they have agreed', 'consent'],
    ['speech and language', 'concern'],
  ] as const)('"%s", asked for the %s, is the fact given', (text, expecting) => {
    expect(understand(text, undefined, expecting).intent).toBe('provide-facts');
  });

  it('a short statement of other facts, asked for a diagnosis, is facts given too', () => {
    expect(understand('she is 9 and lives in Mansfield', undefined, 'diagnosis').intent).toBe('provide-facts');
  });

  it.each([
    ['why do you need to know?', 'age', 'explain'],
    ['what if she lived in Derby?', 'age', 'what-if'],
  ] as const)('"%s", asked for the %s, is still %s', (text, expecting, intent) => {
    expect(understand(text, undefined, expecting).intent).toBe(intent);
  });

  it('an out-of-range age given when asked is an answer, not a question', () => {
    const u = understand('he is 30', undefined, 'age');
    expect(u.ageOutOfRange).toMatchObject({ value: 30, adult: true });
    expect(u.facts.ageYears).toBeUndefined();
  });
});

describe('the area', () => {
  it('an authority named in doubt ("not sure if that\'s city or county") is not the child\'s area', () => {
    expect(understand("Nottingham, not sure if that's city or county").facts.area).toBeUndefined();
  });

  it.each([
    ["Gedling, not sure if that's city or county", 'gedling'],
    ["Arnold, not sure if that's city or county", 'gedling'],
  ])('a district or town named in doubt about the council still places the child: "%s"', (text, district) => {
    expect(understand(text).facts.area).toMatchObject({ authority: 'nottinghamshire', district });
  });

  it('a place the guide does not know, named as where he came from, is reported, unknown', () => {
    expect(understand('he was brought over from Albania').facts.area).toEqual({ asTyped: 'Albania', unknown: true });
  });

  it('...and does not replace the area the case already has', () => {
    expect(understand('he was brought over from Albania', rushcliffe).facts.area).toBeUndefined();
  });

  it('a name two authorities have is offered as a choice', () => {
    // "NCC" is both councils' initials (geography.yaml).
    expect(understand('NCC').areaCandidates.map(c => c.authority).sort()).toEqual(['nottingham-city', 'nottinghamshire']);
    expect(understand('a family in Bulwell').areaCandidates).toEqual([]);
  });
});

describe('a child described, or a service asked about for one', () => {
  it.each([
    ['my 7 year old has anxiety', 'find-service'],
    ['a 9 year old in Arnold with ADHD', 'find-service'],
    ['is cygnet ok for my 4 year old?', 'eligibility'],
    ['is kooth ok for a 10 year old', 'eligibility'],
    ['Gedling, she is 9', 'provide-facts'],
  ])('"%s" is %s', (text, intent) => {
    expect(understand(text).intent).toBe(intent);
  });
});

describe('harm words all denied', () => {
  it.each(['No concerns about abuse, just very hyper', 'no safeguarding issues, she just will not sleep'])(
    '"%s" is not a safeguarding message', text => {
      expect(understand(text).intent).not.toBe('safeguarding');
    });
});

describe('what a question asks about', () => {
  it('the longer words, by stem, without the words that open a question', () => {
    expect(understand("What's involved in Cygnet?").askedTerms).toEqual(['involv', 'cygnet']);
  });

  it.each([
    ['is there a parenting course?', true],
    ['where do I refer him', true],
    ['my son has ADHD.', false],
  ])('"%s" asks: %s', (text, asks) => {
    expect(understand(text).asks).toBe(asks);
  });

  it('counts the words', () => {
    expect(understand('my son is seven').wordCount).toBe(4);
  });

  it.each([
    ['tell me about Cygnet', ['about']],
    ['what is Cygnet and what ages is it for?', ['ages']],
    ['what ages is Cygnet for?', ['ages']],
  ])('"%s" asks for %j', (text, attributes) => {
    expect(understand(text).attributes?.attributes).toEqual(attributes);
  });

  it('"parents won\'t consent" states the consent: it is not asked about', () => {
    const u = understand("parents won't consent, what's their number?");
    expect(u.facts.consent).toBeDefined();
    expect(u.attributes?.attributes).toEqual(['phone']);
  });

  it('a consent asked about, none stated, is asked', () => {
    expect(understand('do we need consent for Cygnet?').attributes?.attributes).toContain('consent');
  });

  it('a message that asks for no attribute has none', () => {
    expect(understand('my son has ADHD').attributes).toBeUndefined();
  });
});

describe('about the guidance, or children in general, or no child at all', () => {
  it('a training question about a definition is about the guidance, with the lines it asks for', () => {
    const u = understand('For a staff training session: how does Pathway to Provision define neglect?');
    expect(u.aboutTheGuidance).toBe(true);
    expect(u.guidanceLines.length).toBeGreaterThan(0);
  });

  it('the same framing with a child\'s age is about that child', () => {
    const u = understand('For a staff training session: a 7 year old is left home alone, is that neglect?');
    expect(u.aboutTheGuidance).toBe(false);
    expect(u.guidanceLines).toEqual([]);
  });

  it('an ordinary message quotes no lines', () => {
    expect(understand('my son has ADHD').guidanceLines).toEqual([]);
  });

  it.each([
    ['what are the four levels of need?', true],
    ['what are the levels of need for a 7 year old?', false],
  ])('"%s" asks for the levels: %s', (text, asks) => {
    expect(understand(text).asksForTheLevels).toBe(asks);
  });

  it.each([
    ['can young people refer themselves to Kooth?', true],
    ['can my 15 year old refer herself to Kooth?', false],
  ])('"%s" is about children in general: %s', (text, general) => {
    expect(understand(text).aboutChildrenInGeneral).toBe(general);
  });
});

describe('a long message that opens as a social move', () => {
  it.each([
    'thanks so much, also I want to do the Freedom Programme, how long is it and where does it run please',
    "Hi there, I'm a health visitor in Calverton and I'm worried about a baby whose mum seems very low",
  ])('"%s" asks for something: its question comes first', text => {
    expect(['greeting', 'thanks', 'help', 'start-over', 'cancel', 'out-of-scope']).not.toContain(understand(text).intent);
  });

  it.each([['hi', 'greeting'], ['thanks', 'thanks'], ['start over', 'start-over']])('"%s" alone is %s', (text, intent) => {
    expect(understand(text).intent).toBe(intent);
  });
});

describe('only what the message states', () => {
  it.each([
    ['lives in Mansfield', ['area']],
    ['she is 9', ['ageYears', 'ageMonths']],
    ['my son has ADHD', ['concerns', 'diagnoses', 'role']],
  ])('"%s" states %j and nothing else, so merging it keeps the rest of the case', (text, keys) => {
    expect(Object.keys(understand(text).facts).sort()).toEqual([...keys].sort());
  });
});

describe('who is writing, from the way they write', () => {
  it('text-speak about "my m8" self-harming is a young person writing', () => {
    expect(understand('wat do i do if my m8 is self harming').facts.role).toBe('young-person');
  });
});

describe('how sure the reading is', () => {
  it('a bare "ok", out of the blue, is ambiguous', () => {
    expect(understand('ok').ambiguous).toBe(true);
  });

  it('a plain request is not ambiguous', () => {
    const u = understand('mash number notts');
    expect(u.ambiguous).toBe(false);
    expect(u.alternatives[0]).toEqual({ intent: u.intent, confidence: u.confidence });
  });

  it('the confidences of all readings sum to 1', () => {
    const total = understand('mash number notts').alternatives.reduce((sum, a) => sum + a.confidence, 0);
    expect(total).toBeCloseTo(1, 6);
  });
});

describe('the examples the risk model learns as harmless', () => {
  it('are those of intents that never describe harm', () => {
    const examples = {
      'find-service': ['a course for parents'], thanks: ['cheers'],
      safeguarding: ['her dad hits her'], 'records-check': ['is he known to social care, he has bruises'],
      'provide-facts': ['she has bruises'], 'what-if': ['what if he hit her again'], explain: ['why, when he hits her?'],
    };
    expect(ordinaryExamples(examples as never).sort()).toEqual(['a course for parents', 'cheers']);
  });

  it('an intent with no examples adds none', () => {
    expect(ordinaryExamples({ 'find-service': undefined, thanks: ['cheers'] } as never)).toEqual(['cheers']);
  });
});

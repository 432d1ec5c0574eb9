// The risk screen (DESIGN.md safety rule 1): every signal in knowledge/risk.yaml raised by the way
// people actually describe it, misspellings included, and not raised when the words are denied. A
// missed risk is far worse than an extra safeguarding reminder.
import { describe, expect, it } from 'vitest';
import { CaseFacts } from '../../src/pathway/caseFacts.js';
import { kb, understand } from './understander.js';

/** Signal id -> messages that must raise it. */
const RAISED_BY: Record<string, string[]> = {
  'immediate-danger': [
    'he has a knife and is threatening mum right now', 'she has taken an overdose', 'the child is in danger now',
    'he says he is going to kill her', 'she is not safe to go home tonight', "mum's boyfriend is drunk and waving a knife about", 'I can hear screaming next door and the kids are crying',
  ],
  'physical-abuse': [
    'hit by dad with a belt', "mum's boyfriend hurts her", 'he came in with a black eye', 'bruises on his arms he cannot explain',
    'her stepdad beats her', 'unexplained brusing on her back',
    "the toddler has a burn on his arm and mum's story keeps changing",
  ],
  'injury-to-baby': ['the baby has a bruise on his cheek', '3 month old with a fractured arm', 'bruising on a non-mobile infant'],
  'sexual-abuse': ['her uncle is touching her', 'he touched her private parts', 'she told me she was raped', 'a 12 year old being sexually abused'],
  'harmful-sexual-behaviour': [
    'a 10 year old is touching younger children sexually', 'showing sexualised behaviour towards other pupils',
    "a 7 year old keeps trying to touch other children's private parts",
  ],
  'emotional-abuse': ['her parents constantly belittle and humiliate her', 'mum tells him she wishes he was never born', 'the kids are scared of him'],
  'neglect': [
    'no food in the house and the kids are always hungry', 'comes to school filthy and smelly every day', 'severe neglect',
    'pregnant and injecting heroin, her older children were removed',
    'dad drinks every night and the kids are left to it',
  ],
  'home-alone': [
    'a 6 year old was left home alone all night', 'kids left on their own while mum goes out',
    'the boy next door has been on his own since this morning, no adults, crying',
  ],
  'domestic-abuse': ['dad hits mum in front of the children', 'there is domestic violence at home', 'the kids witness the fighting'],
  'self-harm': ['she cuts herself', 'he has been self harming', 'cutting her arms with a razor', 'selfharm'],
  'suicide': ['she wants to kill herself', 'talking about ending his life', 'suicidal thoughts', 'has a plan to end it all'],
  'exploitation': ['hanging around with a man in his 20s', 'county lines', 'older men giving her gifts and lifts', 'being groomed online', 'carrying drugs for a gang', 'cse concerns'],
  'missing': ['she keeps going missing', 'ran away from the care home again', "hasn't come home since friday", "my daughter still isnt home and it's gone midnight"],
  'online-abuse': ['a man online asked her for naked pictures and told her to keep it secret', 'someone is threatening to share my nudes'],
  'trafficking': ['we think he was trafficked into the country', 'she was brought over to work in a nail bar'],
  'unborn-risk': ['she is pregnant and her partner kicked her in the stomach', 'expecting in June and still injecting heroin'],
  'parent-mental-health': ['mum hears voices telling her to hurt the baby', 'dad says he will take the kids with him if he goes'],
  'radicalisation': ['being radicalised online', 'sharing extremist propaganda', 'talking about joining a terrorist group'],
  'fgm': ['worried she will be cut on holiday, FGM', 'female genital mutilation', 'being taken abroad to be circumcised'],
  'forced-marriage': ['her family are forcing her to marry', 'being made to marry a cousin abroad', 'forced marriage'],
  'homeless-child': ['kicked out by his mum and has nowhere to stay', 'she has been sleeping rough'],
  'disclosure': ['a child has disclosed abuse', 'she told me her dad hurts her', 'he made a disclosure at school today'],
  'fabricated-illness': ['the consultant thinks mum may be fabricating her illness', 'his seizures only ever happen at home and only his mum sees them'],
  'private-fostering': ['she has been living with a family friend for three months while her parents are abroad', 'he is privately fostered by a neighbour'],
};

describe('the risk screen', () => {
  it('has messages here for every signal in the knowledge base', () => {
    expect(Object.keys(RAISED_BY).sort()).toEqual(kb.riskSignals.map(s => s.id).sort());
  });

  for (const [signal, messages] of Object.entries(RAISED_BY)) {
    it.each(messages)(`raises ${signal} for "%s"`, text => {
      expect(understand(text).facts.risks).toContain(signal);
    });
  }

  it('marks immediate danger, so the bot says 999 first', () => {
    expect(understand('he is being attacked right now').facts.immediateDanger).toBe(true);
    expect(understand('she cuts herself').facts.immediateDanger).toBeUndefined();
  });

  it.each([
    'no safeguarding concerns',
    'not at risk',
    "she isn't being hurt at home",
    'no self harm or suicidal thoughts',
    'no signs of neglect',
    'never been missing',
    'no concerns about exploitation',
    'no domestic abuse in the home',
    'not being bullied or abused',
    'no injuries or bruising seen',
  ])('raises nothing for the denial "%s"', text => {
    expect(understand(text).facts.risks ?? []).toEqual([]);
  });

  it('records "no safeguarding concerns" so the pathway can say so', () => {
    expect(understand('7, Gedling, no safeguarding concerns, just sleep').facts.safeguardingDenied).toBe(true);
  });

  it.each([
    ['no safeguarding concerns but she told me her dad hits her', 'physical-abuse'],
    ["she isn't being hurt at home, but she has started cutting herself", 'self-harm'],
    ['no domestic abuse, however he keeps going missing', 'missing'],
  ])('still raises a real risk beside a denial: "%s"', (text, signal) => {
    expect(understand(text).facts.risks).toContain(signal);
  });

  it('screens every message, whatever it is answering and whatever it asks', () => {
    const current = CaseFacts.parse({ ageYears: 8, concerns: ['adhd'] });
    expect(understand('yes, and her stepdad hits her', current, 'diagnosis').facts.risks).toContain('physical-abuse');
    expect(understand("what's the number for the MASH, she has bruises from dad").facts.risks).toContain('physical-abuse');
    expect(understand('Mansfield. She says she wants to die', current, 'area').facts.risks).toContain('suicide');
  });

  it('does not raise a risk for an ordinary worry', () => {
    for (const text of ['struggling with bedtime routines', 'he hits his head on the table when frustrated? no, he bangs toys', 'what is the cygnet programme']) {
      expect(understand(text).facts.risks ?? [], text).not.toContain('physical-abuse');
    }
  });

  it('reads a question about the guidance for training as doubt, not a risk, and keeps a disclosure a risk', () => {
    const quiz = understand("Quick quiz for a training session: is 'carrying a weapon' a Level 3 or a Level 4 indicator in the Notts thresholds?");
    expect(quiz.facts.risks ?? []).toEqual([]);
    expect(quiz.facts.immediateDanger).toBeUndefined();
    expect(quiz.risk.doubt).toBe(true);
    expect(understand('my son is carrying a weapon to school and says he will use it').facts.risks?.length).toBeGreaterThan(0);
  });

  it('never raises a risk on the model alone from a few words, but keeps doubt', () => {
    const short = understand('she is a girl');
    expect(short.facts.risks ?? []).toEqual([]);
    expect(understand('the kids are scared of him').facts.risks).toContain('emotional-abuse');
  });
});

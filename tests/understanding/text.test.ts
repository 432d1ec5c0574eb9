// The one normal form of a message and the word-level helpers every reader of a message shares. The
// expected forms are written out by hand, as a reader would type and read them.
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The module keeps the last message's normal form and the stems it has worked out: import a fresh module,
// so nothing kept from an earlier run (mutation testing runs the file again in the same process) answers.
let text: typeof import('../../src/understanding/text.js');
beforeEach(async () => {
  vi.resetModules();
  text = await import('../../src/understanding/text.js');
});
const normalise = (s: string) => text.normalise(s);
const words = (s: string) => text.words(s);
const typedWords = (s: string) => text.typedWords(s);
const firstWordOf = (s: string) => text.firstWordOf(s);
const stemOf = (s: string) => text.stemOf(s);
const typoDistance = (a: string, b: string) => text.typoDistance(a, b);
const escapeRegExp = (s: string) => text.escapeRegExp(s);
const phrasePattern = (s: string) => text.phrasePattern(s);
const withFirstWordIn: typeof text.withFirstWordIn = (items, typed) => text.withFirstWordIn(items, typed);
const isNegated = (t: string, start: number, end: number, negators?: RegExp) => text.isNegated(t, start, end, negators);

describe('the normal form of a message', () => {
  it.each([
    ['Where do I REFER?', 'where do i refer?'],
    ['Mum\u2019s worried', "mum's worried"],
    ['mum\u2018s `quote\u00b4', "mum's 'quote'"],
    ['\u201cMASH\u201d number', '"mash" number'],
    ['ages 3\u201311 \u2014 or 12', 'ages 3-11 - or 12'],
    ['Children & Families Direct', 'children and families direct'],
    ['  lots\tof \n\n space  ', 'lots of space'],
    ['A&E', 'a and e'],
  ])('"%s" reads as "%s"', (typed, normal) => {
    expect(normalise(typed)).toBe(normal);
  });

  it('is the same however often it is asked, for this message or another', () => {
    expect(normalise('One & Two')).toBe('one and two');
    expect(normalise('One & Two')).toBe('one and two');
    expect(normalise('Three')).toBe('three');
    expect(normalise('One & Two')).toBe('one and two');
  });
});

describe('words', () => {
  it('keep apostrophes inside words and drop punctuation', () => {
    expect(words("can't ring mum's phone, 7 yrs-old!")).toEqual(["can't", 'ring', "mum's", 'phone', '7', 'yrs', 'old']);
    expect(words("'quoted' o'clock")).toEqual(['quoted', "o'clock"]);
    expect(words('?! ...')).toEqual([]);
  });

  it('a message\'s typed words have no apostrophes, each once, and a possessive also without its "\'s" ("Gedling\'s")', () => {
    expect([...typedWords("can't can't mum's")]).toEqual(['cant', 'mums', 'mum']);
  });

  it('the first word of a phrase, as a message would be split, without apostrophes', () => {
    expect(firstWordOf("Children's Centre")).toBe('childrens');
    expect(firstWordOf('  Small Steps')).toBe('small');
    expect(firstWordOf('...')).toBe('');
  });

  it('stop words are function words, never what a message is about', () => {
    expect(text.STOP_WORDS.has('the')).toBe(true);
    expect(text.STOP_WORDS.has('autism')).toBe(false);
  });
});

describe('stems', () => {
  it.each([
    ['referrals', 'referr'],
    ['running', 'run'],
    ["children's", 'children'],
    ['sleeping', 'sleep'],
  ])('"%s" stems to "%s", the same each time', (word, stem) => {
    expect(stemOf(word)).toBe(stem);
    expect(stemOf(word)).toBe(stem);
  });

  it('stay right when many different words have been stemmed', () => {
    for (let i = 0; i < 50_100; i++) stemOf(`word${i}s`);
    expect(stemOf('walking')).toBe('walk');
    expect(stemOf('word7s')).toBe('word7');
  });
});

describe('the items whose first word a message has', () => {
  const items = [
    { firstWord: 'small', name: 'Small Steps' },
    { firstWord: 'family', name: 'Family Nurse Partnership' },
    { firstWord: 'small', name: 'Small Wonders' },
    { firstWord: 'cygnet', name: 'Cygnet' },
  ];

  it('are those items, in the list\'s order', () => {
    expect(withFirstWordIn(items, new Set(['cygnet', 'small'])).map(i => i.name)).toEqual(['Small Steps', 'Small Wonders', 'Cygnet']);
    expect(withFirstWordIn(items, new Set(['family']))).toEqual([items[1]]);
    expect(withFirstWordIn(items, new Set(['nothing']))).toEqual([]);
  });

  it('include an item added to the list after it was first searched', () => {
    const list = [{ firstWord: 'mash' }];
    expect(withFirstWordIn(list, new Set(['edt']))).toEqual([]);
    list.push({ firstWord: 'edt' });
    expect(withFirstWordIn(list, new Set(['edt', 'mash']))).toEqual([{ firstWord: 'mash' }, { firstWord: 'edt' }]);
  });

  it('count more than ten items in number order, not as text', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ firstWord: i === 2 || i === 11 ? 'x' : `w${i}` }));
    expect(withFirstWordIn(many, new Set(['w10', 'x']))).toEqual([many[2], many[10], many[11]]);
  });
});

describe('typing slips', () => {
  it.each([
    ['mansfield', 'mansfield', 0],
    ['mansfeild', 'mansfield', 1],
    ['bridge', 'berridge', 2],
    ['berridge', 'bridge', 2],
    ['ashfeld', 'ashfield', 1],
  ])('"%s" is %d edits from "%s"', (a, b, edits) => {
    expect(typoDistance(a, b)).toBe(edits);
  });
});

describe('phrases as patterns', () => {
  it('escape every character a regular expression treats specially', () => {
    const special = '.*+?^${}()|[]\\';
    expect(new RegExp(`^${escapeRegExp(special)}$`).test(special)).toBe(true);
    expect(escapeRegExp('a.b')).toBe('a\\.b');
    expect(escapeRegExp('plain words')).toBe('plain words');
  });

  it.each([
    ['Early Help', 'refer to early help please', true],
    ['Early Help', 'early-help unit', true],
    ['early-help', 'early help', true],
    ['Early Help', 'earlyhelp', true],
    ["children's centre", 'the childrens centre', true],
    ["children's centre", "the children's centre", true],
    ['Early Help', 'not nearly helpful', false],
    ['mash', 'smash', false],
    ['mash', 'mash2', false],
    ['C.A.F', 'a caf form', false],
    ['C.A.F', 'a c.a.f form', true],
  ])('"%s" in "%s": %s', (phrase, text, found) => {
    expect(phrasePattern(phrase).test(text)).toBe(found);
  });

  it('find every place a phrase is typed', () => {
    expect(normalise('MASH or mash').match(phrasePattern('MASH'))).toEqual(['mash', 'mash']);
  });
});

describe('negation', () => {
  const negated = (message: string, phrase: string, negators?: RegExp): boolean => {
    const start = message.indexOf(phrase);
    return isNegated(message, start, start + phrase.length, negators);
  };

  it.each([
    ['no bruising seen', 'bruising'],
    ['not hit', 'hit'],
    ['never hit her', 'hit'],
    ['without marks', 'marks'],
    ['nor any bruises', 'bruises'],
    ['nobody hurt him', 'hurt'],
    ['no one hurt him', 'hurt'],
    ['noone hurt him', 'hurt'],
    ['nothing to suggest abuse', 'abuse'],
    ['she denies being hit', 'hit'],
    ['he denied any hitting', 'hitting'],
    ["isn't hurt", 'hurt'],
    ["aren't at risk", 'risk'],
    ["wasn't hurt", 'hurt'],
    ["hasn't self harmed", 'self harmed'],
    ["haven't seen bruises", 'bruises'],
    ["doesn't go missing", 'missing'],
    ["don't think she is hurt", 'hurt'],
    ["didn't hit him", 'hit'],
    ["won't hurt her", 'hurt'],
    ['isnt hurt', 'hurt'],
    ['dont think he was hit', 'hit'],
    ['doesnt self harm', 'self harm'],
    ['hasnt been hit', 'hit'],
    ['injuries: none', 'injuries'],
    ['abuse ruled out', 'abuse'],
    ['ruled out abuse', 'abuse'],
    ['bruising - not a concern', 'bruising'],
    ['no safeguarding concerns', 'safeguarding'],
  ])('"%s": %s is denied', (message, phrase) => {
    expect(negated(message, phrase)).toBe(true);
  });

  it.each([
    ['he hit her', 'hit'],
    ['no, but she cuts herself', 'cuts'],
    ['not at school; however he was hit', 'hit'],
    ['nothing at first although she was hurt', 'hurt'],
    ['no words, though he was hit', 'hit'],
    ['not sure and yet he was hit', 'hit'],
    ['not today. he was hit', 'hit'],
    ['no, she was hit', 'hit'],
    ['not at school; he was hit', 'hit'],
    ['no! he was hit', 'hit'],
    ['never? he was hit', 'hit'],
    ['note that she was hit', 'hit'],
    ['knot in her hair and she was hit', 'hit'],
    ['no money for food all week and he was hurt', 'hurt'],
    ['bruising, and then nothing else', 'bruising'],
    ['hurt; none of the family know', 'hurt'],
    ['bruises on her arms, legs and back: none', 'bruises'],
    ['none of them saw, but she was hit', 'hit'],
  ])('"%s": %s stands', (message, phrase) => {
    expect(negated(message, phrase)).toBe(false);
  });

  it('a denial\'s reach is the last forty characters before the words', () => {
    expect(negated(`no ${'x'.repeat(40)} hit`, 'hit')).toBe(false);
    expect(negated('no, xxxxxxxxxxxxxxxxxxxxxxx hit', 'hit')).toBe(false);
  });

  describe('of a need', () => {
    it.each([
      ["won't sleep", 'sleep', false],
      ["isn't eating", 'eating', false],
      ["can't sit still", 'sit still', false],
      ['no sleep problems', 'sleep', true],
      ['without behaviour issues', 'behaviour', true],
      ['denies anxiety', 'anxiety', true],
      ['not a behaviour issue', 'behaviour', true],
      ['not an anxiety problem', 'anxiety', true],
      ['not any sleep issues', 'sleep', true],
      ['not sleeping', 'sleeping', false],
      ['without any sleep issues', 'sleep', true],
      ['no problems. anxious now', 'anxious', false],
    ])('"%s": %s denied: %s', (message, phrase, denied) => {
      expect(negated(message, phrase, text.CONCERN_NEGATORS)).toBe(denied);
    });
  });
});

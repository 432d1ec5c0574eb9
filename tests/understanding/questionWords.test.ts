// What a message asks, as against what it tells, read with knowledge/question-words.yaml: the messages
// and what a reader takes from them are written here by hand.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { normalise } from '../../src/understanding/text.js';
import { contentTerms } from '../../src/understanding/relevance.js';

// The default words are read once per module and kept: import a fresh module, so they are read by the
// code as it stands for this run (mutation testing runs the file again against changed code in the same process).
let questionWords: typeof import('../../src/understanding/questionWords.js');
beforeEach(async () => {
  vi.resetModules();
  questionWords = await import('../../src/understanding/questionWords.js');
});
const defaultQuestionWords = () => questionWords.defaultQuestionWords();
const readQuestionWords = (file?: string) => questionWords.readQuestionWords(file);

// Read inside each test, not on import: a file that cannot be read then fails the tests rather than loading none.
const words = () => defaultQuestionWords();
const asks = (message: string): boolean => words().asks.test(normalise(message));

describe('a message that asks', () => {
  it.each([
    'what is the mash number',
    'Where do I refer a 7 year old',
    'who runs Small Steps',
    'how long is the wait',
    'which service is best',
    'why not Cygnet',
    'can I self refer',
    'could you help',
    'is the mash open',
    'are they open now',
    'does it cover Bassetlaw',
    'do I need consent',
    'should I ring the mash',
    'would they take him',
    '  what now',
    'he is 7, help?',
  ])('"%s" asks', message => {
    expect(asks(message)).toBe(true);
  });

  it.each([
    '7 year old in Rushcliffe with ADHD',
    'he is hyperactive, and what a week it has been',
    'whatever happens he needs help',
    'issues at school',
    'canvas of the family',
    'mum is worried',
  ])('"%s" tells', message => {
    expect(asks(message)).toBe(false);
  });
});

describe('a worry voiced', () => {
  it.each([
    'I am worried about him', 'WORRIED about her', 'it is worrying', 'a safeguarding concern', 'concerns at school',
    'her welfare', 'his safety', 'she is unsafe at home', 'he is at risk', 'we are concerned', 'my worry is',
  ])('"%s" voices a worry', message => {
    expect(words().worry.test(message)).toBe(true);
  });

  it.each(['she is unworried', 'a safe place', 'the riskiest thing', 'concerning homework'])('"%s" does not', message => {
    expect(words().worry.test(message)).toBe(false);
  });
});

describe('asking for the signs of a level', () => {
  it.each([
    'what are the signs of neglect', 'SIGNS of level 3', 'is there a sign', 'indicators for level 2', 'an indicator of need',
    'what counts as level 4', 'an example please', 'Examples of early help', 'the criteria for targeted support', 'list them',
  ])('"%s" asks for signs', message => {
    expect(words().asksForIndicators.test(message)).toBe(true);
  });

  it.each(['she signed the form', 'the listing', 'a criterion'])('"%s" does not', message => {
    expect(words().asksForIndicators.test(message)).toBe(false);
  });
});

describe('words about the question', () => {
  it('include each listed word in every form the index stems it to', () => {
    for (const word of ['levels', 'level', 'meets', 'threshold', 'Nottinghamshire', 'derby', 'tiers', 'guidance']) {
      for (const term of contentTerms(word)) expect(words().aboutTheQuestion.has(term), word).toBe(true);
    }
  });

  it('leave out the words about the family', () => {
    for (const word of ['neglect', 'school', 'bruise', 'mum']) {
      for (const term of contentTerms(word)) expect(words().aboutTheQuestion.has(term), word).toBe(false);
    }
  });
});

describe('the words that open a question', () => {
  it('are the listed phrases as typed', () => {
    expect([...words().openers]).toEqual(['what', 'where', 'who', 'how', 'which', 'why', 'can', 'could', 'is', 'are', 'does', 'do', 'should', 'would']);
  });

  it('leave out a regular expression among them, which names no word', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'question-words-')), 'question-words.yaml');
    writeFileSync(file, [
      'questionOpeners: [what, "/tell me (about|more)/"]',
      'worry: [worried]',
      'asksForIndicators: [signs]',
      'aboutTheQuestion: [levels]',
      'saysNothingYet: [advice]',
    ].join('\n'));
    const read = readQuestionWords(file);
    expect([...read.openers]).toEqual(['what']);
    expect(read.asks.test('tell me more')).toBe(true);
    expect(read.asks.test('so tell me about it')).toBe(false);
    expect(read.asks.test('ok, thanks')).toBe(false);
    expect([...read.aboutTheQuestion]).toEqual(contentTerms('level'));
  });

  it('a file with a list missing or an unknown list is refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'question-words-'));
    const missing = join(dir, 'missing.yaml');
    writeFileSync(missing, 'questionOpeners: [what]\nworry: [worried]\nasksForIndicators: [signs]\n');
    expect(() => readQuestionWords(missing)).toThrow(/aboutTheQuestion/);
    const extra = join(dir, 'extra.yaml');
    writeFileSync(extra, 'questionOpeners: [what]\nworry: [worried]\nasksForIndicators: [signs]\naboutTheQuestion: [level]\nsaysNothingYet: [advice]\nthanks: [ta]\n');
    expect(() => readQuestionWords(extra)).toThrow(/thanks/);
  });
});

describe('a message that says only that there is something to ask', () => {
  it.each([
    'need advice about a kid',
    'hi, I need to talk to someone',
    'can I ask a quick question about my daughter?',
    'Hello, I need some advice please',
  ])('"%s" tells nothing yet', text => {
    expect(words().saysNothingYet(text)).toBe(true);
  });

  it.each([
    'need advice about my son\'s sleep',
    'I need to talk to someone, my dad hits me',
    'advice about a kid in Mansfield',
    'my daughter is being bullied',
    'mash number',
  ])('"%s" says what about', text => {
    expect(words().saysNothingYet(text)).toBe(false);
  });

  it.each(['refer', 'help me'])('"%s", a command or a plea of small words alone, is left to the rest of the reading', text => {
    expect(words().saysNothingYet(text)).toBe(false);
  });

  it('counts a listed word in every form the topic index gives it', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'question-words-')), 'question-words.yaml');
    writeFileSync(file, 'questionOpeners: [what]\nworry: [worried]\nasksForIndicators: [signs]\naboutTheQuestion: [level]\nsaysNothingYet: [question]\n');
    expect(readQuestionWords(file).saysNothingYet('questions?')).toBe(true);
    expect(readQuestionWords(file).saysNothingYet('questions about sleep')).toBe(false);
  });
});

it('the default words are read once', () => {
  expect(defaultQuestionWords()).toBe(words());
});

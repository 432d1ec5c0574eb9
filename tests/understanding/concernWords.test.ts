// Concerns from the words of a message, and whether its words are this domain's at all. A small set of
// concerns and names written here, so what each message should give can be read off the table.
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/knowledgeBase.js';
import { buildConcernMatcher, findConcerns } from '../../src/understanding/concerns.js';
import { buildDomainVocabulary, domainCoverage } from '../../src/understanding/domainVocabulary.js';
import { kb as realKb } from '../support/knowledge.js';

const concern = (id: string, label: string, synonyms: string[], exactOnly: string[] = []) => ({ id, label, synonyms, exactOnly });
const kb = {
  concerns: [
    concern('adhd', 'ADHD', ["can't sit still", 'hyperactive', 'attention deficit']),
    concern('bullying', 'bullying', ['bullied at school']),
    concern('send', 'SEND', ['send', 'special educational needs']),
    concern('sleep', 'sleep', ['insomnia', 'sleeping']),
    concern('speech', 'speech', ['words', 'talking'], ['words', 'talking']),
    concern('self-harm', 'self-harm', ['cutting', 'cuts herself']),
    concern('anxiety', 'anxiety', ['anxious', 'worries', 'shy']),
    concern('other-sleep', 'sleeplessness', ['sleeping']),
    concern('panic', 'panic', []),
    concern('bereavement', 'bereavement', ['loss']),
  ],
  services: [{ name: 'Kooth', aliases: ['kooth.com'] }],
  contacts: [{ name: 'Careline', aliases: [] }],
  authorities: [{ name: 'Derby', aliases: ['derby city'] }],
  districts: [{ name: 'Rushcliffe', aliases: [] }],
  places: [{ name: 'Bulwell', aliases: [] }],
  levels: [{ name: 'Emerging needs' }],
} as unknown as KnowledgeBase;

// Built on first use inside a test, not on import, so a fault in building it fails tests.
const concerns = (message: string) => findConcerns(buildConcernMatcher(kb), message).sort();

describe('concerns in a message', () => {
  it.each([
    ['he is hyperactive', ['adhd']],
    ["he can't sit still", ['adhd']],
    ['ADHD', ['adhd']],
    ['bullied at school', ['bullying']],
    ['being bullied', ['bullying']],
    ['insomnia and anxious', ['anxiety', 'sleep']],
    ['not sleeping', ['other-sleep', 'sleep']],
    ['hyperactivity', ['adhd']],
    ['special educational needs', ['send']],
    ['needs SEND support', ['send']],
    ['she cuts herself', ['self-harm']],
    ['she is cutting', ['self-harm']],
    ['hyperactive, hyperactive', ['adhd']],
    ['no sleep problems but very anxious', ['anxiety']],
    ['no anxiety but hyperactive', ['adhd']],
  ])('"%s" -> %j', (message, expected) => {
    expect(concerns(message)).toEqual(expected);
  });

  it.each([
    ['no anxiety', 'denied'],
    ['without insomnia', 'denied'],
    ['not a sleeping problem', 'denied'],
    ['she worded it badly', 'a word too common to mean a need by its stem'],
    ['can you send me the form', '"send" as a verb'],
    ['send it over', '"send" as a verb at the start'],
    ['talk to me', 'a short word'],
  ])('"%s" -> none (%s)', message => {
    expect(concerns(message)).toEqual([]);
  });

  it('a stem of a single word of five letters or more counts: "worrying" is a worry', () => {
    expect(concerns('worrying a lot')).toEqual(['anxiety']);
    expect(concerns('worrying, and not worrying')).toEqual(['anxiety']);
  });

  it('"SEND" in capitals is the need even when "send" is also a verb in the message', () => {
    expect(concerns('please send help, SEND')).toEqual(['send']);
  });

  it('a single word of five letters or more also matches in its other forms; a phrase or a shorter word does not', () => {
    expect(concerns('he sleeps badly')).toEqual(['sleep']);
    expect(concerns('he panics')).toEqual(['panic']);
    expect(concerns('profit and losses')).toEqual([]);
    expect(concerns('she is shy')).toEqual(['anxiety']);
    expect(concerns('her shyness')).toEqual([]);
    expect(concerns('she is special')).toEqual([]);
    expect(concerns('an attentive child')).toEqual([]);
  });

  it('"send" as a verb hides only the need SEND, and only the word itself', () => {
    expect(concerns('can you send me something for anxiety')).toEqual(['anxiety']);
    expect(concerns('please send me something about special educational needs')).toEqual(['send']);
    expect(concerns('what can you send')).toEqual([]);
  });

  it('a stem two concerns share goes to the first', () => {
    expect(buildConcernMatcher(kb).stems.get('sleep')).toBe('sleep');
  });
});

describe('everyday words in the knowledge base\'s synonyms', () => {
  // Built once per test file run, inside the first test to use it: this table checks the real synonyms, not the matcher's building.
  let built: ReturnType<typeof buildConcernMatcher> | undefined;
  const matcher = () => (built ??= buildConcernMatcher(realKb));

  it.each([
    'preventing it', 'learning languages', 'sending a letter', 'he misses his dad', 'missed the bus', 'he is very active', 'a supportive family',
    'she is healthy', 'be careful', 'he cuts the grass', 'he talks a lot', 'behaviours', 'supporting him', 'cares a lot', 'he cared', 'wording', 'healths',
    // A foster carer writing is not a child in care.
    "I'm a foster carer in Broxtowe", 'my foster carer is nice',
    // A parent mentioned is not a need for parenting support.
    'I am a single parent', 'my parents are strict', 'on a call with a parent',
  ])('"%s" names no need', message => {
    expect(findConcerns(matcher(), message)).toEqual([]);
  });

  it.each([
    'she looks after her mum, who has MS', 'he does the cooking and the housework since his dad got ill', 'she takes her brother to school every morning', 'I care for my dad',
  ])('"%s" is a young carer', message => {
    expect(findConcerns(matcher(), message)).toContain('young-carer');
  });

  it.each([
    'is there free nursery for 2 year olds?', 'how do I get the 30 hours', 'help with childcare costs',
  ])('"%s" asks about childcare', message => {
    expect(findConcerns(matcher(), message)).toContain('childcare');
  });

  it.each([
    "he's in foster care", 'a looked after child', 'she lives in a children\'s home', 'he is living independently', 'she is fostered',
  ])('"%s" says the young person is in care or living independently (MST excludes them)', message => {
    expect(findConcerns(matcher(), message)).toContain('in-care');
  });
});

describe('the domain\'s words', () => {
  const vocabulary = () => buildDomainVocabulary(kb, { 'find-service': ['where can I refer a child'], thanks: ['cheers mate'], 'out-of-scope': ['book a table'], greeting: undefined });

  it.each([
    ['refer a child in Bulwell', 1],
    ['cheers mate', 1],
    ['Kooth', 1],
    ['derby city', 1],
    ['emerging needs', 1],
    ['hyperactive', 1],
    ['book a table', 0],
    ['refer a table', 0.5],
    ['the and of', 1],
    ['7 12', 1],
    ['y7', 0],
    ['7yo', 0],
    ['careline rushcliffe cutting insomnia', 1],
  ])('"%s" is %d the domain\'s', (message, share) => {
    expect(domainCoverage(vocabulary(), message)).toBeCloseTo(share, 10);
  });
});

describe('"send" the verb and SEND the need', () => {
  const matcher = buildConcernMatcher(realKb);
  it.each(['Send me the form', 'please send the referral'])('"%s" names no need', text => {
    expect(findConcerns(matcher, text)).not.toContain('send');
  });
  it.each(['my son has SEND', 'he has special educational needs'])('"%s" is SEND', text => {
    expect(findConcerns(matcher, text)).toContain('send');
  });
});

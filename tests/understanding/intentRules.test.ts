// The cues that say what a message wants outright, over knowledge/intent-cues.yaml: each row is a message,
// what else the understander found in it, and the intents a reader takes it to lean to, written by hand.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MessageSignals } from '../../src/understanding/intentRules.js';
import { normalise, words } from '../../src/understanding/text.js';

// The rules are built once per module and kept: import a fresh module, so they are built by the code as it
// stands for this run (mutation testing runs the file again against changed code in the same process).
let ruleBoosts: typeof import('../../src/understanding/intentRules.js').ruleBoosts;
beforeEach(async () => {
  vi.resetModules();
  ({ ruleBoosts } = await import('../../src/understanding/intentRules.js'));
});

const signals = (message: string, found: Partial<MessageSignals> = {}): MessageSignals => {
  const text = normalise(message);
  return {
    text, namedServices: 0, namedContacts: 0, hasConcern: false, hasCaseFact: false, hasChildFact: false, domainCoverage: 1,
    hasAge: false, hasRisk: false, levelsMentioned: 0, wordCount: words(text).length, ...found,
  };
};

const leansTo = (message: string, found: Partial<MessageSignals> = {}): string[] => [...ruleBoosts(signals(message, found)).keys()].sort();

describe('a whole message that is only a social move', () => {
  it.each([
    ['hi', ['greeting']],
    ['Hello there!', ['greeting']],
    ['good morning team', ['greeting']],
    ['thanks', ['thanks']],
    ['ok, thanks', ['thanks']],
    ["that's great, thank you very much", ['thanks']],
    ['cancel', ['cancel']],
    ['never mind', ['cancel']],
    ['stop it please', []],
    ['start again', ['start-over']],
    ['new case please', ['start-over']],
    ['help', ['help']],
    ['what can you do?', ['help']],
  ])('"%s" leans to %j', (message, intents) => {
    expect(leansTo(message)).toEqual(expect.arrayContaining(intents));
    if (intents.length) expect(ruleBoosts(signals(message)).get(intents[0] as never)).toBe(2.5);
  });

  it.each([
    ['hi, my 7 year old needs help with sleep', 'greeting'],
    ['thanks but what about out of hours', 'thanks'],
    ['do not cancel the referral', 'cancel'],
    ['can you help me find a service for a child', 'help'],
    ['oh hi', 'greeting'],
    ['hi hi', 'greeting'],
  ])('"%s" is more than %s', (message, intent) => {
    expect(leansTo(message)).not.toContain(intent);
  });

  it('a social move of more than six words is not one', () => {
    expect(leansTo("that's perfect, thanks very much so much")).not.toContain('thanks');
    expect(leansTo("that's perfect, thanks very much")).toContain('thanks');
    expect(leansTo('thanks thanks thanks thanks thanks thanks thanks')).not.toContain('thanks');
    expect(leansTo('thanks thanks thanks thanks thanks thanks', { wordCount: 6 })).not.toContain('thanks');
  });
});

describe('questions about an answer', () => {
  it.each([
    ['why not Cygnet?', 'explain'],
    ["what's that based on", 'explain'],
    ['what if she were 12?', 'what-if'],
    ['and out of hours?', 'what-if'],
    ['is he known to social care?', 'records-check'],
    ['can you check the records', 'records-check'],
  ])('"%s" leans to %s', (message, intent) => {
    expect(leansTo(message)).toContain(intent);
  });
});

describe('looking up a contact', () => {
  it.each([
    ['mash number', {}],
    ['tel: for the edt', {}],
    ['mash no. please', {}],
    ['who do I speak to at the MASH', {}],
    ['Small Steps', { namedServices: 1 }],
    ['city EDT', { namedContacts: 1 }],
  ])('"%s" with %j is a lookup', (message, found) => {
    expect(leansTo(message, found)).toContain('contact-lookup');
  });

  it.each([
    ['where do I refer, what number', {}, 'where to refer is not a lookup'],
    ['Small Steps for a 4 year old', { namedServices: 1, hasAge: true }, 'an age makes it a case'],
    ['what is Small Steps', { namedServices: 1 }, 'asks about the service'],
    ['tell me about small steps and what they offer please', { namedServices: 1 }, 'more than six words'],
    ['new forest parenting programme in rushcliffe please', { namedServices: 1 }, 'a name in seven words'],
    ['ringing is a problem', {}, 'a contact word inside a longer word'],
    ['a 7 year old with ADHD in Rushcliffe', {}, 'nothing named, no contact word'],
  ])('"%s" with %j is not (%s)', (message, found, _reason) => {
    expect(leansTo(message, found)).not.toContain('contact-lookup');
  });

  it('a name in six words is still a lookup', () => {
    expect(leansTo('new forest parenting programme in rushcliffe', { namedServices: 1 })).toContain('contact-lookup');
  });

  it('a lookup is not a question about levels', () => {
    expect(leansTo('mash number')).not.toContain('threshold');
  });

  it('a question about what happens next is about the process outright', () => {
    expect(ruleBoosts(signals('what happens next')).get('process')).toBe(2);
  });

  it('a name alone leans less than a contact word', () => {
    expect(ruleBoosts(signals('small steps', { namedServices: 1 })).get('contact-lookup')).toBe(1.5);
    expect(ruleBoosts(signals('small steps number', { namedServices: 1 })).get('contact-lookup')).toBe(1.6);
  });
});

describe('levels, eligibility and services', () => {
  it.each([
    ['what level is this', {}, 'threshold'],
    ['is it level 3', {}, 'threshold'],
    ['tell me about early help', { levelsMentioned: 1 }, 'threshold'],
    ['is Cygnet too old for him', { namedServices: 1 }, 'eligibility'],
    ['can she attend the course', {}, 'eligibility'],
    ['does New Forest take children of 12', { namedServices: 1 }, 'eligibility'],
    ['what is Small Steps', { namedServices: 1 }, 'service-info'],
    ['how do I get him into Small Steps', { namedServices: 1 }, 'find-service'],
    ['how do we make a referral', {}, 'process'],
    ['what happens next', {}, 'process'],
    ['do I need consent to refer', {}, 'process'],
    ['sleep problems, 7, Rushcliffe', { hasConcern: true, hasChildFact: true, hasCaseFact: true }, 'find-service'],
    ['support for anxiety', { hasConcern: true }, 'find-service'],
    ['where can I refer', {}, 'find-service'],
    ['is there any support', {}, 'find-service'],
  ])('"%s" with %j leans to %s', (message, found, intent) => {
    expect(leansTo(message, found)).toContain(intent);
  });

  it.each([
    ['is he eligible', {}, 'eligibility', 'nothing it could be about'],
    ['does Cygnet take children', {}, 'eligibility', 'no service named'],
    ['what is Small Steps', {}, 'service-info', 'no service named'],
    ['what is Small Steps for a 3 year old', { namedServices: 1, hasCaseFact: true }, 'service-info', 'a case, not the service'],
    ['what is the number for Small Steps', { namedServices: 1 }, 'service-info', 'a contact'],
    ['what is available like Small Steps', { namedServices: 1 }, 'service-info', 'what is available'],
    ['what is the process for Small Steps', { namedServices: 1 }, 'service-info', 'a process'],
    ['how do I refer to Small Steps', { namedServices: 1 }, 'process', 'getting into a named service'],
    ['how do I help with his anxiety', { hasConcern: true }, 'process', 'a need'],
    ['how do I get him into it', {}, 'find-service', 'no service named'],
    ['anxiety', { hasConcern: true }, 'find-service', 'a need alone'],
  ])('"%s" with %j does not lean to %s (%s)', (message, found, intent, _reason) => {
    expect(leansTo(message, found)).not.toContain(intent);
  });
});

describe('safeguarding', () => {
  it('a risk found leans to safeguarding, as does a worry put in those words', () => {
    expect(leansTo('he hit her', { hasRisk: true })).toContain('safeguarding');
    expect(leansTo('I have a safeguarding concern')).toContain('safeguarding');
    expect(leansTo('worried about the child\'s welfare')).toContain('safeguarding');
    expect(leansTo('he hit the ball')).not.toContain('safeguarding');
  });
});

describe('facts given', () => {
  it.each([
    ['7, Rushcliffe', { hasCaseFact: true }],
    ['mainly sleep', { hasConcern: true }],
    ['parents are happy with it', { hasCaseFact: true }],
    ['sleep and toileting too', { hasConcern: true }],
    ['7 year old in Rushcliffe with nan', { hasCaseFact: true }],
  ])('"%s" with %j gives facts', (message, found) => {
    expect(leansTo(message, found)).toContain('provide-facts');
  });

  it.each([
    ['sleep and anxiety and toileting too', { hasConcern: true }, 'a need in more than four words'],
    ['he was hit, sleep', { hasConcern: true, hasRisk: true }, 'a risk'],
    ['7 year old boy in Rushcliffe who lives with his nan', { hasCaseFact: true }, 'more than seven words'],
    ['7 year old boy in Rushcliffe, lives with nan', { hasCaseFact: true }, 'eight words'],
    ['edt notts 7', { hasCaseFact: true, namedContacts: 1 }, 'a contact named'],
    ['small steps, 4', { hasCaseFact: true, namedServices: 1 }, 'a service named'],
    ['7, where?', { hasCaseFact: true }, 'a question'],
    ['7, phone', { hasCaseFact: true }, 'a contact word'],
    ['the weather today', {}, 'nothing given'],
  ])('"%s" with %j does not (%s)', (message, found, _reason) => {
    expect(leansTo(message, found)).not.toContain('provide-facts');
  });
});

describe('out of scope', () => {
  it('a message about something else leans out of scope', () => {
    expect(leansTo('what is the weather like')).toContain('out-of-scope');
    expect(leansTo('my husband has dementia')).toContain('out-of-scope');
    expect(leansTo('tell me about knitting', { domainCoverage: 0.2 })).toContain('out-of-scope');
    expect(leansTo('knitting patterns please', { domainCoverage: 0 })).toContain('out-of-scope');
  });

  it.each([
    ['knitting', { domainCoverage: 0 }, 'too short to tell'],
    ['knitting for 7 hours', { domainCoverage: 0 }, 'a number, which is about a child'],
    ['tell me about knitting', { domainCoverage: 0.34 }, 'a third of its words are the domain\'s'],
    ['tell me about knitting', { domainCoverage: 0, hasConcern: true }, 'a concern'],
    ['tell me about knitting', { domainCoverage: 0, hasRisk: true }, 'a risk'],
    ['tell me about knitting', { domainCoverage: 0, hasCaseFact: true }, 'a fact of the case'],
    ['tell me about knitting', { domainCoverage: 0, namedServices: 1 }, 'a service'],
    ['tell me about knitting', { domainCoverage: 0, namedContacts: 1 }, 'a contact'],
  ])('"%s" with %j is not (%s)', (message, found, _reason) => {
    expect(leansTo(message, found)).not.toContain('out-of-scope');
  });
});

it('several cues for one intent give its strongest lean, not their sum', () => {
  expect(ruleBoosts(signals('where can I refer, is there any support')).get('find-service')).toBe(1.6);
});

// What the user wants, from the way people actually type: terse helpline shorthand, long practitioner
// messages, parents, and answers to the bot's own questions.
import { describe, expect, it } from 'vitest';
import { CaseFacts } from '../../src/pathway/caseFacts.js';
import { understand } from './understander.js';

describe('the intent of a message', () => {
  it.each([
    ['find-service', 'year 2 boy in Eastwood, really struggling with his temper, mum asking for help'],
    ['find-service', 'any support round Worksop for a lad who might be autistic?'],
    ['find-service', "what's out there for a family in Bulwell whose 4 year old won't sleep"],
    ['find-service', 'is there a group for teenagers with low mood in Derby'],
    ['find-service', "what's out there for a family worried about money and housing"],
    ['contact-lookup', 'mash number notts'],
    ['contact-lookup', 'edt city'],
    ['contact-lookup', 'county duty line out of hours'],
    ['contact-lookup', 'who do I ring in Derby for a safeguarding referral'],
    ['contact-lookup', 'email address for first contact please'],
    ['contact-lookup', 'who do I speak to at the MASH'],
    ['eligibility', 'can a 3 year old without a diagnosis do cygnet?'],
    ['eligibility', 'does small steps cover Bassetlaw'],
    ['eligibility', 'is kooth ok for a 10 year old'],
    ['eligibility', 'does the sleep programme need a formal diagnosis'],
    ['eligibility', 'would a child with autism get onto the workshops'],
    ['eligibility', 'will step2 take a child already seen by camhs'],
    ['threshold', 'is chronic lateness and head lice level 2?'],
    ['threshold', 'would that meet the threshold for social care'],
    ['threshold', 'additional or extensive for a child missing lots of school?'],
    ['service-info', 'what exactly is the new forest programme'],
    ['service-info', 'tell me about kooth'],
    ['service-info', 'what happens on the new forest course'],
    ['service-info', 'tell me what kooth offers'],
    ['process', 'how do I do an early help assessment'],
    ['process', "parents won't agree to early help, what now?"],
    ['process', "what's the process for stepping up from early help to social care"],
    ['process', 'do I need consent from the parents before I ring first contact'],
    ['safeguarding', 'a year 6 girl told me her uncle touches her'],
    ['safeguarding', "he turned up with a black eye and said his mum's boyfriend did it"],
    ['explain', 'why?'],
    ['explain', 'why not the sleep programme'],
    ['what-if', 'what if he was 13 instead'],
    ['what-if', 'and out of hours?'],
    ['records-check', 'can you tell me if this lad is already known to social care'],
    ['records-check', 'is there a social worker allocated to the family?'],
    ['provide-facts', '9, Mansfield, no diagnosis'],
    ['greeting', 'hiya'],
    ['help', 'what can you do?'],
    ['start-over', 'start again please'],
    ['cancel', 'never mind'],
    ['thanks', 'cheers, that is really helpful'],
    ['out-of-scope', 'will it rain in Nottingham tomorrow'],
    ['out-of-scope', 'my nan needs a care home place'],
  ])('%s: "%s"', (intent, text) => {
    expect(understand(text).intent).toBe(intent);
  });

  it('never reads a long message as only "start over", "thanks" or "help" unless it says so in so many words', () => {
    const long = 'Derby: I left a controlling relationship two years ago, the kids are fine now, but I want to do the Freedom Programme to understand it all. how long does it run?';
    expect(['start-over', 'thanks', 'help', 'greeting', 'cancel', 'out-of-scope']).not.toContain(understand(long).intent);
    expect(understand('start over please').intent).toBe('start-over');
    expect(understand('thanks so much').intent).toBe('thanks');
  });

  it('reads a short answer to the question just asked as facts, even when it would otherwise be a lookup', () => {
    const current = CaseFacts.parse({ concerns: ['autism'] });
    expect(understand('Newark', current, 'area').intent).toBe('provide-facts');
    expect(understand('eleven', current, 'age').intent).toBe('provide-facts');
    expect(understand('no, still waiting', current, 'diagnosis').intent).toBe('provide-facts');
  });

  it('is more confident of a plain question than of a word that could mean anything, with the alternatives best first and summing to 1', () => {
    expect(understand('hmm').confidence).toBeLessThan(0.5);
    const u = understand('what is the number for the MASH');
    expect(u.confidence).toBeGreaterThan(0.5);
    expect(u.confidence).toBeLessThanOrEqual(1);
    expect(u.alternatives[0]).toEqual({ intent: u.intent, confidence: u.confidence });
    const total = u.alternatives.reduce((sum, a) => sum + a.confidence, 0);
    expect(total).toBeCloseTo(1, 5);
    expect(u.alternatives.map(a => a.confidence)).toEqual([...u.alternatives.map(a => a.confidence)].sort((a, b) => b - a));
  });

  it('does not read harm words that are all denied as a safeguarding message', () => {
    expect(understand('7 yr old in Netherfield, no concerns about abuse, just very hyperactive').intent).not.toBe('safeguarding');
  });

  it('is unsure of a message that could mean anything, so the bot can ask', () => {
    expect(understand('hmm').ambiguous).toBe(true);
    expect(understand('what is the number for the MASH').ambiguous).toBe(false);
  });
});

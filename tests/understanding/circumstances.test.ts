// The case's circumstances as people state them: consent, who is writing, when, a denial of safeguarding
// concerns, a wish to self-refer. Each row is a message and what any reader takes from it.
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The cues are read once per module and kept: import a fresh module, so they are built by the code as it
// stands for this run (mutation testing runs the file again against changed code in the same process).
let circumstances: typeof import('../../src/understanding/circumstances.js');
beforeEach(async () => {
  vi.resetModules();
  circumstances = await import('../../src/understanding/circumstances.js');
});
const findConsent: typeof circumstances.findConsent = (...args) => circumstances.findConsent(...args);
const findRole: typeof circumstances.findRole = text => circumstances.findRole(text);
const findTiming: typeof circumstances.findTiming = text => circumstances.findTiming(text);
const withoutWritersRole: typeof circumstances.withoutWritersRole = text => circumstances.withoutWritersRole(text);
const deniesSafeguarding: typeof circumstances.deniesSafeguarding = text => circumstances.deniesSafeguarding(text);
const asksToSelfRefer: typeof circumstances.asksToSelfRefer = text => circumstances.asksToSelfRefer(text);

describe('consent', () => {
  it.each([
    ['no consent from mum', 'refused'],
    ['referring without their consent', 'refused'],
    ['mum has withdrawn consent', 'refused'],
    ['dad withdrew his consent', 'refused'],
    ['they do not consent', 'refused'],
    ['consent was refused', 'refused'],
    ['consent not given', 'refused'],
    ["parents won't agree", 'refused'],
    ["mum didn't give consent", 'refused'],
    ['the parents have refused', 'refused'],
    ['dad is against the referral', 'refused'],
    ['mum is not keen at all', 'refused'],
    ["carers don't want it", 'refused'],
    ['they declined the offer', 'refused'],
    ['she refused early help', 'refused'],
    ['parents have given consent', 'given'],
    ['mum consented', 'given'],
    ['dad agreed', 'given'],
    ['mum is happy for me to refer', 'given'],
    ['they are on board', 'given'],
    ['parents want a course', 'given'],
    ['I have permission from mum', 'given'],
  ])('"%s": %s', (message, consent) => {
    expect(findConsent(message)).toBe(consent);
  });

  it.each([
    'do I need consent to refer?',
    'does it require consent',
    'should we get parental consent first',
  ])('"%s" asks about consent and states none', message => {
    expect(findConsent(message)).toBeUndefined();
  });

  it.each([
    ['do they have to agree?', undefined],
    ['would mum consent?', undefined],
    ['would mum consent', 'given'],
    ['can dad agree', 'given'],
  ])('"%s": a question about consent only with its question mark: %s', (message, consent) => {
    expect(findConsent(message)).toBe(consent);
  });

  it('a question about something else does not hide consent given', () => {
    expect(findConsent('mum agreed, what next?')).toBe('given');
  });

  it('a question asked further than a clause before consent is not about it', () => {
    expect(findConsent('do we know where she goes after school, because mum agreed')).toBe('given');
  });

  it.each([
    ['no', 'refused'],
    ['nope', 'refused'],
    ['not yet', 'refused'],
    ["they don't", 'refused'],
    ['not really', 'refused'],
    ['yes', 'given'],
    ['yeah', 'given'],
    ['of course', 'given'],
    ['sure', 'given'],
  ])('"%s" in answer to "Do the parents agree?": %s', (message, consent) => {
    expect(findConsent(message, 'consent')).toBe(consent);
    expect(findConsent(message)).toBeUndefined();
  });

  it('"nobody knows" is not an answer "no"', () => {
    expect(findConsent('nobody knows', 'consent')).toBeUndefined();
  });

  it('she refusing school is not the parents refusing consent', () => {
    expect(findConsent('she is refusing to go to school')).toBeUndefined();
  });
});

describe('who is writing', () => {
  it.each([
    ["I'm 14 and my dad hits me", 'young-person'],
    ['im a girl aged 13', 'young-person'],
    ['my best mate (15) told me her uncle makes her do stuff', 'young-person'],
    ['my mate in yr 9 keeps cutting her arms', 'young-person'],
    ['my little sister is 13 and shes got cuts all up her arms, she made me promise not to tell', 'young-person'],
    ['my mate keeps cutting herself n tonight she said she doesnt see the point anymore shes 14', 'young-person'],
    ['im in year 8 and my dad drinks', 'young-person'],
    ['my son has ADHD', 'parent'],
    ["I'm his mum", 'parent'],
    ["my son's teacher thinks he has ADHD", 'parent'],
    ['Mum: he will not sleep', 'parent'],
    ['I am a teacher', 'professional'],
    ['SENCO here', 'professional'],
    ['health visitor, worried about a baby', 'professional'],
    ["I'm a neighbour and I hear shouting", 'member-of-public'],
  ])('"%s": %s', (message, role) => {
    expect(findRole(message)).toBe(role);
  });

  it('nothing said about the writer is no role', () => {
    expect(findRole('where can I refer for sleep')).toBeUndefined();
  });

  const blank = (words: string) => ' '.repeat(words.length);
  it.each([
    ['family support worker, carlton.', `${blank('family support worker')}, carlton.`],
    ['i am a health visitor in bulwell', `${blank('i am a health visitor')} in bulwell`],
    ["i'm a school nurse", blank("i'm a school nurse")],
    ['as a teacher i worry', `${blank('as a teacher')} i worry`],
    ['teacher here', `${blank('teacher')} here`],
    ['school senco: he is 7', `${blank('school senco')}: he is 7`],
    ['senco here, i am a teacher too', `${blank('senco')} here, ${blank('i am a teacher')} too`],
  ])('the writer\'s own job in "%s" is masked', (normalised, masked) => {
    expect(withoutWritersRole(normalised)).toBe(masked);
  });

  it('a job asked about is not the writer\'s', () => {
    expect(withoutWritersRole('how do i contact a family support worker')).toBe('how do i contact a family support worker');
  });
});

describe('when', () => {
  it.each([
    ['who do I ring out of hours', { outOfHours: true }],
    ['and at the weekend?', { outOfHours: true }],
    ['after 6pm', { outOfHours: true }],
    ['when the MASH is closed', { outOfHours: true }],
    ['in office hours', { inHours: true }],
    ['during the day', { inHours: true }],
    ['urgent, today', { urgent: true }],
    ['urgently please, overnight', { outOfHours: true, urgent: true }],
    ['office hours or out of hours?', { outOfHours: true }],
    ['where do I refer', {}],
  ])('"%s": %j', (message, timing) => {
    expect(findTiming(message)).toStrictEqual(timing);
  });
});

describe('no safeguarding concerns', () => {
  it.each([
    'no safeguarding concerns', 'No current safeguarding', 'there are no child protection concerns', 'not any risk',
    'without immediate risk', 'nothing to suggest safeguarding', 'not at risk', 'no immediate danger', "there's no known risk",
  ])('"%s" denies them', message => {
    expect(deniesSafeguarding(message)).toBe(true);
  });

  it.each(['safeguarding concerns', 'no sleep, risk of harm', 'at risk'])('"%s" does not', message => {
    expect(deniesSafeguarding(message)).toBe(false);
  });
});

describe('self-referral', () => {
  it.each(['can I refer myself', 'can she self-refer?', 'self referral', 'can parents refer themselves', 'how do I sign up', 'can we go direct', 'without a referral'])(
    '"%s" asks to self-refer', message => {
      expect(asksToSelfRefer(message)).toBe(true);
    });

  it('"refer him to Kooth" does not', () => {
    expect(asksToSelfRefer('refer him to Kooth')).toBe(false);
  });
});

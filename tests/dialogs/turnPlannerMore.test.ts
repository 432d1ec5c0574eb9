// More of planTurn as a table (issue 16: "direct tests of planTurn as tables"): the stored memory, the
// message, and what the bot must do. Each expectation is written by hand from what a person must read
// (the texts in src/render/messages.ts are the bot's fixed sentences; numbers and hours from the printed
// sources in ../shared/sources), never taken from the planner's own output.
import { describe, expect, it } from 'vitest';
import { freshMemory, type CaseMemory } from '../../dialogs/caseMemory.js';
import { planTurn, type Reply, type TurnPlan } from '../../dialogs/turnPlanner.js';
import type { CaseFacts } from '../../src/pathway/caseFacts.js';
import type { MissingFact } from '../../src/pathway/route.js';
import { kb, understander } from '../understanding/understander.js';
import { answered, askedForAge, facts, findService, rushcliffe } from '../support/plannerMemory.js';

const deps = { kb, understander };
/** A Wednesday, 10:00 in London: every front door is open. */
const inHours = new Date('2026-12-02T10:00:00Z');


const STORED = {
  nothing: freshMemory(),
  /** "I need help for a 7 year old with ADHD": the bot has asked where the child lives. */
  askedForArea: { ...freshMemory(), facts: facts({ ageYears: 7, concerns: ['adhd'] }), lastQuestion: findService, asked: ['area'] } satisfies CaseMemory,
  askedForAge,
  /** A 7-year-old in Rushcliffe whose need is not yet known: the bot has asked what the worry is. */
  askedForConcern: { ...freshMemory(), facts: facts({ ageYears: 7, area: rushcliffe }), lastQuestion: findService, asked: ['concern'] } satisfies CaseMemory,
  /** A 7-year-old with ADHD in Rushcliffe: the bot has asked whether it is diagnosed. */
  askedForDiagnosis: { ...freshMemory(), facts: facts({ ageYears: 7, area: rushcliffe, concerns: ['adhd'] }), lastQuestion: findService, asked: ['diagnosis'] } satisfies CaseMemory,
  /** The same child, diagnosis known: the bot has asked whether the family consents. */
  askedForConsent: { ...freshMemory(), facts: facts({ ageYears: 7, area: rushcliffe, concerns: ['adhd'], diagnoses: { adhd: 'diagnosed' } }), lastQuestion: findService, asked: ['consent'] } satisfies CaseMemory,
  answered,
};

const shown = (r: Reply): string => (r.kind === 'route' ? `route:${r.route.kind}` : r.kind === 'text' ? `text:${r.text}` : `unknown reply: ${JSON.stringify(r)}`);
function wordsOf(plan: TurnPlan): string {
  return plan.replies.map(r => r.kind === 'text' ? r.text : [
    ...r.prefix, r.route.headline, ...r.route.steps.flatMap(s => [s.action, ...s.contacts.map(c => `${c.contact.name} ${c.contact.phones.map(p => p.number).join(' ')}`)]),
    ...r.route.startHere.map(s => s.service.name), ...r.route.notes.filter(n => n.prominent).map(n => n.text),
  ].join('\n')).join('\n');
}

interface Case {
  name: string;
  stored: CaseMemory;
  message: string;
  /** Messages played first, from `stored`, each answered before `message` is. */
  before?: string[];
  answering?: MissingFact;
  attempts?: number;
  now?: Date;
  replies: (string | RegExp)[];
  /** Other replies may follow those listed. */
  thenMore?: boolean;
  ask?: MissingFact;
  reprompt?: boolean;
  choices?: string[];
  keeps?: Partial<CaseFacts>;
  /** What a follow-up ("what ages?") would be about afterwards; null: nothing. */
  focus?: CaseMemory['focus'] | null;
  says?: RegExp[];
  saysNot?: RegExp[];
}

const CASES: Case[] = [
  {
    name: '"hi" with nothing told yet is welcomed with what the bot covers, and keeps nothing',
    stored: STORED.nothing, message: 'hi',
    replies: [/^Hello\. I give referral guidance for children's services in Nottinghamshire, Nottingham City and Derby/],
    keeps: { concerns: [], ageYears: undefined, area: undefined },
  },
  {
    name: '"help" with nothing told yet says what the bot does, and asks nothing',
    stored: STORED.nothing, message: 'help',
    replies: [/^I can help you find where to refer a child or family/],
  },
  {
    name: 'a call for help that gives a place is a case begun, not the help text: the worry is asked next',
    stored: STORED.nothing, message: "help! what can you do? we're in Derby",
    replies: [], ask: 'concern', keeps: { area: { authority: 'derby', asTyped: 'derby', unknown: false } }, saysNot: [/^I can help you/],
  },
  // Each pending question is asked again when the reply does not give its fact, and not when it does.
  {
    name: 'asked where the child lives, "she is 7" does not say where: asked again',
    stored: STORED.askedForArea, answering: 'area', message: 'she is 7',
    replies: [], ask: 'area', reprompt: true,
  },
  {
    name: 'asked what the worry is, "she is 7" does not say: asked again',
    stored: STORED.askedForConcern, answering: 'concern', message: 'she is 7',
    replies: [], ask: 'concern', reprompt: true,
  },
  {
    name: 'asked about a diagnosis, "we live in Rushcliffe" does not say: asked again',
    stored: STORED.askedForDiagnosis, answering: 'diagnosis', message: 'we live in Rushcliffe',
    replies: [], ask: 'diagnosis', reprompt: true,
  },
  {
    name: 'asked about a diagnosis, "he was diagnosed with ADHD last year" answers it: the services follow, New Forest first (ages 3-11, ADHD)',
    stored: STORED.askedForDiagnosis, answering: 'diagnosis', message: 'he was diagnosed with ADHD last year',
    replies: ['route:services'], keeps: { diagnoses: { adhd: 'diagnosed' } }, says: [/New Forest Parenting Programme/],
  },
  {
    name: 'asked about consent, "she is 7" does not say: asked again',
    stored: STORED.askedForConsent, answering: 'consent', message: 'she is 7',
    replies: [], ask: 'consent', reprompt: true,
  },
  {
    name: 'asked about consent, "yes, the family agree" answers it: the services follow',
    stored: STORED.askedForConsent, answering: 'consent', message: 'yes, the family agree',
    replies: ['route:services'], keeps: { consent: 'given' },
  },
  {
    name: 'asked where the child lives, "Mansfield" answers it: the next question (ADHD services depend on a diagnosis), not the same one again',
    stored: STORED.askedForArea, answering: 'area', message: 'Mansfield',
    replies: [], ask: 'diagnosis', keeps: { ageYears: 7, area: { authority: 'nottinghamshire', district: 'mansfield', place: 'Mansfield', asTyped: 'mansfield', unknown: false } },
  },
  // Ages and people outside the guidance.
  {
    name: 'an adult\'s needs ("my mum is 72 and has dementia") are adult social care\'s, not a child\'s',
    stored: STORED.nothing, message: 'my mum is 72 and has dementia, who can help?',
    replies: [/^Sorry, I can't help with that: I only cover services for children, young people and their families, not adult social care/],
  },
  {
    name: 'an adult in an open case leaves the child\'s case as it was',
    stored: STORED.askedForArea, message: 'my mum is 72 and has dementia, who can help?',
    replies: [/^Sorry, I can't help with that: .*not adult social care/], keeps: { ageYears: 7, concerns: ['adhd'] },
  },
  {
    name: 'an age no child has ("150"), given when asked, is questioned and the age asked again',
    stored: STORED.askedForAge, answering: 'age', message: '150',
    replies: [/^"150" doesn't look like a child's age\. How old is the child/], ask: 'age', reprompt: true, keeps: { ageYears: undefined },
  },
  // Personal details: a warning, once, and the case goes on without them.
  {
    name: 'a name and date of birth get the personal-details warning, and the question the case needs next (the age)',
    stored: STORED.nothing, message: 'Jack Smith, DOB 12/03/2015, lives in Arnold, has ADHD',
    replies: [/^Please don't share personal details such as names, dates of birth/], ask: 'age', keeps: { concerns: ['adhd'] },
  },
  {
    name: 'the warning is given once: personal details again later get no second warning',
    stored: STORED.nothing, before: ['Jack Smith, DOB 12/03/2015, lives in Arnold, has ADHD'], answering: 'age', message: 'Jack is 7, DOB 12/03/2015',
    replies: ['route:services'], saysNot: [/personal details/], keeps: { ageYears: 7 },
  },
  // Records, named services, the levels.
  {
    name: 'whether a family is known to social care: the bot says it cannot check records, then asks what the worry is',
    stored: STORED.nothing, message: "is this family already known to social care? we're in Mansfield",
    replies: [/^I can't check records: I have no access to case records/], ask: 'concern',
  },
  {
    name: 'Cygnet for a 4 year old is ruled out at once (it takes ages 5-18): no question about the area first',
    stored: STORED.nothing, message: 'can my 4 year old go on Cygnet?',
    replies: ['route:eligibility'], says: [/Cygnet Parenting Programme: not eligible/, /5-18/],
  },
  {
    name: '"what are the four levels of need?" asks whose levels (they differ by area) before listing them',
    stored: STORED.nothing, message: 'What are the four levels of need?',
    replies: [], ask: 'area',
  },
  {
    name: '"Derby" in answer lists Derby\'s levels, from low level needs to child protection',
    stored: STORED.nothing, before: ['What are the four levels of need?'], answering: 'area', message: 'Derby',
    replies: ['route:threshold'], says: [/Derby City's levels of need: Low level needs.*Emerging needs.*Child protection concerns/s],
  },
  {
    name: '"where can I get help with an EHC needs assessment?" names the process: its steps, not "where does the child live?"',
    stored: STORED.nothing, message: 'where can I get help with an EHC needs assessment for my son?',
    replies: ['route:process'], says: [/EHC\) needs assessment/, /graduated approach/],
  },
  // A bare request for contacts: whose depends on the area.
  {
    name: '"phone number" and nothing else asks where, since each authority has its own front door',
    stored: STORED.nothing, message: 'phone number',
    replies: [/^Contacts differ by area: Nottinghamshire, Nottingham City and Derby each have their own/], ask: 'area',
  },
  {
    name: '"Derby" in answer to where, after "phone number": Derby\'s front door, First Contact on 01332 641172',
    stored: STORED.nothing, before: ['phone number'], answering: 'area', message: 'Derby',
    replies: ['route:contacts'], says: [/First Contact Team/, /01332 641172/], saysNot: [/0300 500 80 90/],
  },
  // Only the county known: its seven districts are offered (Pathway to Provision: Mansfield, Ashfield,
  // Newark and Sherwood, Bassetlaw, Rushcliffe, Broxtowe and Gedling).
  {
    name: '"Nottinghamshire" alone: where in the county is asked, with its seven districts as the choices',
    stored: STORED.nothing, message: 'where do I refer a 7-year-old with suspected ADHD in Nottinghamshire?',
    replies: [], ask: 'area', choices: ['Ashfield', 'Bassetlaw', 'Broxtowe', 'Gedling', 'Mansfield', 'Newark and Sherwood', 'Rushcliffe'],
  },
  {
    name: 'a district already known needs no choices: the age is asked with none offered',
    stored: STORED.nothing, message: 'where do I refer a child with suspected ADHD in Rushcliffe?',
    replies: [], ask: 'age', choices: undefined,
  },
  // A question that voices no worry and shows no harm asks for a service (Kooth: online, 11-25).
  {
    name: '"somewhere online to talk about exam stress?" is a request for a service: the area is asked, no safeguarding route',
    stored: STORED.nothing, message: 'somewhere online to talk about exam stress?',
    replies: [], ask: 'area', saysNot: [/safeguarding/i],
  },
  // Pathway to Provision C1: the Early Help Unit, 0115 804 1248, 9.00am - 4.30pm Monday to Friday.
  {
    name: '"is the Early Help Unit open on a Saturday?" looks the team up: its number, never "I can\'t check records"',
    stored: STORED.nothing, message: 'Is the Early Help Unit open on a Saturday?',
    replies: ['route:contacts'], says: [/0115 804 1248/], saysNot: [/can't check records/],
  },
  // A new case started in the same breath as "different question".
  {
    name: '"Different question: when\'s his 2 year check? We\'re in Stapleford" starts afresh: the ADHD case is gone',
    stored: STORED.askedForDiagnosis, message: "Different question: when's his 2 year check? We're in Stapleford",
    replies: ['route:services'], keeps: { ageYears: 2, area: { authority: 'nottinghamshire', district: 'broxtowe', place: 'Stapleford', asTyped: 'stapleford', unknown: false } },
    saysNot: [/ADHD/],
  },
  // Derby Early Help Handbook, Appendix 2: MST is for ages 12-17, and excludes "YP with active suicidal,
  // psychotic and homicidal thoughts/behaviours".
  {
    name: 'suicidal thoughts told after MST was found to fit: Derby\'s front door first, then MST no longer suitable, with the printed exclusion',
    stored: STORED.nothing, before: ['my 14 year old son in Derby is getting into fights and got arrested for shoplifting, would MST take him?'],
    message: "He's also got active suicidal thoughts - does that matter?",
    replies: ['route:safeguarding', /^This also changes the earlier answer: Multi-Systemic Treatment \(MST\) \(Derby\) is not suitable now.*active suicidal/s],
    says: [/01332 641172/],
  },
  // Questions about children in general, or about one service, need no one child's facts.
  {
    name: '"what support is there for children with ADHD in Rushcliffe?" is about children in general: the services at once, no age asked',
    stored: STORED.nothing, message: 'what support is there for children with ADHD in Rushcliffe?',
    replies: ['route:services'], says: [/New Forest Parenting Programme/],
  },
  // Small Steps, Offer 9: the Volunteer Befriender is for "families whose children have a diagnosis of ADHD/ASD".
  {
    name: '"can a family with no diagnosis get the befriender?" is answered from its criteria at once: no, it needs a diagnosis',
    stored: STORED.nothing, message: 'Can a family with no diagnosis get the befriender?',
    replies: ['route:eligibility'], says: [/Small Steps Volunteer Befriender: not eligible.*diagnosis/s],
  },
  // Rule 5: "what do I do?" about a child in a situation nothing recognises is met with the front doors.
  {
    name: '"what should I do about my 10 year old who keeps lying?" (no area, nothing recognised): every front door, not a guessed process',
    stored: STORED.nothing, message: 'what should I do about my 10 year old who keeps lying?',
    replies: ['route:safeguarding'], says: [/0300 500 80 90/, /0115 876 4800/, /01332 641172/],
  },
  // A case that already carries a harm: a question asked in it is answered, with the front door beside it.
  {
    name: '"would Small Steps take her?" after a disclosure: Small Steps answered, the MASH (0300 500 80 90) beside it, not the safeguarding route again',
    stored: STORED.nothing, before: ['her stepdad beats her, she is 7, we live in Rushcliffe'], message: 'would Small Steps take her? she has ADHD',
    replies: ['route:eligibility'], says: [/^If you are worried a child is at risk of harm now.*0300 500 80 90/m, /Small Steps Service/],
    keeps: { concerns: ['adhd'] },
  },
  // The focus stays on the service answered while only thanks follow (Small Steps: workshops for ages 0-18).
  {
    name: '"what ages?" after an answer and a "thanks" is still about Small Steps Workshops: 0-18',
    stored: STORED.nothing, before: ['I need help for a 7 year old with ADHD in Rushcliffe', 'thanks'], message: 'what ages?',
    replies: [/^Small Steps Workshops: 0-18/],
  },
  // A request for contacts that names a need and no team is a search for that need's services.
  {
    name: '"who do I contact about my son\'s drug use? we\'re in Derby" names no team: the services for the need, so the age is asked first',
    stored: STORED.nothing, message: "who do I contact about my son's drug use? we're in Derby",
    replies: [], ask: 'age', keeps: { concerns: ['substance-misuse'] },
  },
  // Family Support Pathway, "Resolving Inter-Agency Disagreements": feedback to the referrer verbally within
  // 24 hours; resolved where possible within 48 hours.
  {
    name: '"and if I disagree with their decision?" after a City level is the disagreements process, not the level again',
    stored: STORED.nothing, before: ['what level of need is persistent poor school attendance in nottingham city?'], message: 'and if I disagree with their decision?',
    replies: ['route:process'], says: [/disagreements/i, /24 hours/, /48 hours/],
  },
  // A request for contacts that says something more than "number" is not met with "which area?".
  {
    name: '"contact number please, I\'m worried" voices a worry: every front door at once, not "which area?"',
    stored: STORED.nothing, message: "contact number please, I'm worried",
    replies: ['route:contacts'], says: [/0300 500 80 90/, /0115 876 4800/, /01332 641172/], saysNot: [/^Contacts differ by area/m],
  },
  {
    name: '"out of hours phone number" asks for the out-of-hours teams: the county\'s EDT (0300 456 4546) and Derby\'s Careline (01332 786968), not "which area?"',
    stored: STORED.nothing, message: 'out of hours phone number',
    replies: ['route:contacts'], says: [/0300 456 4546/, /01332 786968/],
  },
  // A question about the guidance that also asks for a team, or describes a child harmed, is not answered with quotes.
  {
    name: 'a quiz question that also asks for the MASH\'s number gets the MASH, not quotes',
    stored: STORED.nothing, message: "quiz q: what does the guidance say about neglect? also what's the MASH number?",
    replies: ['route:contacts'], says: [/0300 500 80 90/], saysNot: [/word for word/],
  },
  {
    name: 'a training question beside a nephew left hungry and dirty is harm described: the front door, not quotes',
    stored: STORED.nothing, message: 'For a staff training session: how does Pathway to Provision define neglect? My 6 year old nephew is left hungry and dirty',
    replies: ['route:safeguarding'], thenMore: true, says: [/0300 500 80 90/], saysNot: [/word for word/],
  },
  {
    name: '"and for Derby?" after the MASH\'s number: Derby\'s First Contact\'s number (01332 641172), with its hours and Careline out of hours',
    stored: STORED.nothing, before: ["what's the MASH number for Nottinghamshire?"], message: 'and for Derby?',
    replies: [/^First Contact Team \(Derby Children's Social Care\): 01332 641172.*9am and 5pm.*Careline.*01332 786968/s], saysNot: [/0300 500 80 90/],
  },
  // Safety rule 5: a message that may describe harm never meets a dead end, whatever the classifier calls it.
  {
    name: '"thanks, he hit me again" is not met with "you\'re welcome": every front door (no area known)',
    stored: STORED.nothing, message: 'thanks, he hit me again',
    replies: ['route:safeguarding'], says: [/0300 500 80 90/, /0115 876 4800/, /01332 641172/], saysNot: [/You're welcome/],
  },
  // Starting again in the same breath as a new question.
  {
    name: '"cancel, new child: 9 year old in Derby with ADHD" clears the old case and starts the new one',
    stored: STORED.answered, message: 'cancel, new child: 9 year old in Derby with ADHD',
    replies: ['route:services'], keeps: { ageYears: 9, area: { authority: 'derby', asTyped: 'derby', unknown: false } }, saysNot: [/^Cancelled/m, /Small Steps/],
  },
  {
    name: '"why?" after a disclosure explains the safeguarding answer: what it went on, and 999 first',
    stored: STORED.nothing, before: ['her stepdad beats her, she is 7, we live in Rushcliffe'], message: 'why?',
    replies: [/^What I went on: age 7; lives in Rushcliffe\.\nAuthority: .*\nStep 1, If a child is in immediate danger, call the police on 999/s],
  },
  // Pathway to Provision: Kooth is free to young people aged 11-25.
  {
    name: 'Kooth\'s ages asked in a case with a harm: 11-25, with the MASH beside it',
    stored: STORED.nothing, before: ['her stepdad beats her, she is 7, we live in Rushcliffe'], message: 'how old do you have to be for Kooth?',
    replies: [/^Kooth: aged 11-25.*If you are worried a child is at risk of harm now.*0300 500 80 90/s],
  },
  // The focus is forgotten when the case moves on without a new answer.
  {
    name: 'a new need told while the bot waits for consent: consent asked again, and the old service is no longer what a follow-up is about',
    stored: { ...STORED.answered, asked: ['consent'] }, answering: 'consent', message: 'she also has autism',
    replies: [], ask: 'consent', reprompt: true, keeps: { concerns: ['adhd', 'autism'] }, focus: null,
  },
  {
    name: 'a reply that changes nothing while the bot waits keeps the focus',
    stored: { ...STORED.answered, asked: ['consent'] }, answering: 'consent', message: 'she is 7',
    replies: [], ask: 'consent', reprompt: true, focus: { kind: 'service', id: 'small-steps-workshops' },
  },
  // Pathway to Provision's levels: Universal (1), Early Help (2), Targeted Early Help (3), Specialist (4).
  {
    name: 'a training question for the levels of Pathway to Provision lists them, rather than quoting lines',
    stored: STORED.nothing, message: 'for training: what are the four levels of need in Pathway to Provision?',
    replies: ['route:threshold'], says: [/Level 1 \(Universal\).*Level 2 \(Early Help\).*Level 3 \(Targeted Early Help\).*Level 4 \(Specialist\)/s], saysNot: [/word for word/],
  },
  {
    name: 'help with an EHC needs assessment for a 7 year old describes a child: the services for him, so where he lives is asked',
    stored: STORED.nothing, message: 'where can I get help with an EHC needs assessment for my 7 year old son?',
    replies: [], ask: 'area', keeps: { ageYears: 7 },
  },
  // Family Support Pathway: the City's Domestic Abuse Referral Team (DART), 0115 915 0494.
  {
    name: 'a question about children with ADHD in general asks only where; "Mansfield" in answer gives the services, no child\'s age asked',
    stored: STORED.nothing, before: ['what support is there for children with ADHD?'], answering: 'area', message: 'Mansfield',
    replies: ['route:services'], says: [/New Forest Parenting Programme/],
  },
  {
    name: 'a harm told after Cygnet was ruled out (aged 4): the front door alone, nothing about Cygnet changing',
    stored: STORED.nothing, before: ['can my 4 year old go on Cygnet?'], message: 'her dad hits her',
    replies: ['route:safeguarding'], says: [/0300 500 80 90/], saysNot: [/This also changes the earlier answer/],
  },
  // Pathway to Provision: Kooth.com, free online counselling, advice and support for young people.
  {
    name: '"what\'s Kooth?" is a question about that service: Kooth itself, not a search that asks for a child\'s facts first',
    stored: STORED.nothing, message: "hi, what's Kooth?",
    replies: ['route:service-info'], says: [/Kooth/],
  },
  {
    name: '"what if we tried Small Steps?" after a disclosure asks for that service: Small Steps, with the MASH beside it',
    stored: STORED.nothing, before: ['her stepdad beats her, she is 7, we live in Rushcliffe'], message: 'what if we tried Small Steps?',
    replies: ['route:services'], says: [/^If you are worried a child is at risk of harm now.*0300 500 80 90/m, /Small Steps Service/],
  },
  {
    name: '"what if she were 12 and lived in Derby?" re-decides on both, and says both changed',
    stored: STORED.answered, message: 'what if she were 12 and lived in Derby?',
    replies: ['route:services'], says: [/^What changed: age, area\./m], keeps: { ageYears: 12 },
  },
  // Cygnet (Small Steps, Offer 6): for families whose child/ren are aged 5-18 and have a diagnosis of ASD.
  {
    name: 'Cygnet asked about for a 7 year old with autism: where the child lives is asked first (it decides whose services)',
    stored: STORED.nothing, message: 'can my 7 year old with autism go on Cygnet?',
    replies: [], ask: 'area',
  },
  {
    name: 'Cygnet asked about for a family with an autism diagnosis, no child\'s age: the service\'s criteria at once',
    stored: STORED.nothing, message: 'can a family with an autism diagnosis get Cygnet?',
    replies: ['route:eligibility'], says: [/^Cygnet Parenting Programme/m],
  },
  {
    name: 'after the worry was asked for and not given twice, the bot answers with what it has instead of asking a third time',
    stored: STORED.nothing, before: ['need advice about a kid'], answering: 'concern', attempts: 2, message: "he's 7 and we live in Mansfield",
    replies: ['route:services'], keeps: { ageYears: 7 },
  },
  // Pathway to Provision: out of hours, the EDT on 0300 456 4546.
  {
    name: '"who do I call out of hours?" after a county answer: the EDT\'s number, given short',
    stored: STORED.answered, message: 'who do I call out of hours?',
    replies: ['route:contacts'], says: [/0300 456 4546/],
  },
  {
    name: 'a new question after a full answer is answered as that question: Cygnet for a 4 year old, not the ADHD services again',
    stored: STORED.answered, message: 'can my 4 year old go on Cygnet?',
    replies: ['route:eligibility'], says: [/^Cygnet Parenting Programme: not eligible/m, /5-18/],
  },
  {
    name: 'a new age told while the bot waits for consent: consent asked again, and the old service is no longer what a follow-up is about',
    stored: { ...STORED.answered, asked: ['consent'] }, answering: 'consent', message: 'she is 8 actually',
    replies: [], ask: 'consent', reprompt: true, keeps: { ageYears: 8 }, focus: null,
  },
  {
    name: '"what ages?" while the bot waits for consent does not leave the question: consent is asked again, the ages are not given',
    stored: { ...STORED.answered, asked: ['consent'] }, answering: 'consent', message: 'what ages?',
    replies: [], thenMore: true, ask: 'consent', reprompt: true, saysNot: [/Small Steps Workshops: 0-18/],
  },
  {
    name: '"hello" in the middle of a case is not the welcome for someone new',
    stored: STORED.answered, message: 'hello',
    replies: [], thenMore: true, saysNot: [/^Hello\. I give referral guidance/m], keeps: { ageYears: 7, concerns: ['adhd'] },
  },
  // The conversation's own words (src/render/messages.ts): start over, cancel, thanks.
  {
    name: '"start over" after an answer clears the case and says so',
    stored: STORED.answered, message: 'start over',
    replies: [/^Starting over: I have cleared what you told me/], keeps: { concerns: [], ageYears: undefined }, focus: null,
  },
  {
    name: '"cancel" while a question waits stops it and clears the case',
    stored: STORED.askedForAge, answering: 'age', message: 'cancel',
    replies: [/^Cancelled\. Ask me something new whenever you are ready/], keeps: { concerns: [], area: undefined },
  },
  {
    name: '"thanks" after an answer: you\'re welcome, and 999 in an emergency; the case is kept',
    stored: STORED.answered, message: 'thanks',
    replies: [/^You're welcome\. In an emergency, or if a child is in immediate danger, call 999\./], keeps: { ageYears: 7 },
  },
];

describe('planTurn, more cases', () => {
  it.each(CASES.map(c => [c.name, c] as const))('%s', (_name, c) => {
    const stored = (c.before ?? []).reduce((memory, m) => planTurn(deps, memory, m, c.now ?? inHours).memory, structuredClone(c.stored));
    const plan = planTurn(deps, stored, c.message, c.now ?? inHours, c.answering, c.attempts);
    const replies = plan.replies.map(shown);
    if (c.thenMore) expect(replies.length).toBeGreaterThanOrEqual(c.replies.length);
    else expect(replies).toHaveLength(c.replies.length);
    c.replies.forEach((want, i) => {
      if (typeof want === 'string') expect(replies[i]).toBe(want);
      else expect(replies[i]).toMatch(new RegExp(`^text:${want.source.replace(/^\^/, '')}`, want.flags));
    });
    // A team's contact details are given short (the number, whether it is open, its hours); anything else in full.
    for (const r of plan.replies) if (r.kind === 'route') expect(r.terse, r.route.kind).toBe(r.route.kind === 'contacts');
    // Safety rule 1: the front door comes first, with nothing said before it.
    for (const r of plan.replies) if (r.kind === 'route' && r.route.kind === 'safeguarding') expect(r.prefix).toEqual([]);
    if (c.focus !== undefined) expect(plan.memory.focus ?? null).toEqual(c.focus);
    expect(plan.ask).toBe(c.ask);
    expect(!!plan.reprompt).toBe(!!c.reprompt);
    if ('choices' in c) expect(plan.choices && [...plan.choices].sort()).toEqual(c.choices);
    for (const [key, value] of Object.entries(c.keeps ?? {})) expect(plan.memory.facts[key as keyof CaseFacts], key).toEqual(value);
    for (const pattern of c.says ?? []) expect(wordsOf(plan)).toMatch(pattern);
    for (const pattern of c.saysNot ?? []) expect(wordsOf(plan)).not.toMatch(pattern);
  });
});

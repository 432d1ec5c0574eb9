// planTurn, the conversation's decisions for one message, as a table: what is stored, what is typed,
// and what the bot must do (the kind of each reply, what it says, the facts it keeps, what it asks next).
// The expectations are written by hand from DESIGN.md (safety rules 1 and 5, "why?", "what if?", the
// focus) and from the printed sources (the MASH is 0300 500 80 90 in hours and the EDT 0300 456 4546 out
// of hours; New Forest takes ages 3-11; Cygnet needs an autism diagnosis), never from the planner itself.
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
/** The same Wednesday, 22:00 in London: the out-of-hours teams answer. */
const lateEvening = new Date('2026-12-02T22:00:00Z');


/** Stored memory, written out: the states a conversation is in when these messages arrive. */
const STORED = {
  nothing: freshMemory(),
  askedForAge,
  answered,
  /** "Families Information Service for the county - phone and email?", answered. */
  countyFisAnswered: {
    ...freshMemory(),
    lastQuestion: { ...findService, kind: 'contact-lookup' },
    focus: { kind: 'contact', id: 'nottinghamshire-families-information-service' },
  } satisfies CaseMemory,
  /** "Housing advice contact for Broxtowe council?", answered. */
  broxtoweHousingAnswered: {
    ...freshMemory(),
    lastQuestion: { ...findService, kind: 'contact-lookup' },
    focus: { kind: 'contact', id: 'broxtowe-housing' },
  } satisfies CaseMemory,
  /** "Gedling housing advice contact?", answered. */
  gedlingHousingAnswered: {
    ...freshMemory(),
    lastQuestion: { ...findService, kind: 'contact-lookup' },
    focus: { kind: 'contact', id: 'gedling-housing' },
  } satisfies CaseMemory,
  /** A 15 year old smoking cannabis in Hyson Green, answered with the City's young people's drug service. */
  cityDrugServiceAnswered: {
    ...freshMemory(),
    facts: facts({ ageYears: 15, area: { authority: 'nottingham-city', place: 'Hyson Green', asTyped: 'Hyson Green', unknown: false }, concerns: ['substance-misuse'] }),
    lastQuestion: findService,
    focus: { kind: 'service', id: 'city-drugaware-compass' },
  } satisfies CaseMemory,
  /** "MASH number for the county?", answered. */
  mashAnswered: {
    ...freshMemory(),
    facts: facts({ area: { authority: 'nottinghamshire', asTyped: 'the county', unknown: false } }),
    lastQuestion: { ...findService, kind: 'contact-lookup' },
    focus: { kind: 'contact', id: 'nottinghamshire-mash' },
  } satisfies CaseMemory,
};

type Shown = `route:${string}` | `text:${string}`;
/** A reply as a line to compare: a route by its kind, a text by its words. */
const shown = (r: Reply): Shown => (r.kind === 'route' ? `route:${r.route.kind}` : `text:${r.text}`);
/** Everything a person would read in the replies (route steps, services, prefixes, notes said with the answer, texts). */
function wordsOf(plan: TurnPlan): string {
  return plan.replies.map(r => r.kind === 'text' ? r.text : [
    ...r.prefix, r.route.headline, ...r.route.steps.flatMap(s => [s.action, ...s.contacts.map(c => `${c.contact.name} ${c.contact.phones.map(p => p.number).join(' ')}`)]),
    ...r.route.startHere.map(s => s.service.name), ...r.route.notes.filter(n => n.prominent).map(n => n.text),
  ].join('\n')).join('\n');
}
const routeOf = (plan: TurnPlan) => plan.replies.find((r): r is Extract<Reply, { kind: 'route' }> => r.kind === 'route')?.route;

interface Case {
  name: string;
  stored: CaseMemory;
  message: string;
  answering?: MissingFact;
  attempts?: number;
  now?: Date;
  /** The replies in order: `route:<kind>`, or `text:` and a pattern the text must match. */
  replies: (string | RegExp)[];
  ask?: MissingFact;
  reprompt?: boolean;
  /** Facts the case must hold afterwards. */
  keeps?: Partial<CaseFacts>;
  says?: RegExp[];
  saysNot?: RegExp[];
}

const CASES: Case[] = [
  // A question about the guidance itself is answered with the printed lines (Pathway to Provision, Level 4b,
  // "What is neglect?"; the City's Family Support Pathway, "home alone" aged 5 and under), not a referral route.
  {
    name: 'a trainer asking how Pathway to Provision defines neglect gets the printed definition, and no front door number',
    stored: STORED.nothing, message: 'For a staff training session: how does Pathway to Provision define neglect?',
    replies: [/^The guidance says, word for word:.*Level 4b.*"The persistent failure to meet a child's basic physical and\/or psychological needs/s],
    saysNot: [/0300 500 80 90/], keeps: { risks: [] },
  },
  {
    name: 'a quiz question on children left home alone quotes the City line: all aged 5 years old and under should be referred',
    stored: STORED.nothing, message: 'quiz q for new starters: what age does the guidance say all home alone kids must be referred?',
    replies: [/^The guidance says.*Nottingham City, Family Support Pathway:.*aged 5 years old and under should be referred/s],
  },
  {
    name: 'a two-part question quotes each part: superficial self-harm at Level 2, its escalation at Level 3',
    stored: STORED.nothing, message: "Writing our staff training: in Pathway to Provision, what level is 'superficial self harming as a coping mechanism', and what level is escalating self-harm?",
    replies: [/^The guidance says.*Level 2 \(Early Help\).*Superficial self harming as a coping mechanism.*Level 3 \(Targeted Early Help\).*Escalation of self harming/s],
  },
  // Risk first, not risk only: a need asked about beside harm is answered after the front door (Derby's
  // young people's substance misuse service is Breakout, Derby Early Help Handbook).
  {
    name: 'a young person\'s drug service asked for beside criminal exploitation last year in Derby: Breakout, with Derby\'s front door beside it (rule 5)',
    stored: STORED.nothing, message: "Derby learning mentor: 15-year-old was criminally exploited through county lines last year, now smoking cannabis daily. Is there a young people's drug service?",
    replies: ['route:services'], says: [/01332 641172/, /Breakout/],
  },
  {
    name: 'past abuse beside a request the classifier reads as out of scope is never "can\'t help": Derby\'s front door stays beside it',
    stored: STORED.nothing, message: "I left my abusive ex two years ago, he's in prison now. Me and my kids (6 and 9) are in Littleover. I'd like a course to understand how it affected them - is there one?",
    replies: [/^If you are worried a child is at risk of harm now.*01332 641172/], ask: 'concern', saysNot: [/can't help/],
  },
  {
    name: 'a disclosure made just before a lesson is not a training question: the front door',
    stored: STORED.nothing, message: "Y2 teacher in Worksop, lesson in 5. girl (6) just said daddy's friend plays the secret game and it hurts. who do i ring",
    replies: ['route:safeguarding'], says: [/0300 500 80 90/],
  },
  {
    name: 'a role-play for training that asks for the number to use gets the contact, not quotes',
    stored: STORED.nothing, message: "we're role-playing a disclosure in staff training tomorrow (derby school). what's the correct first contact number?",
    replies: ['route:contacts'], says: [/01332 641172/],
  },
  // Safety rule 1: a risk mid-form answers first, then the pending question is asked again.
  {
    name: 'a harm disclosed while the bot asks for the age gets the front door first, then the age question again',
    stored: STORED.askedForAge, answering: 'age', message: 'her stepdad beats her',
    replies: ['route:safeguarding', /^When you are ready, answer the question above/], ask: 'age', reprompt: true,
    keeps: { concerns: ['adhd'], area: rushcliffe }, says: [/999/, /0300 500 80 90/],
  },
  {
    name: 'the same disclosure late in the evening gives the out-of-hours team, not the closed MASH',
    stored: STORED.askedForAge, answering: 'age', message: 'her stepdad beats her', now: lateEvening,
    replies: ['route:safeguarding', /^When you are ready/], ask: 'age', reprompt: true,
    says: [/999/, /0300 456 4546/],
  },
  {
    name: '"start over" beside a harm is not a dead end: the front doors of all three authorities (no area yet)',
    stored: STORED.nothing, message: 'start over, her stepdad beats her',
    replies: ['route:safeguarding'], says: [/999/, /0300 500 80 90/, /0115 876 4800/, /01332 641172/],
  },
  {
    name: '"cancel" beside a harm mid-form keeps the case and its risk, and gives the front door',
    stored: STORED.askedForAge, answering: 'age', message: 'cancel that, her dad hits her',
    replies: ['route:safeguarding', /^When you are ready/], ask: 'age', reprompt: true,
    keeps: { concerns: ['adhd'], area: rushcliffe }, says: [/0300 500 80 90/],
  },
  // What if: the case is decided again from the changed fact, and the reply says what changed.
  {
    name: '"what if she were 12?" re-decides at 12: New Forest (ages 3-11) no longer starts the list',
    stored: STORED.answered, message: 'what if she were 12?',
    replies: ['route:services'], keeps: { ageYears: 12, concerns: ['adhd'], area: rushcliffe },
    says: [/^What changed: age\./], saysNot: [/New Forest/],
  },
  {
    name: '"what if they lived in Derby?" moves the case to Derby, where Small Steps (a Nottinghamshire service) is not offered',
    stored: STORED.answered, message: 'what if they lived in Derby?',
    replies: ['route:services'], keeps: { ageYears: 7 }, says: [/^What changed: area\./], saysNot: [/Small Steps/],
  },
  {
    name: 'a new age given after the answer ("she is 12 now") re-decides like a what-if',
    stored: STORED.answered, message: 'she is 12 now',
    replies: ['route:services'], keeps: { ageYears: 12 }, says: [/^What changed: age\./], saysNot: [/New Forest/],
  },
  {
    name: 'a fact that changes nothing (the age already known) says so instead of repeating the answer',
    stored: STORED.answered, message: 'the child is 7',
    replies: [/^Thank you\. That does not change the answer above/], keeps: { ageYears: 7, concerns: ['adhd'] },
  },
  // Explain: "why?" gives the facts and rules behind the last answer; nothing to explain before one.
  {
    name: '"why?" after an answer gives what it went on: the age, the place and the need',
    stored: STORED.answered, message: 'why?',
    replies: [/^What I went on: age 7; lives in Rushcliffe; concerns: ADHD/], keeps: { ageYears: 7, area: rushcliffe },
  },
  {
    name: '"why?" before anything was asked has nothing to explain',
    stored: STORED.nothing, message: 'why?',
    replies: [/^There is nothing to explain yet/],
  },
  {
    name: '"why not Cygnet?" names Cygnet and what it depends on: the diagnosis (it needs autism), not yet known',
    stored: STORED.answered, message: 'why not cygnet?',
    replies: [/^Cygnet Parenting Programme.*depends on .*diagnosis/s],
  },
  // Start over and cancel clear the case; a plain help or thanks keeps it.
  {
    name: '"start over" after an answer clears the case',
    stored: STORED.answered, message: 'start over',
    replies: [/^Starting over: I have cleared what you told me/], keeps: { concerns: [], ageYears: undefined, area: undefined },
  },
  {
    name: '"cancel" while the bot waits for the age stops asking and clears the case',
    stored: STORED.askedForAge, answering: 'age', message: 'cancel',
    replies: [/^Cancelled\./], keeps: { concerns: [], area: undefined },
  },
  {
    name: '"thanks" after an answer keeps the case and reminds of 999',
    stored: STORED.answered, message: 'thanks',
    replies: [/^You're welcome\. In an emergency, or if a child is in immediate danger, call 999\./], keeps: { ageYears: 7, concerns: ['adhd'] },
  },
  {
    name: '"help" while the bot waits for the age explains what it can do and asks for the age again',
    stored: STORED.askedForAge, answering: 'age', message: 'help',
    replies: [/^I can help you find where to refer/], ask: 'age', reprompt: true, keeps: { concerns: ['adhd'] },
  },
  // Answering the question asked.
  {
    name: 'an age given when asked is kept, and the next fact ADHD services depend on (the diagnosis) is asked',
    stored: STORED.askedForAge, answering: 'age', message: '7',
    replies: [], ask: 'diagnosis', keeps: { ageYears: 7, area: rushcliffe },
  },
  {
    name: 'a reply without the age is asked again, with no answer yet',
    stored: STORED.askedForAge, answering: 'age', message: 'dunno', attempts: 0,
    replies: [], ask: 'age', reprompt: true,
  },
  {
    name: 'after two tries without the age it answers with what it has rather than asking a third time',
    stored: STORED.askedForAge, answering: 'age', message: 'dunno', attempts: 2,
    replies: ['route:services'], keeps: { ageYears: undefined },
  },
  {
    name: 'a reply to "how old?" that gives other facts instead is taken, and the age is not asked again',
    stored: STORED.askedForAge, answering: 'age', message: 'Rushcliffe, and she has a diagnosis', attempts: 0,
    replies: ['route:services'], keeps: { ageYears: undefined },
  },
  // Focus follow-ups ("Answers at a glance"): the attribute of what was just answered, first.
  {
    name: '"what ages?" after a service answer gives that service\'s printed ages',
    stored: STORED.answered, message: 'what ages?',
    replies: [/^Small Steps Workshops:.*0-18/s], says: [/Source: /],
  },
  {
    name: '"what\'s their email?" after the MASH gives the MASH\'s printed email',
    stored: STORED.mashAnswered, message: "what's their email?",
    replies: [/^Multi-Agency Safeguarding Hub.*mash\.safeguarding@nottscc\.gov\.uk/s],
  },
  {
    name: '"when are they open?" after the MASH gives the printed hours, Friday\'s earlier close included',
    stored: STORED.mashAnswered, message: 'when are they open?',
    replies: [/^Multi-Agency Safeguarding Hub.*Monday to Thursday.*4\.30pm.*Friday/s],
  },
  {
    name: '"who do I call out of hours?" after a county case gives the county\'s Emergency Duty Team',
    stored: STORED.answered, message: 'who do I call out of hours?',
    replies: ['route:contacts'], says: [/0300 456 4546/],
  },
  {
    name: 'a follow-up that discloses a new harm is answered as a risk, not as an attribute of the focus',
    stored: STORED.answered, message: 'how long does it run? her dad hits her',
    replies: ['route:safeguarding'], says: [/0300 500 80 90/], keeps: { ageYears: 7 },
  },
  // Another place's own entry (Family Support Pathway, Key contacts: the City's Family Information Service is
  // 0800 458 4114; Pathway to Provision D10: Gedling's housing advice is 0115 901 3681; Derby Early Help
  // Handbook: First Contact 01332 641172, 9am to 5pm on working days).
  {
    name: '"and the city one?" after the county\'s Families Information Service: the City\'s own, not a "no"',
    stored: STORED.countyFisAnswered, message: 'and the city one?',
    replies: [/Family Information Service \(Nottingham City\): 0800 458 4114/], saysNot: [/0300 500 80 80/, /different authority/],
  },
  {
    name: '"what about Gedling?" after Broxtowe\'s housing advice: Gedling\'s',
    stored: STORED.broxtoweHousingAnswered, message: 'what about Gedling?',
    replies: [/Gedling Borough Council.*0115 901 3681/s], saysNot: [/Broxtowe/],
  },
  {
    name: '"and for Derby?" after the MASH\'s number: Derby\'s front door, with its hours',
    stored: STORED.mashAnswered, message: 'and for Derby?',
    replies: [/First Contact Team.*01332 641172.*9am/s], saysNot: [/0300 500 80 90/],
  },
  {
    name: '"does it cover Derby?" after the MASH\'s number checks the same team: no',
    stored: STORED.mashAnswered, message: 'does it cover Derby?',
    replies: [/^No: Multi-Agency Safeguarding Hub/],
  },
  // Out of scope close to a child: the guidance prints nothing on bus passes or school uniform grants.
  {
    name: 'a bus pass for a 12 year old is out of scope, age or not: no front door, no question',
    stored: STORED.nothing, message: 'my son is 12, can he get a bus pass',
    replies: [/^Sorry, I can't help with that: the guidance I use does not cover it/], saysNot: [/0300 500 80 90/],
  },
  {
    name: 'help paying for an 8 year old\'s school uniform is out of scope, not "what are you worried about?"',
    stored: STORED.nothing, message: 'can I get help paying for school uniform for my 8 year old in Mansfield?',
    replies: [/^Sorry, I can't help with that/],
  },
  {
    name: 'youth clubs for a 12 year old are the universal services\' to answer, not out of scope',
    stored: STORED.nothing, message: 'any clubs for my 12 year old in Arnold?',
    replies: ['route:services'], says: [/Youth Service/], saysNot: [/can't help/],
  },
  // Harm in everyday words (Pathway to Provision: Prevent, 101 ext 801 5060 or prevent@nottinghamshire.pnn.police.uk).
  {
    name: 'a 15 year old\'s friend "gonna do something big at the mosque": the front door, Childline and the Prevent route',
    stored: STORED.nothing, message: 'my mate keeps showing me vids about how we need to fight for our people and now hes saying hes gonna do something big at the mosque. were both 15, newark',
    replies: ['route:safeguarding'], says: [/0300 500 80 90/, /0800 1111/, /Prevent/],
  },
  {
    name: 'a Derby father who drove the children over the limit, at 20:00: Careline now, not "how old is the child?"',
    stored: STORED.nothing, now: lateEvening,
    message: "I'm a dad in Derby and I know I'm drinking too much, a couple of times I've done the school run still over the limit with the kids in the car. I want to sort it. who can help me?",
    replies: ['route:safeguarding', 'route:services'], says: [/01332 786968/], ask: undefined,
  },
  {
    name: 'a grandmother who does not know the council, "somewhere round Nottingham or Derby": every front door',
    stored: STORED.nothing, now: lateEvening,
    message: "My granddaughter (8) whispered on the phone today that her dad hurt her and she's scared of him. I don't even know which council they come under now, they moved recently somewhere round Nottingham or Derby.",
    replies: ['route:safeguarding'], says: [/0300 456 4546/, /0115 876 1000/, /01332 786968/],
  },
  // Pathway to Provision D10: Ashfield's housing advice is 01623 457252; Derby Early Help Handbook, appendix 2:
  // Breakout, the young persons substance misuse service.
  {
    name: '"and Ashfield?" straight after Gedling\'s housing advice: Ashfield\'s',
    stored: STORED.gedlingHousingAnswered, message: 'and Ashfield?',
    replies: [/Ashfield District Council.*01623 457252/s],
  },
  {
    name: '"the equivalent in Derby" of the City\'s young people\'s drug service, after a full answer: the case re-decided for Derby, Breakout first',
    stored: STORED.cityDrugServiceAnswered, message: "and what's the equivalent in Derby?",
    replies: ['route:services'], says: [/Start here: [^\n]*Breakout/],
  },
  {
    name: '"what about Derby?" after a full referral route moves the case to Derby, as a what-if',
    stored: STORED.answered, message: 'what about Derby?',
    replies: ['route:services'], keeps: { area: { authority: 'derby', asTyped: 'derby', unknown: false } },
  },
  // Warning signs of suicide without the word (Pathway to Provision: the CAMHS crisis line, 24/7).
  {
    name: 'a bereaved 14 year old who "wants to be with him" and gives his things away, at 22:00: EDT, 999 and the crisis team',
    stored: STORED.nothing, now: lateEvening,
    message: "Mansfield mum. Since his big brother died in the summer my 14 year old keeps saying he just wants to be with him, and tonight he's been giving his stuff away to his mates",
    replies: ['route:safeguarding'], says: [/0300 456 4546/, /999/, /CAMHS Crisis/],
  },
  {
    name: '"my best m8 (14)" writes as a young person: Childline beside Derby\'s door',
    stored: STORED.nothing,
    message: 'my best m8 (14) keeps cuttin herself and last nite she sent me a msg sayin she dont wanna be here no more. we both live in derby. wat do i do',
    replies: ['route:safeguarding'], says: [/01332 641172/, /0800 1111/],
  },
  // Pathway to Provision A3: the referrer is informed in writing of the outcome, normally within 5 working days.
  {
    name: '"will MASH tell me what they decide?" after the MASH\'s number: the outcome in writing within 5 working days',
    stored: STORED.mashAnswered, message: 'will MASH tell me what they decide?',
    replies: [/Multi-Agency Safeguarding Hub \(MASH\): .*in writing.*5 working days/s],
  },
  {
    name: 'a passport for a 2 year old, asked as a question the guidance names nothing in: out of scope',
    stored: STORED.nothing, message: 'how do I get a passport for my 2 year old? we live in Rushcliffe',
    replies: [/^Sorry, I can't help with that: the guidance I use does not cover it/], saysNot: [/0300 500 80 90/],
  },
  {
    name: 'a toddler alone by the canal, described not asked about: every front door, never "can\'t help"',
    stored: STORED.nothing, message: 'theres a toddler in just a nappy wandering on his own by the canal in the rain, no adults anywhere. what do i do',
    replies: ['route:safeguarding'], says: [/0300 500 80 90/, /0115 876 4800/, /01332 641172/], saysNot: [/can't help/],
  },
  {
    name: '"killing it at football", then clubs for a 14 year old: not out of scope for the word football',
    stored: STORED.nothing, message: 'my 14 year old absolutely smashed his mocks and is killing it at football - is there anything for teenagers to do in the evenings round radcliffe on trent?',
    replies: [], ask: 'concern', saysNot: [/can't help/, /0300 500 80 90/],
  },
  // An opening that says only that there is something to ask is met with the question of what.
  {
    name: '"need advice about a kid": what is the concern, with 999, not every front door',
    stored: STORED.nothing, now: lateEvening, message: 'need advice about a kid',
    replies: [/^In an emergency, or if a child is in immediate danger, call 999/], ask: 'concern', saysNot: [/0300 456 4546/, /0115 876 4800/, /01332 786968/],
  },
  {
    name: '"need advice about my son" is never "can\'t help"',
    stored: STORED.nothing, message: 'I need advice about my son',
    replies: [/^In an emergency/], ask: 'concern', saysNot: [/can't help/],
  },
  {
    name: 'a worry voiced with nothing else keeps the fail-safe: every front door',
    stored: STORED.nothing, message: "i'm worried about a kid in my class",
    replies: ['route:safeguarding'], says: [/0300 500 80 90/, /0115 876 4800/, /01332 641172/],
  },
  // Harm words that name what a team is for, asked of the team and of no particular child.
  {
    name: 'SHARP\'s hours for a self-harm consultation: the Tuesday consultation line, not the safeguarding route',
    stored: STORED.nothing, message: "what are SHARP's hours for a self-harm consultation",
    replies: [/^SHARP .*every Tuesday 9:00/s],
  },
  {
    name: 'the same hours asked beside a daughter who is cutting herself: the safeguarding route first',
    stored: STORED.nothing, message: "my daughter is cutting herself, what are SHARP's hours",
    replies: ['route:safeguarding', /SHARP/], says: [/0115 876 4800/],
  },
  // Ordinary needs in everyday words (Pathway to Provision: the Children's Centre Service's groups; Derby: Live-well).
  {
    name: 'baby groups for a new mum in Kirkby: the Children\'s Centre Service',
    stored: STORED.nothing, message: 'new mum in Kirkby, baby is 4 months, I barely see anyone and would love to meet other mums. Anything like baby groups round here?',
    replies: ['route:services'], says: [/Children's Centre Service/],
  },
  {
    name: 'a 15 year old hooked on vaping in Derby: Live-well',
    stored: STORED.nothing, message: "my 15yo is addicted to vaping, spends every penny on it. derby. anyone who helps with that?",
    replies: ['route:services'], says: [/Start here: Live-well/],
  },
  {
    name: 'smoking weed every day is for the drug services, not the stop-smoking one',
    stored: STORED.nothing, message: 'im 16 and smoking weed every day and i want to stop. is there somewhere in derby for people my age?',
    replies: ['route:services'], saysNot: [/Live-well/],
  },
  {
    name: 'early worries about eating and weight, in the evening: the health services, no out-of-hours door',
    stored: STORED.nothing, now: lateEvening, message: 'my 14 yr old has started skipping lunch and going on about her weight a lot. nothing drastic yet but I want to get ahead of it. we\'re in Keyworth',
    replies: ['route:services'], says: [/Healthy Family/], saysNot: [/0300 456 4546/],
  },
  {
    name: 'secret travel to Turkey and jihadist songs, at a City school: the City\'s front door',
    stored: STORED.nothing, message: "Nottingham city secondary: Y11 boy (15) keeps playing IS nasheeds in class and asking mates how you'd get to Turkey without your parents knowing",
    replies: ['route:safeguarding'], says: [/0115 876 4800/],
  },

];

describe('planTurn', () => {
  it.each(CASES.map(c => [c.name, c] as const))('%s', (_name, c) => {
    const plan = planTurn(deps, c.stored, c.message, c.now ?? inHours, c.answering, c.attempts);
    const replies = plan.replies.map(shown);
    expect(replies).toHaveLength(c.replies.length);
    c.replies.forEach((want, i) => {
      if (typeof want === 'string') expect(replies[i]).toBe(want);
      else expect(replies[i]).toMatch(new RegExp(`^text:${want.source.replace(/^\^/, '')}`, want.flags));
    });
    expect(plan.ask).toBe(c.ask);
    expect(!!plan.reprompt).toBe(!!c.reprompt);
    for (const [key, value] of Object.entries(c.keeps ?? {})) expect(plan.memory.facts[key as keyof CaseFacts], key).toEqual(value);
    for (const pattern of c.says ?? []) expect(wordsOf(plan)).toMatch(pattern);
    for (const pattern of c.saysNot ?? []) expect(wordsOf(plan)).not.toMatch(pattern);
  });

  it('facts told again with "again" in them never clear the case: the area stays, and only its front door is given', () => {
    const plan = planTurn(deps, STORED.answered, '7. wants Cygnet; violent father turning up again. mum consents. autism (ASD)', inHours);
    expect(plan.memory.facts.area?.district).toBe('rushcliffe');
    expect(wordsOf(plan)).not.toMatch(/0115 876 4800|01332 641172/);
  });

  it('"start again, new child: 9 year old in Derby" does clear it, and answers the new case', () => {
    const plan = planTurn(deps, STORED.answered, 'start again, new child: 9 year old in Derby', inHours);
    expect(plan.memory.facts.area?.authority).toBe('derby');
    expect(plan.memory.facts.concerns).toEqual([]);
  });

  it('"what about the Notts MASH on a Friday?" after Derby First Contact\'s hours: the MASH looked up, never a records check', () => {
    const first = planTurn(deps, STORED.nothing, 'what hours is Derby First Contact open?', inHours);
    const next = planTurn(deps, first.memory, 'what about the Notts MASH on a Friday?', inHours);
    expect(routeOf(next)?.kind).toBe('contacts');
    expect(wordsOf(next)).toMatch(/0300 500 80 90/);
    expect(wordsOf(next)).not.toMatch(/can't check records/);
  });

  it('"what do they use over in the county?" after the City\'s early help assessment: the county\'s EHAF', () => {
    const first = planTurn(deps, STORED.nothing, "what's the early help assessment called in nottingham city?", inHours);
    const next = planTurn(deps, first.memory, 'and what do they use over in the county?', inHours);
    expect(wordsOf(next)).toMatch(/EHAF/);
    expect(wordsOf(next)).not.toMatch(/Children and Families Direct is Nottingham City's/);
  });

  it('keeps a risk once raised: a later "start over" with harm still carries it, and the safeguarding route leads', () => {
    const first = planTurn(deps, STORED.askedForAge, 'her stepdad beats her', inHours, 'age');
    expect(first.memory.facts.risks).toContain('physical-abuse');
    const later = planTurn(deps, first.memory, 'what if she were 12?', inHours);
    expect(later.memory.facts.risks).toContain('physical-abuse');
    expect(routeOf(later)?.kind).toBe('safeguarding');
  });

  it('an age and a place given in answer ("she is 9 and lives in Arnold") are facts, never "a child may be in immediate danger"', () => {
    const plan = planTurn(deps, STORED.askedForAge, 'she is 9 and lives in Arnold', inHours, 'age');
    expect(plan.memory.facts.ageYears).toBe(9);
    expect(plan.memory.facts.risks).toEqual([]);
    expect(wordsOf(plan)).not.toMatch(/immediate danger|call 999/i);
  });

  it('moves the focus to the front door after a safeguarding answer, so "what\'s their email?" is about the MASH', () => {
    const disclosed = planTurn(deps, STORED.askedForAge, 'her stepdad beats her', inHours, 'age');
    expect(disclosed.memory.focus).toEqual({ kind: 'contact', id: 'nottinghamshire-mash' });
  });

  it('forgets the focus when a new need starts without an answer yet', () => {
    const plan = planTurn(deps, STORED.answered, 'also a 4 year old with autism', inHours);
    expect(plan.memory.focus).not.toEqual({ kind: 'service', id: 'small-steps-workshops' });
  });
});

// Which printed line answers a follow-up, read off small entries written here: what a line must say to
// answer each attribute, how the question's words pick one line among several (a rare word says more
// than a common one), a timescale about the outcome first for "how long until I hear?", the same line
// said once, and the focus kept in conversation state. The lines are made up, so each row shows one rule.
import { describe, expect, it } from 'vitest';
import { CaseFacts } from '../../src/pathway/caseFacts.js';
import { answerAttribute, answerAttributes, attributeText, type Attribute, Focus, focusOf } from '../../src/pathway/focus.js';
import { citationText } from '../../src/knowledge/citation.js';
import { emptyRoute, type Route } from '../../src/pathway/route.js';
import type { KnowledgeBase } from '../../src/knowledge/knowledgeBase.js';
import type { Contact, LevelOfNeed, Process, Service } from '../../src/knowledge/schema.js';
import { stemOf } from '../../src/understanding/text.js';
import { contact, kb, service } from '../support/knowledge.js';

const facts = (f: Record<string, unknown> = {}) => CaseFacts.parse(f);
const tuesday = new Date('2026-12-01T10:00:00Z');

/** The real knowledge with some entries added, or with a part replaced whole (so word counts are known). */
function knowledgeWith(over: { processes?: Process[]; contacts?: Contact[]; services?: Service[]; levels?: LevelOfNeed[] }, replace = false): KnowledgeBase {
  const levels = [...kb.levels, ...(over.levels ?? [])];
  const processes = [...(replace ? [] : kb.processes), ...(over.processes ?? [])];
  const contacts = [...(replace ? [] : kb.contacts), ...(over.contacts ?? [])];
  const services = [...(replace ? [] : kb.services), ...(over.services ?? [])];
  return {
    ...kb, processes, contacts, services,
    levels, level: id => levels.find(l => l.id === id),
    process: id => processes.find(p => p.id === id), contact: id => contacts.find(c => c.id === id), service: id => services.find(s => s.id === id),
  };
}

const aProcess = (over: Partial<Process>): Process =>
  ({ ...kb.process('small-steps-referral')!, id: 'test-process', title: 'A made-up process', summary: '', steps: [], timescales: [], contacts: [], services: [], ...over });
const aContact = (over: Partial<Contact>): Contact =>
  ({ ...contact('small-steps-team'), id: 'test-contact', name: 'Test Team', notes: [], summary: undefined, phones: [], emails: [], conflicts: [], outOfHours: undefined, ...over });
const aService = (over: Partial<Service>): Service => ({ ...service('small-steps-workshops'), id: 'test-service', name: 'Test Service', ...over });

const processFocus: Focus = { kind: 'process', id: 'test-process' };
const contactFocus: Focus = { kind: 'contact', id: 'test-contact' };
const ask = (k: KnowledgeBase, focus: Focus, attribute: Attribute, terms: string[] = []) =>
  answerAttribute(k, focus, attribute, facts(), tuesday, terms.map(stemOf));

describe('what a printed line must say to answer each attribute', () => {
  // A process with no contact and one printed step: the step answers when it says the attribute.
  it.each([
    ['requirements', 'You need a letter from school', true],
    ['length', 'Each group lasts 1 hour', true],
    ['sessions', 'One home visit', true],
    ['sessions', 'The group meets every week', true],
    ['sessions', 'The group meets every 2nd Tuesday', true],
    ['sessions', 'The group meets every so often', false],
    ['ages', 'From age 5', true],
    ['ages', 'From one year old', true],
    ['ages', 'For children under 5', true],
    ['ages', 'For 11-16', true],
    ['ages', 'For 11 - 16', true],
    ['ages', 'For 5 to 11', true],
    ['ages', 'For everyone', false],
    ['hours', 'Doors open at 10.30', true],
    ['hours', 'Doors open at 9:15', true],
    ['hours', 'Drop in on Monday', true],
    ['hours', 'Doors open at 10.3', false],
    ['phone', 'Ring 0115 876 4800', true],
    ['phone', 'Ring 01158764800', true],
    ['phone', 'Ring 0115', false],
    ['waiting', 'A reply in 10 working days', true],
    ['waiting', 'A reply in 5 days', true],
    ['waiting', 'A reply in 1 day', true],
    ['waiting', 'A reply in 1 week', true],
    ['waiting', 'A reply in 1 hour', true],
    ['waiting', 'A reply in 5 working days', true],
    ['waiting', 'A reply soon', false],
    ['after-referral', 'We confirm receipt', true],
    ['after-referral', 'Receipt is confirmed', true],
    ['after-referral', 'A followup call', true],
    ['after-referral', 'A follow-up call', true],
    ['after-referral', 'A call', false],
  ] as [Attribute, string, boolean][])('%s: "%s" answers: %s', (attribute, line, answers) => {
    const k = knowledgeWith({ processes: [aProcess({ steps: [line] })] });
    const answer = ask(k, processFocus, attribute);
    if (answers) expect(answer).toEqual({ text: `A made-up process: ${line}`, citation: kb.process('small-steps-referral')!.citation });
    else expect(answer?.notPrinted).toBe(true);
  });
});

describe('which of several printed lines answers', () => {
  // Two lines that both say a form; the question names one word of each. Its common word is printed in
  // many lines of one part of the knowledge (services, processes or contacts), so the rare word decides.
  const common = (n: number) => Array.from({ length: n }, (_, i) => `Widgets matter ${i}`);
  it.each(['services', 'processes', 'contacts'] as const)('a word printed in many lines (of the %s) says less than a rare one', part => {
    const focus = aContact({ notes: ['Use the widget form', 'Use the gadget form'] });
    const filler = {
      services: [aService({ id: 'filler', offers: common(20), notes: [], summary: '', referral: { ...service('small-steps-workshops').referral, how: [], timescales: [] } })],
      processes: [aProcess({ id: 'filler', steps: common(20) })],
      contacts: [aContact({ id: 'filler', notes: common(20) })],
    };
    const k = knowledgeWith({ contacts: [focus, ...(part === 'contacts' ? filler.contacts : [])], ...(part === 'services' ? { services: filler.services } : {}), ...(part === 'processes' ? { processes: filler.processes } : {}) }, true);
    expect(ask(k, contactFocus, 'form', ['widget', 'gadget'])?.text).toBe('Test Team: Use the gadget form');
    // With no word in common with either, the first printed.
    expect(ask(k, contactFocus, 'form', [])?.text).toBe('Test Team: Use the widget form');
  });

  it.each(['waiting', 'after-referral'] as Attribute[])('%s: a line about the outcome comes before one that shares a word with the question', attribute => {
    const k = knowledgeWith({ contacts: [aContact({ notes: ['The team will reply within 5 days', 'The outcome is sent within 10 days'] })] });
    expect(ask(k, contactFocus, attribute, ['reply'])?.text).toBe('Test Team: The outcome is sent within 10 days');
  });

  it('for other attributes, a line about the outcome has no head start', () => {
    const k = knowledgeWith({ contacts: [aContact({ notes: ['Use the outcome form', 'Use the blue form'] })] });
    expect(ask(k, contactFocus, 'form', ['blue'])?.text).toBe('Test Team: Use the blue form');
  });

  it('a process: its first timescale for how long, its timescales before its steps for what happens next, its steps first otherwise', () => {
    const p = aProcess({ steps: ['Then ring the family; use the blue form'], timescales: ['You will hear within 5 days', 'Allocation within 10 days; send the form'] });
    const k = knowledgeWith({ processes: [p] });
    expect(ask(k, processFocus, 'waiting', ['allocation'])?.text).toBe('A made-up process: You will hear within 5 days');
    expect(ask(k, processFocus, 'after-referral')?.text).toBe('A made-up process: You will hear within 5 days');
    expect(ask(k, processFocus, 'form')?.text).toBe('A made-up process: Then ring the family; use the blue form');
  });

  it('a process\'s summary answers neither how long nor what happens next', () => {
    const k = knowledgeWith({ processes: [aProcess({ summary: 'Expect a decision within 5 days' })] });
    expect(ask(k, processFocus, 'waiting')?.notPrinted).toBe(true);
    expect(ask(k, processFocus, 'after-referral')?.notPrinted).toBe(true);
  });

  it('a process that is itself about what is asked answers with its summary', () => {
    const k = knowledgeWith({ processes: [aProcess({ title: 'Consent to share', summary: 'Consent is needed in writing', steps: ['Ask for consent before you ring'] })] });
    expect(ask(k, processFocus, 'consent')?.text).toBe('Consent to share: Consent is needed in writing');
    const titleOnly = knowledgeWith({ processes: [aProcess({ title: 'Consent to share', summary: 'How to share', steps: ['Ask for consent before you ring'] })] });
    expect(ask(titleOnly, processFocus, 'consent')?.text).toBe('Consent to share: Ask for consent before you ring');
  });
});

describe('a contact\'s hours', () => {
  it('no hours printed and no out-of-hours team: said to be not printed', () => {
    const k = knowledgeWith({ contacts: [aContact({ hours: { kind: 'not-stated' } })] });
    expect(ask(k, contactFocus, 'hours')).toMatchObject({ text: 'Test Team: the source does not give opening hours.', notPrinted: true });
  });

  it('no hours printed but an out-of-hours team: the team is the answer', () => {
    const withTeam = ask(kb, { kind: 'contact', id: 'nottingham-city-children-and-families-direct' }, 'hours');
    expect(withTeam?.notPrinted).toBeUndefined();
    const k = knowledgeWith({ contacts: [aContact({ hours: { kind: 'not-stated' }, outOfHours: 'test-night' }), aContact({ id: 'test-night', name: 'Night Team', phones: [] })] });
    expect(ask(k, contactFocus, 'hours')).toEqual({ text: 'Test Team: the source does not give opening hours. Out of hours: Night Team on .', citation: contact('small-steps-team').citation });
  });

  it('printed hours are no "not printed", with or without an out-of-hours team', () => {
    expect(ask(kb, { kind: 'contact', id: 'nottinghamshire-mash' }, 'hours')?.notPrinted).toBeUndefined();
    const k = knowledgeWith({ contacts: [aContact({ hours: contact('nottinghamshire-mash').hours })] });
    expect(ask(k, contactFocus, 'hours')?.notPrinted).toBeUndefined();
  });
});

describe('the same printed line is said once', () => {
  const twoContacts = (first: string, second: string) => knowledgeWith({ contacts: [aContact({ id: 'a', name: 'First Team', notes: [first] }), aContact({ id: 'b', name: 'Second Unit', notes: [second] })] });
  const said = (k: KnowledgeBase) => answerAttributes(k, [{ kind: 'contact', id: 'a' }, { kind: 'contact', id: 'b' }], ['form'], facts(), tuesday, () => []).map(a => a.text);

  it('a line that another entry prints whole and more is said there only', () => {
    expect(said(twoContacts('Send the form', 'Send the form to the MASH'))).toEqual(['Second Unit: Send the form to the MASH']);
    expect(said(twoContacts('Send the form to the MASH', 'Send the form'))).toEqual(['First Team: Send the form to the MASH']);
  });

  it('a line printed by both, with or without its full stop, is said for the first', () => {
    expect(said(twoContacts('Send the form.', 'Send the form.'))).toEqual(['First Team: Send the form.']);
    expect(said(twoContacts('Send the form', 'Send the form.'))).toEqual(['First Team: Send the form']);
  });

  it('lines that only end alike are both said', () => {
    expect(said(twoContacts('Send the form', 'Never send the form'))).toEqual(['First Team: Send the form', 'Second Unit: Never send the form']);
  });
});

describe('the focus kept in conversation state', () => {
  it.each(['service', 'contact', 'process', 'level'])('a %s by its id', kind => {
    expect(Focus.parse({ kind, id: 'x' })).toEqual({ kind, id: 'x' });
  });

  it('nothing else', () => {
    expect(Focus.safeParse({ kind: 'person', id: 'x' }).success).toBe(false);
    expect(Focus.safeParse({ kind: 'service' }).success).toBe(false);
  });
});

describe('what an answer was about: contacts and eligibility', () => {
  const route = (over: Partial<Route>) => ({ ...emptyRoute('services', ''), ...over }) as Route;
  const mashStep = { action: 'Ring the MASH.', why: '', contacts: [{ contact: contact('nottinghamshire-mash') }], details: [] };

  it('a service named but another\'s step given: the step\'s contact', () => {
    expect(focusOf(route({ kind: 'contacts', steps: [mashStep] } as never), facts({ namedServices: ['kooth'] }), kb)).toEqual({ kind: 'contact', id: 'nottinghamshire-mash' });
    // A name the knowledge does not hold is no service, even beside a step with no source.
    expect(focusOf(route({ kind: 'contacts', steps: [mashStep] } as never), facts({ namedServices: ['no-such'] }), kb)).toEqual({ kind: 'contact', id: 'nottinghamshire-mash' });
  });

  it('no step, or a step with no contact: nothing', () => {
    expect(focusOf(route({ kind: 'contacts' }), facts({ namedServices: ['kooth'] }), kb)).toBeUndefined();
    expect(focusOf(route({ kind: 'contacts', steps: [{ ...mashStep, contacts: [] }] } as never), facts(), kb)).toBeUndefined();
  });

  it('eligibility: the service named', () => {
    expect(focusOf(route({ kind: 'eligibility' }), facts({ namedServices: ['kooth'] }), kb)).toEqual({ kind: 'service', id: 'kooth' });
  });
});

describe('a made-up service\'s attributes', () => {
  const real = service('small-steps-workshops');
  const blank = (over: Partial<Service> = {}): Service => aService({
    summary: 'A test summary.', offers: [], notes: [], delivery: undefined, ages: undefined, authority: 'nottinghamshire',
    eligibility: { ...real.eligibility, requiresPriorIntervention: undefined, criteria: [], consent: 'not-stated', requiresDiagnosisOf: [], acceptsIndicativeBehaviour: false },
    referral: { ...real.referral, selfReferral: 'not-stated', whoCanRefer: undefined, how: [], contacts: [], whatHappensNext: [], timescales: [], form: undefined },
    contacts: [], ...over,
  });
  const serviceFocus: Focus = { kind: 'service', id: 'test-service' };
  const said = (s: Service, attribute: Attribute, more: { processes?: Process[]; contacts?: Contact[] } = {}, terms: string[] = []) =>
    ask(knowledgeWith({ services: [s], ...more }), serviceFocus, attribute, terms);
  const text = (s: Service, attribute: Attribute, more: { processes?: Process[]; contacts?: Contact[] } = {}, terms: string[] = []) => said(s, attribute, more, terms)?.text;

  it('about: the summary alone when it prints no ages and no offers', () => {
    expect(text(blank(), 'about')).toBe('Test Service: A test summary.');
  });

  it('about: a word every offer shares, or half of them, names none of them', () => {
    const offers = ['Zebra sleep', 'Zebra toileting', 'Routines', 'Play'];
    expect(said(blank({ offers }), 'about', {}, ['zebra'])?.part).toBeUndefined();
    expect(said(blank({ offers: ['Zebra sleep', 'Routines', 'Play', 'Songs'] }), 'about', {}, ['zebra'])).toMatchObject({ text: 'Test Service: Zebra sleep', part: true });
  });

  it('requirements: the first three "how" lines that ask something of the referrer, and no consent line when none is needed', () => {
    const how = ['Ring first', 'Include the GP letter', 'Complete form A', 'Complete form B', 'Complete form C'];
    expect(text(blank({ referral: { ...blank().referral, how }, eligibility: { ...blank().eligibility, consent: 'not-required' } }), 'requirements'))
      .toBe('Test Service: Include the GP letter Complete form A Complete form B');
    expect(text(blank(), 'requirements')).toBe('Test Service: the source does not say what a referral must include.');
  });

  it('length: a printed line when it prints no delivery, else not printed', () => {
    expect(text(blank({ notes: ['Runs for 6 weeks'] }), 'length')).toBe('Test Service: Runs for 6 weeks');
    // A length in months is a length too ("cases must not remain open longer than 12 months").
    expect(text(blank({ notes: ['Referrals by email', 'Support lasts up to 6 months'] }), 'length')).toBe('Test Service: Support lasts up to 6 months');
    expect(text(blank(), 'length')).toBe('Test Service: the source does not say how long it runs or how many sessions it has.');
  });

  it('ages: every diagnosis it needs; none printed is not printed', () => {
    const e = { ...blank().eligibility, requiresDiagnosisOf: ['autism', 'adhd'] };
    expect(text(blank({ ages: { ...real.ages!, asPrinted: '5-18' }, eligibility: e }), 'ages'))
      .toBe(`Test Service: 5-18, with a diagnosis of ${kb.concern('autism')!.label} or ${kb.concern('adhd')!.label}.`);
    expect(text(blank(), 'ages')).toBe('Test Service: the source does not give an age range.');
  });

  it('hours: none of its own and no contact is not printed', () => {
    expect(text(blank(), 'hours')).toBe('Test Service: the source does not give opening hours.');
  });

  it('phone: a contact whose name starts with the service\'s is not introduced again', () => {
    const own = aContact({ name: 'Test Service Team', phones: [{ ...contact('small-steps-team').phones[0]!, number: '01234 567890', label: undefined, note: undefined }] });
    expect(text(blank({ contacts: ['test-contact'] }), 'phone', { contacts: [own] })).toBe('Test Service Team: 01234 567890.');
    expect(text(blank({ contacts: ['test-contact'] }), 'hours', { contacts: [{ ...own, hours: { kind: 'not-stated' } }] })).toBe('Test Service Team: the source does not give opening hours.');
  });

  it('who can refer: self-referral and who else, as printed', () => {
    expect(text(blank({ referral: { ...blank().referral, selfReferral: 'accepted', whoCanRefer: 'any professional' } }), 'who-can-refer'))
      .toBe('Test Service: Self-referral is accepted. Who can refer: any professional.');
  });

  it('consent: not needed', () => {
    expect(text(blank({ eligibility: { ...blank().eligibility, consent: 'not-required' } }), 'consent')).toBe('Test Service: consent is not needed.');
  });

  it('form: the form named, then at most two "how" lines about forms', () => {
    expect(text(blank({ referral: { ...blank().referral, form: 'The blue form' } }), 'form')).toBe('Test Service: The blue form.');
    const how = ['Use form A', 'Use form B', 'Use form C'];
    expect(text(blank({ referral: { ...blank().referral, how } }), 'form')).toBe('Test Service: Use form A Use form B');
  });

  it('waiting and what happens next: its timescales, what it says happens next, or a process it follows', () => {
    const referral = { ...blank().referral, whatHappensNext: ['We will call you'], timescales: ['A reply within 5 days'] };
    expect(text(blank({ referral }), 'waiting')).toBe('Test Service: A reply within 5 days');
    expect(text(blank({ referral }), 'after-referral')).toBe('Test Service: We will call you');
    const p = aProcess({ services: ['test-service'], steps: ['A decision within 5 days'], citation: kb.process('notts-ehaf')!.citation });
    expect(said(blank(), 'waiting', { processes: [p] })).toEqual({ text: 'Test Service: A decision within 5 days', citation: kb.process('notts-ehaf')!.citation });
    const timed = aProcess({ services: ['test-service'], timescales: ['An answer within 2 days'] });
    expect(text(blank(), 'waiting', { processes: [timed] })).toBe('Test Service: An answer within 2 days');
    expect(text(blank(), 'after-referral', { processes: [timed] })).toBe('Test Service: An answer within 2 days');
  });

  it('waiting: a line of its own is cited to it, not to a process it follows', () => {
    const p = aProcess({ services: ['test-service'], steps: ['Ring us'], citation: kb.process('notts-ehaf')!.citation });
    expect(said(blank({ referral: { ...blank().referral, how: ['Expect a reply within 5 days'] } }), 'waiting', { processes: [p] }))
      .toEqual({ text: 'Test Service: Expect a reply within 5 days', citation: real.citation });
  });

  describe('covers', () => {
    const rushcliffe = { authority: 'nottinghamshire', district: 'rushcliffe', place: 'Rushcliffe', asTyped: 'Rushcliffe' };
    const derby = { authority: 'derby', asTyped: 'Derby' };
    const covers = (s: Service, asked: Record<string, unknown>) => answerAttribute(knowledgeWith({ services: [s] }), serviceFocus, 'covers', facts(), tuesday, [], asked as never)?.text;
    const areas = (over: Partial<Service['areas']>) => ({ ...real.areas, asPrinted: undefined, served: [], excluded: [], ...over });

    it('no exclusions and no list of places served: every place of its authority', () => {
      expect(covers(blank({ areas: areas({}) }), rushcliffe)).toBe('Yes: Rushcliffe is inside the area Test Service covers ("Nottinghamshire County").');
    });

    it('places served that do not include the one asked: not as printed', () => {
      expect(covers(blank({ areas: areas({ served: ['bassetlaw'] }) }), rushcliffe)).toBe('Not as printed: Rushcliffe is outside the area Test Service covers ("Nottinghamshire County").');
    });

    it('a service of no authority', () => {
      expect(covers(blank({ authority: undefined, areas: areas({}) }), derby)).toBe('Yes: Derby City is inside the area Test Service covers ("its authority").');
    });

    it('a contact of no authority is for everyone', () => {
      expect(answerAttribute(knowledgeWith({ contacts: [aContact({ authority: undefined })] }), contactFocus, 'covers', facts(), tuesday, [], derby as never)?.text)
        .toBe("Yes: Test Team is for everyone's, which includes Derby City.");
    });
  });
});

describe('a made-up contact\'s attributes', () => {
  it('phone: none printed, its email instead; neither, not printed', () => {
    const email = { ...contact('small-steps-team').emails[0]!, address: 'team@example.org', label: undefined, note: undefined };
    expect(ask(knowledgeWith({ contacts: [aContact({ emails: [email] })] }), contactFocus, 'phone')?.text).toBe('Test Team: team@example.org.');
    expect(ask(knowledgeWith({ contacts: [aContact({})] }), contactFocus, 'phone')).toMatchObject({ text: 'Test Team: the source does not give a phone number.', notPrinted: true });
  });

  it('every number and address, with its label and note', () => {
    const [phone] = contact('small-steps-team').phones;
    const [email] = contact('small-steps-team').emails;
    const c = aContact({
      phones: [{ ...phone!, number: '01234 567890', label: 'office', note: 'mornings only' }],
      emails: [{ ...email!, address: 'a@example.org', label: 'referrals', note: 'forms only' }, { ...email!, address: 'b@example.org', label: undefined, note: undefined }],
    });
    const k = knowledgeWith({ contacts: [c] });
    expect(ask(k, contactFocus, 'phone')?.text).toBe('Test Team: 01234 567890 (office) [mornings only].');
    expect(ask(k, contactFocus, 'email')?.text).toBe('Test Team: a@example.org (referrals) [forms only] or b@example.org.');
  });

  it('nothing printed about what is asked: said so, in words', () => {
    expect(ask(knowledgeWith({ contacts: [aContact({})] }), contactFocus, 'after-referral')?.text).toBe('Test Team: the source does not say that (after referral).');
    expect(ask(knowledgeWith({ processes: [aProcess({})] }), processFocus, 'who-can-refer')?.text).toBe('A made-up process: the source does not say that (who can refer).');
  });

  it('a printed line of its own is cited to it, not to a process it takes part in', () => {
    const p = aProcess({ contacts: ['test-contact'], steps: ['Ring us'], citation: kb.process('notts-ehaf')!.citation });
    expect(ask(knowledgeWith({ contacts: [aContact({ notes: ['Use the blue form'] })], processes: [p] }), contactFocus, 'form'))
      .toEqual({ text: 'Test Team: Use the blue form', citation: contact('small-steps-team').citation });
  });

  it('about: with no summary, the printed line', () => {
    expect(ask(knowledgeWith({ contacts: [aContact({ notes: ['We help families'] })] }), contactFocus, 'about')?.text).toBe('Test Team: We help families');
  });

  it('anything else: a step of a process the contact takes part in, with that process as the source', () => {
    const p = aProcess({ contacts: ['test-contact'], steps: ['Send the blue form'], citation: kb.process('notts-ehaf')!.citation });
    expect(ask(knowledgeWith({ contacts: [aContact({})], processes: [p] }), contactFocus, 'form')).toEqual({ text: 'Test Team: Send the blue form', citation: kb.process('notts-ehaf')!.citation });
    // A process that lists it as a service, not a contact, is not its.
    const other = aProcess({ services: ['test-contact'], steps: ['Send the blue form'] });
    expect(ask(knowledgeWith({ contacts: [aContact({})], processes: [other] }), contactFocus, 'form')?.notPrinted).toBe(true);
  });

  it('the words of its own name pick no line', () => {
    const k = knowledgeWith({ contacts: [aContact({ notes: ['Use the blue form', 'Use the team form'] })] });
    expect(ask(k, contactFocus, 'form', ['team'])?.text).toBe('Test Team: Use the blue form');
  });

  it.each(['hours', 'phone', 'email', 'covers'] as Attribute[])('a process asked its %s gives its contact\'s', attribute => {
    const withContact = aContact({ notes: [], hours: { kind: 'not-stated' } });
    const k = knowledgeWith({ contacts: [withContact], processes: [aProcess({ contacts: ['test-contact'], steps: ['Ring 0115 876 4800 on Monday, email a@b.org; covers the county'] })] });
    expect(ask(k, processFocus, attribute)?.text).toMatch(/^Test Team/);
  });
});

describe('answers to several entries', () => {
  it('an entry the knowledge does not hold is left out', () => {
    const answers = answerAttributes(kb, [{ kind: 'service', id: 'no-such' }, { kind: 'service', id: 'small-steps-workshops' }], ['ages'], facts(), tuesday, () => []);
    expect(answers.map(a => a.text)).toEqual(['Small Steps Workshops: 0-18.']);
  });
});

describe('where the answers are printed', () => {
  it('two sources are named together, each once', () => {
    const workshops: Focus = { kind: 'service', id: 'small-steps-workshops' };
    const answers = answerAttributes(kb, [workshops], ['ages', 'waiting', 'length'], facts(), tuesday, () => []);
    expect(attributeText(kb, answers).split('\n').at(-1)).toBe(`Source: ${citationText(kb, service('small-steps-workshops').citation)}; ${citationText(kb, kb.process('small-steps-referral')!.citation)}.`);
  });
});

describe('a made-up level\'s attributes', () => {
  const aLevel = (over: Partial<LevelOfNeed>): LevelOfNeed => ({ ...kb.level('notts-level-2')!, id: 'test-level', name: 'Level 9', title: undefined, definition: 'A test level.', indicators: [], whatToDo: [], ...over });
  const levelFocus: Focus = { kind: 'level', id: 'test-level' };
  const askLevel = (l: LevelOfNeed, attribute: Attribute, terms: string[] = []) => ask(knowledgeWith({ levels: [l] }), levelFocus, attribute, terms)?.text;

  it('with no title: its name and definition, or its name and the line', () => {
    expect(askLevel(aLevel({}), 'about')).toBe('Level 9: A test level.');
    expect(askLevel(aLevel({ indicators: [{ ...kb.level('notts-level-2')!.indicators[0]!, items: ['Needs a blue form'] }] }), 'form')).toBe('Level 9: Needs a blue form');
    expect(askLevel(aLevel({}), 'after-referral')).toBe('Level 9: the source does not say that (after referral).');
  });

  it('the words of its title pick no line', () => {
    const l = aLevel({ title: 'Early Help', whatToDo: ['Use the blue form', 'Use the help form'] });
    expect(askLevel(l, 'form', ['help'])).toBe('Level 9 (Early Help): Use the blue form');
  });
});

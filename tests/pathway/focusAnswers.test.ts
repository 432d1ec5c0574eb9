// One attribute of what the last answer was about, said first and short, with where it is printed. The
// expected wording is the sources' own: the Small Steps menu of interventions (Offer 3, the workshops:
// "1 session per week over 4 weeks", ages 0-18, the Getting to Know Me form, no self-referrals, excluding
// Bassetlaw), Pathway to Provision C2 (the MASH: 0300 500 80 90, mash.safeguarding@nottscc.gov.uk,
// 8.30am-5.00pm Monday to Thursday, 4.30pm Friday; the EDT out of hours on 0300 456 4546), Derby's First
// Contact Team (01332 641172, 9am to 5pm, Careline otherwise).
import { describe, expect, it } from 'vitest';
import { CaseFacts } from '../../src/pathway/caseFacts.js';
import { answerAttribute, answerAttributes, attributeText, type Attribute, type Focus, focusOf, printsOwnHours } from '../../src/pathway/focus.js';
import { emptyRoute, type Route } from '../../src/pathway/route.js';
import { stemOf } from '../../src/understanding/text.js';
import { contact, kb, service } from '../support/knowledge.js';

const facts = (f: Record<string, unknown> = {}) => CaseFacts.parse(f);
// A Tuesday at 10:00 in London (GMT in December): the MASH is open.
const tuesday = new Date('2026-12-01T10:00:00Z');
/** The question's words as the understander passes them: by stem ("toileting" asks about "Toileting"). */
const answer = (focus: Focus, attribute: Attribute, asked?: Record<string, unknown>, terms: string[] = []) =>
  answerAttribute(kb, focus, attribute, facts(), tuesday, terms.map(stemOf), asked as never);
const text = (focus: Focus, attribute: Attribute, asked?: Record<string, unknown>, terms: string[] = []) => answer(focus, attribute, asked, terms)?.text;

const workshops: Focus = { kind: 'service', id: 'small-steps-workshops' };
const mash: Focus = { kind: 'contact', id: 'nottinghamshire-mash' };

describe('a service\'s attributes', () => {
  it.each([
    ['length', /^Small Steps Workshops: Group, up to 15 participants; 1 session per week over 4 weeks; 2 hours; delivered monthly\.$/],
    ['sessions', /1 session per week over 4 weeks/],
    ['ages', /^Small Steps Workshops: 0-18\.$/],
    ['consent', /^Small Steps Workshops: the family's consent is needed\.$/],
    ['form', /^Small Steps Workshops: Getting to Know Me form\. Complete the Getting to Know Me form\. EHAF forms \(Early Help Unit only\)\.$/],
    ['who-can-refer', /^Small Steps Workshops: No self-referrals: a professional refers\.$/],
    ['requirements', /^Small Steps Workshops: Before referring: Have completed tier 1 intervention Complete the Getting to Know Me form\. .*Criteria: Children have concerning behaviours or a diagnosis of ASD\/ADHD Criteria: Do not require 1-1 family support at point of referral The family's consent is needed\.$/],
    ['email', /^For Small Steps Workshops, Small Steps Team \(Family Action\): Nottinghamshiresmallsteps@family-action\.org\.uk \(send all completed referral forms here\)\.$/],
    ['phone', /^For Small Steps Workshops, Small Steps Team \(Family Action\): 01623 404345 \(if you have not heard anything about a referral after 12 weeks\)\.$/],
    ['waiting', /^Small Steps Workshops: If you have not heard anything regarding your referral after 12 weeks, contact the Small Steps Team on 01623 404345\.$/],
  ] as [Attribute, RegExp][])('%s', (attribute, said) => {
    expect(text(workshops, attribute)).toMatch(said);
  });

  it('says where it is printed: the service\'s own entry, or the process a timescale comes from', () => {
    expect(answer(workshops, 'ages')?.citation).toEqual(service('small-steps-workshops').citation);
    expect(answer(workshops, 'waiting')?.citation).toEqual(kb.process('small-steps-referral')!.citation);
  });

  it('about: its summary, its ages and the first six of its offers', () => {
    expect(text(workshops, 'about')).toBe(`Small Steps Workshops: ${service('small-steps-workshops').summary} Ages: 0-18. It offers: Introduction to concerning behaviours, ADHD and Autism; Routines; Sleep; Toileting; Communication; Self-esteem.`);
  });

  it('about one of its offers the question names: that offer alone', () => {
    expect(answer(workshops, 'about', undefined, ['toileting'])).toEqual({ text: 'Small Steps Workshops: Toileting', citation: service('small-steps-workshops').citation, part: true });
    // Words of its own name, or ones most of its offers share, pick out no offer.
    expect(answer(workshops, 'about', undefined, ['steps'])?.part).toBeUndefined();
  });

  it.each([
    ['kooth', 'who-can-refer', 'Kooth: No referral is needed: families can go directly.'],
    ['kooth', 'hours', 'Kooth: Online: 24/7 access to the site, with counsellors available Monday to Friday 12 noon to 10pm and weekends 6pm to 10pm.'],
    ['kooth', 'consent', 'Kooth: the source does not say whether consent is needed.'],
    ['notts-early-help-unit', 'consent', expect.stringMatching(/: consent is needed, except where the referral relates to attendance matters/)],
    ['step2-under-5s', 'phone', "Step2 Under 5's Offer: the guidance does not give a direct contact."],
    ['step2-under-5s', 'form', "Step2 Under 5's Offer: the source does not give a referral form."],
    ['step2-under-5s', 'waiting', "Step2 Under 5's Offer: the source does not give a waiting time."],
    ['step2-under-5s', 'after-referral', "Step2 Under 5's Offer: the source does not say what happens after a referral."],
    ['step2-under-5s', 'who-can-refer', "Step2 Under 5's Offer: the source does not say who can refer."],
  ])('%s, %s: %s', (id, attribute, said) => {
    expect(text({ kind: 'service', id }, attribute as Attribute)).toEqual(said);
  });

  it('an age range that needs a diagnosis says so', () => {
    expect(text({ kind: 'service', id: 'small-steps-cygnet' }, 'ages')).toBe('Cygnet Parenting Programme: aged 5-18, with a diagnosis of autism (ASD).');
    expect(text({ kind: 'service', id: 'small-steps-new-forest' }, 'ages')).toBe('New Forest Parenting Programme: aged 3-11 years, with a diagnosis of ADHD or behaviours indicative of it.');
  });

  it('a service for young parents gives the parent\'s age as its limit ("first time teenage mums aged 19 and under")', () => {
    expect(text({ kind: 'service', id: 'notts-family-nurse-partnership' }, 'ages')).toMatch(/^Family Nurse Partnership \(FNP\): first time teenage mums aged 19 and under \(the parent's age/);
  });

  it('what the source does not give is said to be not printed', () => {
    const a = answer({ kind: 'service', id: 'step2-under-5s' }, 'form');
    expect(a).toEqual({ text: "Step2 Under 5's Offer: the source does not give a referral form.", citation: service('step2-under-5s').citation, notPrinted: true });
    expect(text({ kind: 'service', id: 'step2-under-5s' }, 'ages')).toBe("Step2 Under 5's Offer: Under 5's (infants up to 18 months; children from 18 months to 5 years old).");
  });

  it('a service\'s contact\'s hours, when it prints none of its own', () => {
    expect(text({ kind: 'service', id: 'derby-childrens-social-care' }, 'hours')).toMatch(/^For Derby Children's Social Care .*: during normal working days between 9am and 5pm; .*\. Out of hours: .+ on \d/);
  });

  it('an entry the knowledge does not hold has no answer', () => {
    expect(answer({ kind: 'service', id: 'no-such' }, 'ages')).toBeUndefined();
    expect(answer({ kind: 'contact', id: 'no-such' }, 'phone')).toBeUndefined();
    expect(answer({ kind: 'process', id: 'no-such' }, 'about')).toBeUndefined();
    expect(answer({ kind: 'level', id: 'no-such' }, 'about')).toBeUndefined();
  });
});

describe('whether a service covers a place', () => {
  it.each([
    [{ authority: 'nottinghamshire', district: 'rushcliffe', place: 'West Bridgford', asTyped: 'West Bridgford' }, /^Yes: West Bridgford \(Rushcliffe\) is inside the area Small Steps Workshops covers \("Available countywide;/],
    [{ authority: 'nottinghamshire', district: 'bassetlaw', place: 'Worksop', asTyped: 'Worksop' }, /^No: Worksop \(Bassetlaw\) is outside the area Small Steps Workshops covers/],
    [{ authority: 'derby', asTyped: 'Derby' }, /^No: Small Steps Workshops is Nottinghamshire County's; Derby City is a different authority\.$/],
    [{ authority: 'derby', place: 'Alvaston', asTyped: 'Alvaston' }, /^No: Small Steps Workshops is Nottinghamshire County's; Alvaston is in Derby City\.$/],
  ])('%j', (asked, said) => {
    expect(text(workshops, 'covers', asked)).toMatch(said);
  });

  it('with no place asked, says the area as printed', () => {
    expect(text(workshops, 'covers')).toBe(`Small Steps Workshops covers: ${service('small-steps-workshops').areas.asPrinted}.`);
    expect(text({ kind: 'service', id: 'childline' }, 'covers')).toBe('Childline covers: no particular area.');
  });

  it('a contact of the authority covers every place in it', () => {
    expect(text({ kind: 'contact', id: 'small-steps-team' }, 'covers', { authority: 'nottinghamshire', district: 'gedling', place: 'Arnold', asTyped: 'Arnold' }))
      .toBe("Yes: Small Steps Team (Family Action) is Nottinghamshire County's, which includes Arnold (Gedling).");
    expect(text({ kind: 'contact', id: 'small-steps-team' }, 'covers', { authority: 'nottinghamshire', district: 'gedling', place: 'Gedling', asTyped: 'Gedling' }))
      .toBe("Yes: Small Steps Team (Family Action) is Nottinghamshire County's, which includes Gedling.");
    expect(text({ kind: 'contact', id: 'small-steps-team' }, 'covers')).toBe('Small Steps Team (Family Action) covers: Nottinghamshire County.');
  });

  it('a front door asked about another authority\'s place gives that authority\'s front door', () => {
    const a = answer(mash, 'covers', { authority: 'derby', asTyped: 'Derby' });
    expect(a?.text).toBe("No: Multi-Agency Safeguarding Hub (MASH) is Nottinghamshire County's; Derby City is a different authority. There, contact First Contact Team (Derby Children's Social Care) on 01332 641172.");
    expect(a?.citation).toEqual(contact('derby-first-contact').citation);
    // Its out-of-hours team is a front door too.
    expect(text({ kind: 'contact', id: 'nottinghamshire-edt' }, 'covers', { authority: 'derby', asTyped: 'Derby' })).toMatch(/There, contact First Contact Team/);
    // A contact that is no front door gives none.
    expect(text({ kind: 'contact', id: 'small-steps-team' }, 'covers', { authority: 'derby', asTyped: 'Derby' })).not.toMatch(/There, contact/);
  });
});

describe('a contact\'s attributes', () => {
  it.each([
    ['phone', 'Multi-Agency Safeguarding Hub (MASH): 0300 500 80 90.'],
    // The sources print two postcodes for the one address; the conflict is said beside the email.
    ['email', 'Multi-Agency Safeguarding Hub (MASH): mash.safeguarding@nottscc.gov.uk. The MASH address (The Piazza, Annesley) is printed with the postcode NG15 0DR in C2, while the Early Help Unit at the same address is printed with NG15 0EB in C1.'],
  ] as [Attribute, string][])('%s: %s', (attribute, said) => {
    expect(text(mash, attribute)).toBe(said);
  });

  it('waiting: the printed time for the outcome (5 working days), even when the question shares more words with another line', () => {
    // "I put a MASH online form in yesterday for a child in Newark, when should I hear back?", its terms counted in the
    // clause and in the message: the urgent/non-urgent line names the online form twice.
    const terms = ['put', 'mash', 'onlin', 'form', 'yesterday', 'child', 'newark', 'hear', 'back'];
    expect(text(mash, 'waiting', undefined, [...terms, ...terms])).toBe('Multi-Agency Safeguarding Hub (MASH): You will be informed in writing of the outcome of your enquiry and the reasons for it, normally within 5 working days.');
  });

  it('hours: as printed, whether open now, and the out-of-hours team', () => {
    expect(text(mash, 'hours')).toMatch(/^Multi-Agency Safeguarding Hub \(MASH\): 8\.30am-5\.00pm – Monday to Thursday; 8\.30am-4\.30pm – Friday \(core working hours\); .*open.*\. Out of hours: Emergency Duty Team \(EDT\) on 0300 456 4546\.$/);
    expect(text({ kind: 'contact', id: 'nottingham-city-children-and-families-direct' }, 'hours')).toMatch(/^Children and Families Direct: the source does not give opening hours\. Out of hours: .+ on \d/);
  });

  it('every number, with its label', () => {
    expect(text({ kind: 'contact', id: 'derby-first-contact' }, 'phone')).toBe("First Contact Team (Derby Children's Social Care): 01332 641172 (telephone) or 01332 641097 (fax).");
  });

  it('no email printed is said to be not printed', () => {
    expect(answer({ kind: 'contact', id: 'nottinghamshire-edt' }, 'email')).toMatchObject({ text: 'Emergency Duty Team (EDT): the source does not give an email address.', notPrinted: true });
  });

  it('about: its summary', () => {
    expect(text(mash, 'about')).toBe(`Multi-Agency Safeguarding Hub (MASH): ${contact('nottinghamshire-mash').summary}`);
  });

  it('anything else: the printed line that says it, from its notes or its processes', () => {
    expect(text(mash, 'after-referral', undefined, ['informed', 'outcome'])).toMatch(/^Multi-Agency Safeguarding Hub \(MASH\): .*informed in writing of the outcome of .* within 5 working days\.$/);
    expect(answer(mash, 'form')?.notPrinted).toBeUndefined();
  });
});

describe('a process\'s and a level\'s attributes', () => {
  const referral: Focus = { kind: 'process', id: 'small-steps-referral' };

  it('about: the process\'s summary', () => {
    expect(text(referral, 'about')).toBe(`Making a referral to the Small Steps Service: ${kb.process('small-steps-referral')!.summary}`);
  });

  it('waiting: its first timescale', () => {
    expect(text(referral, 'waiting')).toBe('Making a referral to the Small Steps Service: If you have not heard anything regarding your referral after 12 weeks, contact the Small Steps Team on 01623 404345.');
  });

  it('length of a process with time limits (Derby handbook, 4: "completed within 6 months ... not remain open for longer than 12 months"): both limits, asked by "stay open"', () => {
    const duration: Focus = { kind: 'process', id: 'derby-case-duration-and-closure' };
    const said = text(duration, 'length', undefined, ['stay', 'open', 'close']);
    expect(said).toMatch(/6 months/);
    expect(said).toMatch(/12 months/);
  });

  it('a contact\'s attribute: its contact\'s', () => {
    expect(text(referral, 'email')).toMatch(/^Small Steps Team \(Family Action\): Nottinghamshiresmallsteps@family-action\.org\.uk/);
  });

  it('the printed step that says what is asked', () => {
    // "Which form does the healthy family team use?"
    expect(text(referral, 'form', undefined, ['healthy', 'family', 'team'])).toMatch(/^Making a referral to the Small Steps Service: Use the right form: Healthy Family Team/);
  });

  it('a level: its name, title and definition, or the printed line asked about', () => {
    const level = kb.level('notts-level-2')!;
    expect(text({ kind: 'level', id: 'notts-level-2' }, 'about')).toBe(`Level 2 (Early Help): ${level.definition}`);
    expect(text({ kind: 'level', id: 'notts-level-2' }, 'form', undefined, ['ehaf'])).toMatch(/^Level 2 \(Early Help\): Where indicators of need are present at level 2 or 3, in most cases complete an Early Help Assessment Form \(EHAF\)/);
    expect(answer({ kind: 'level', id: 'notts-level-2' }, 'email')).toMatchObject({ text: 'Level 2: the source does not say that (email).', notPrinted: true });
  });
});

describe('several attributes of several entries', () => {
  it('each attribute in the order asked, from each entry that prints it', () => {
    const answers = answerAttributes(kb, [workshops, { kind: 'service', id: 'step2-under-5s' }], ['form', 'email'], facts(), tuesday, () => []);
    expect(answers.map(a => a.text)).toEqual([
      expect.stringMatching(/^Small Steps Workshops: Getting to Know Me form\./),
      expect.stringMatching(/^For Small Steps Workshops, Small Steps Team/),
    ]);
  });

  it('what no entry prints is said once, for the first', () => {
    const answers = answerAttributes(kb, [{ kind: 'service', id: 'step2-under-5s' }, { kind: 'contact', id: 'nottinghamshire-edt' }], ['email'], facts(), tuesday, () => []);
    expect(answers).toHaveLength(1);
    expect(answers[0]!.text).toBe("Step2 Under 5's Offer: the guidance does not give a direct contact.");
  });

  it('the same printed line is said once, under the entry that prints most of it', () => {
    const answers = answerAttributes(kb, [{ kind: 'service', id: 'small-steps-workshops' }, { kind: 'service', id: 'small-steps-cygnet' }], ['email'], facts(), tuesday, () => []);
    expect(answers).toHaveLength(1);
  });

  it('are said with each source once', () => {
    const answers = answerAttributes(kb, [workshops], ['ages', 'length'], facts(), tuesday, () => []);
    const said = attributeText(kb, answers).split('\n');
    expect(said).toHaveLength(3);
    expect(said[2]).toBe('Source: Nottinghamshire Small Steps Service - Menu of Interventions, Offer 3: Workshops.');
    expect(attributeText(kb, [{ text: 'x' }])).toBe('x');
  });
});

describe('a service\'s own times', () => {
  // Kooth: "Monday to Friday 12 noon to 10pm"; the VCM meets "on a Thursday morning"; Step2 prints no times.
  it('Kooth and the VCM print their own times; Step2 prints none', () => {
    expect(printsOwnHours(kb, 'kooth')).toBe(true);
    expect(printsOwnHours(kb, 'derby-vcm')).toBe(true);
    expect(printsOwnHours(kb, 'step2-under-5s')).toBe(false);
    expect(printsOwnHours(kb, 'no-such')).toBe(false);
  });
});

describe('what an answer was about', () => {
  const fit = (id: string) => ({ service: service(id), reasons: [], howToRefer: [], contacts: [], score: 1 });
  const route = (over: Partial<Route>) => ({ ...emptyRoute('services', ''), ...over }) as Route;

  it('services: the one named, else the one to refer to now', () => {
    expect(focusOf(route({ startHere: [fit('kooth')] }), facts(), kb)).toEqual({ kind: 'service', id: 'kooth' });
    expect(focusOf(route({ startHere: [fit('kooth')] }), facts({ namedServices: ['small-steps-cygnet'] }), kb)).toEqual({ kind: 'service', id: 'small-steps-cygnet' });
    expect(focusOf(route({ startHere: [fit('kooth')] }), facts({ namedServices: ['no-such'] }), kb)).toEqual({ kind: 'service', id: 'kooth' });
    expect(focusOf(route({ kind: 'eligibility' }), facts(), kb)).toBeUndefined();
    expect(focusOf(route({ kind: 'service-info', startHere: [fit('childline')] }), facts(), kb)).toEqual({ kind: 'service', id: 'childline' });
  });

  it('contacts: the first step\'s contact, or the service named when the step is its', () => {
    const mashNow = { contact: contact('nottinghamshire-mash') };
    const steps = [{ action: 'Ring the MASH.', why: '', contacts: [mashNow], details: [] }];
    expect(focusOf(route({ kind: 'contacts', steps } as never), facts(), kb)).toEqual({ kind: 'contact', id: 'nottinghamshire-mash' });
    const own = [{ action: 'Ring Kooth.', why: '', citation: service('kooth').citation, contacts: [{ contact: contact('kooth') }], details: [] }];
    expect(focusOf(route({ kind: 'contacts', steps: own } as never), facts({ namedServices: ['kooth'] }), kb)).toEqual({ kind: 'service', id: 'kooth' });
    expect(focusOf(route({ kind: 'contacts', steps: own } as never), facts({ namedServices: ['no-such'] }), kb)).toEqual({ kind: 'contact', id: 'kooth' });
    expect(focusOf(route({ kind: 'contacts' }), facts(), kb)).toBeUndefined();
  });

  it('contacts: a step that only restates the process is passed over', () => {
    const process = kb.process('notts-mash-referral')!;
    const steps = [
      { action: `${process.title}: first`, why: '', contacts: [{ contact: contact('nottinghamshire-edt') }], details: [] },
      { action: 'Ring the MASH.', why: '', contacts: [{ contact: contact('nottinghamshire-mash') }], details: [] },
    ];
    expect(focusOf(route({ kind: 'contacts', steps, processes: [process] } as never), facts(), kb)).toEqual({ kind: 'contact', id: 'nottinghamshire-mash' });
  });

  it('a process, a level, a front door; nothing for other answers', () => {
    expect(focusOf(route({ kind: 'process', processes: [kb.process('notts-ehaf')!] }), facts(), kb)).toEqual({ kind: 'process', id: 'notts-ehaf' });
    expect(focusOf(route({ kind: 'process' }), facts(), kb)).toBeUndefined();
    expect(focusOf(route({ kind: 'threshold', levels: [{ level: kb.level('notts-level-2')!, matched: [] }] }), facts(), kb)).toEqual({ kind: 'level', id: 'notts-level-2' });
    expect(focusOf(route({ kind: 'threshold' }), facts(), kb)).toBeUndefined();
    expect(focusOf(route({ kind: 'safeguarding', authority: kb.authority('derby') }), facts(), kb)).toEqual({ kind: 'contact', id: 'derby-first-contact' });
    expect(focusOf(route({ kind: 'safeguarding' }), facts(), kb)).toBeUndefined();
    expect(focusOf(route({ kind: 'need-facts' }), facts(), kb)).toBeUndefined();
  });
});

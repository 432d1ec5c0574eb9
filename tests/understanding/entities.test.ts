// The facts a message states beyond age and place: concerns, diagnosis status, consent, who is asking,
// when, the services, contacts and levels named, and identifying details (kinds only, never the text).
import { describe, expect, it } from 'vitest';
import { CaseFacts } from '../../src/pathway/caseFacts.js';
import { understand } from './understander.js';

describe('concerns', () => {
  it.each([
    ['he is hyperactive and impulsive', 'adhd'],
    ['she is autistic', 'autism'],
    ['meltdowns and lashing out', 'behaviour'],
    ['really anxious about school', 'anxiety'],
    ['being bullied on the bus', 'bullying'],
    ['grieving after his dad died', 'bereavement'],
    ['smoking weed most days', 'substance-misuse'],
    ['he says voices are telling him to hurt people', 'psychosis'],
  ])('"%s" is about %s', (text, concern) => {
    expect(understand(text).facts.concerns).toContain(concern);
  });

  it('does not take a denied concern', () => {
    expect(understand('no behaviour problems, just sleep').facts.concerns).toEqual(['sleep']);
  });

  it('takes a need put in the negative as that need, and a denial as none', () => {
    expect(understand("she won't use the toilet").facts.concerns).toContain('toileting');
    expect(understand('no concerns about neglect but she is being bullied').facts.concerns).toEqual(['bullying']);
  });

  it('does not read "send" the verb as SEND', () => {
    expect(understand('where do I send the referral').facts.concerns ?? []).not.toContain('send');
    expect(understand('he has SEND and an EHCP').facts.concerns).toContain('send');
  });
});

describe('diagnosis status', () => {
  it.each([
    ['has an ASD diagnosis', 'autism', 'diagnosed'],
    ['diagnosed with ADHD in 2023', 'adhd', 'diagnosed'],
    ['the school think she has ADHD', 'adhd', 'suspected'],
    ['might be autistic', 'autism', 'suspected'],
    ['awaiting assessment for autism', 'autism', 'awaiting-assessment'],
    ['on the ADHD waiting list', 'adhd', 'awaiting-assessment'],
    ['no diagnosis of autism', 'autism', 'none'],
    ["autism that hasn't been diagnosed yet", 'autism', 'none'],
    ['his ADHD has never been formally diagnosed', 'adhd', 'none'],
    ['meltdowns probably down to autism', 'autism', 'suspected'],
  ])('"%s": %s is %s', (text, condition, status) => {
    expect(understand(text).facts.diagnoses?.[condition]).toBe(status);
  });

  it("applies a bare answer to the case's condition when the bot asked about diagnosis", () => {
    const current = CaseFacts.parse({ concerns: ['adhd'] });
    expect(understand('yes', current, 'diagnosis').facts.diagnoses).toEqual({ adhd: 'diagnosed' });
    expect(understand('no', current, 'diagnosis').facts.diagnoses).toEqual({ adhd: 'none' });
    expect(understand('waiting', current, 'diagnosis').facts.diagnoses).toEqual({ adhd: 'awaiting-assessment' });
  });

  it('reads the name of a condition, given in answer, as that diagnosis', () => {
    expect(understand('ADHD', undefined, 'diagnosis').facts.diagnoses).toEqual({ adhd: 'diagnosed' });
    expect(understand('autism (ASD)', undefined, 'diagnosis').facts.diagnoses).toEqual({ autism: 'diagnosed' });
  });

  it('takes no diagnosis from a bare "yes" when diagnosis was not asked about', () => {
    expect(understand('yes', CaseFacts.parse({ concerns: ['adhd'] })).facts.diagnoses).toBeUndefined();
  });
});

describe('consent', () => {
  it.each([
    ["parents don't agree", 'refused'],
    ["mum won't consent", 'refused'],
    ['dad has declined', 'refused'],
    ['parents have given consent', 'given'],
    ['mum is happy for me to refer', 'given'],
  ])('"%s" is %s', (text, consent) => {
    expect(understand(text).facts.consent).toBe(consent);
  });

  it("does not take the child's refusal, or her not wanting something, for the parents' refusal", () => {
    expect(understand('she is refusing to go to school').facts.consent).toBeUndefined();
    expect(understand("her family are taking her abroad to marry and she doesn't want to").facts.consent).toBeUndefined();
  });

  it('reads a question about consent as no answer', () => {
    expect(understand('do I need consent to refer?').facts.consent).toBeUndefined();
  });

  it('reads a bare yes or no as consent when consent was asked', () => {
    expect(understand('yes', undefined, 'consent').facts.consent).toBe('given');
    expect(understand('no', undefined, 'consent').facts.consent).toBe('refused');
  });
});

describe('who is asking', () => {
  it.each([
    ["I'm a teacher and a pupil is struggling", 'professional'],
    ['health visitor here', 'professional'],
    ["I'm the SENCO", 'professional'],
    ['as his GP I am worried', 'professional'],
    ['my son keeps hitting his sister', 'parent'],
    ["lenton mum: my 17yo is stressed about exams", 'parent'],
    ['our daughter will not sleep', 'parent'],
    ['I am 15 and I need help', 'young-person'],
    ['im a boy, 14, and i dont know who to tell', 'young-person'],
    ['my stepdad keeps sending me horrible messages', 'young-person'],
    ['pls help my dads hitting my mum rn n my baby sister is screaming', 'young-person'],
    ['my mate is 14 and she is at a party with older men', 'young-person'],
    ['how do i report my mate, shes 14 and keeps cutting', 'young-person'],
    ["my friend's daughter is 15 and seeing a much older man", undefined],
    ['Pharmacist here: a 14 year old keeps coming in for the morning-after pill', 'professional'],
    ["I'm a neighbour and the kids next door always seem hungry", 'member-of-public'],
    ['HV in Calverton, worried about a baby', 'professional'],
  ])('"%s" is a %s', (text, role: string | undefined) => {
    expect(understand(text).facts.role).toBe(role);
  });
});

describe('timing', () => {
  it.each(['who do I call tonight', 'at the weekend', 'after 5', 'out of hours', 'this evening', "it's a bank holiday"])('"%s" is out of hours', text => {
    const u = understand(text);
    expect(u.timing.outOfHours).toBe(true);
    expect(u.facts.outOfHoursAsked).toBe(true);
  });

  it('notes office hours and urgency', () => {
    expect(understand('during office hours').timing).toEqual({ inHours: true });
    expect(understand('it is urgent').timing.urgent).toBe(true);
  });
});

describe('services, contacts and levels named', () => {
  it.each([
    ['cygnet', 'small-steps-cygnet'],
    ['the new forest course', 'small-steps-new-forest'],
    ['Cygent', 'small-steps-cygnet'],
    ['kooth', 'kooth'],
  ])('"%s" names the service %s', (text, id) => {
    expect(understand(text).facts.namedServices).toContain(id);
  });

  it.each([
    ['mash', 'nottinghamshire-mash'],
    ['first contact', 'derby-first-contact'],
    ['C&F Direct', 'nottingham-city-children-and-families-direct'],
  ])('"%s" names the contact %s', (text, id) => {
    expect(understand(text).facts.namedContacts).toContain(id);
  });

  it.each([
    ['EDT notts', 'nottinghamshire-edt'],
    ['the city edt', 'nottingham-city-edt'],
    ['mash number for the county', 'nottinghamshire-mash'],
  ])('"%s" names only that authority\'s contact, %s', (text, id) => {
    expect(understand(text).facts.namedContacts).toEqual([id]);
  });

  // Derby's front door is printed as "First Contact Team (Derby Children's Social Care)"; the county's
  // MASH is Nottinghamshire's children's social care, and is not Derby's.
  it.each(["derby children's social care after 5pm?", 'derby childrens social care after 5pm?'])(
    'answers "%s" for the area named: Derby\'s First Contact Team, not another authority\'s social care', text => {
      expect(understand(text).facts.namedContacts).toEqual(['derby-first-contact']);
    });

  it('does not take a place name for the council service named after it', () => {
    expect(understand('Rushcliffe').facts.namedContacts).toBeUndefined();
  });

  it.each([
    ['why not Cygnet?', ['small-steps-cygnet']],
    ["why isn't New Forest suitable", ['small-steps-new-forest']],
  ])('"%s" asks why not %j', (text, ids) => {
    expect(understand(text).whyNot).toEqual(ids);
  });

  it('has no why-not without the question', () => {
    expect(understand('tell me about cygnet').whyNot).toEqual([]);
  });

  it.each([
    ['is this level 3?', undefined, ['notts-level-3']],
    ['additional support or extensive?', undefined, ['city-additional', 'city-extensive']],
    ['emerging needs or complex?', undefined, ['derby-emerging', 'derby-complex']],
    ['is it level 3', CaseFacts.parse({ area: { authority: 'nottinghamshire', asTyped: 'notts' } }), ['notts-level-3']],
  ])('"%s" mentions %j', (text, current, levels) => {
    expect(understand(text, current).levelsMentioned).toEqual(levels);
  });

  it('does not take everyday words for level names', () => {
    expect(understand('the family needs early help').levelsMentioned).toEqual([]);
    expect(understand('child protection concerns about a pupil').levelsMentioned).toEqual([]);
  });
});

describe('personal data', () => {
  it.each([
    ['Jane Smith, DOB 12/03/2015', ['name', 'date-of-birth']],
    ['NHS number 943 476 5919', ['nhs-number']],
    ['lives at 44 Acacia Avenue, NG2 5AB', ['postcode']],
    ['mum on 07700 900123', ['phone-number']],
    ['email me at jo.bloggs@example.com', ['email']],
  ])('"%s" holds %j', (text, kinds) => {
    expect(understand(text).personalData).toEqual(expect.arrayContaining(kinds));
  });

  it('reports kinds only: no name, number or date is kept in the facts', () => {
    const u = understand('Jane Smith, DOB 12/03/2015, NHS 943 476 5919, 07700 900123');
    const facts = JSON.stringify(u.facts);
    for (const typed of ['Jane', 'Smith', '12/03/2015', '943', '07700']) expect(facts).not.toContain(typed);
  });

  it('does not flag a service phone number, a year group or an age', () => {
    expect(understand('is 0300 500 80 90 the MASH number?').personalData).toEqual([]);
    expect(understand('a year 4 boy aged 8 in Arnold').personalData).toEqual([]);
  });
});

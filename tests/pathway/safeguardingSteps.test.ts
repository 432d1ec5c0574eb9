// The safeguarding route's steps and the one-line reminder (src/pathway/safeguarding.ts), checked
// against the printed sources: Nottinghamshire's MASH 0300 500 80 90 (Monday to Thursday 8.30-5,
// Friday 8.30-4.30), its EDT 0300 456 4546 outside those hours; Nottingham City's Children and Families
// Direct 0115 876 4800 and, out of hours, its Emergency Duty Team 0115 876 1000 (no day hours printed);
// Derby's First Contact Team 01332 641172 and Careline 01332 786968 "at all other times"; Childline
// 0800 1111; "FGM must also be reported directly to the police."; in the City, "When there are child
// protection concerns in relation to a child with substantial and life long disabilities a referral should
// be made immediately to the Disabled Children's Team" (0115 883 8266).
import { describe, expect, it } from 'vitest';
import { CaseFacts } from '../../src/pathway/caseFacts.js';
import { decide } from '../../src/pathway/decide.js';
import { noTopics, type Question } from '../../src/pathway/question.js';
import type { Route } from '../../src/pathway/route.js';
import { allFrontDoorSteps, childlineStep, emergencyStep, frontDoorStep, frontDoorsNow, riskLabels, riskRouteSteps, safeguardingReminder, specialistSteps } from '../../src/pathway/safeguarding.js';
import type { KnowledgeBase } from '../../src/knowledge/knowledgeBase.js';
import { kb } from '../support/knowledge.js';

/** A Wednesday, 10:00 in London. */
const inHours = new Date('2026-12-02T10:00:00Z');
/** The same Wednesday, 22:00 in London. */
const lateEvening = new Date('2026-12-02T22:00:00Z');

const authority = (id: string) => {
  const found = kb.authority(id);
  if (!found) throw new Error(`no authority ${id}`);
  return found;
};
const AREAS = {
  county: { authority: 'nottinghamshire', district: 'rushcliffe', place: 'West Bridgford', asTyped: 'West Bridgford', unknown: false },
  city: { authority: 'nottingham-city', place: 'Bulwell', asTyped: 'Bulwell', unknown: false },
  derby: { authority: 'derby', place: 'Alvaston', asTyped: 'Alvaston', unknown: false },
};
const safeguarding: Question = { kind: 'safeguarding', topics: noTopics(), levelsMentioned: [] };
const route = (facts: Partial<CaseFacts>, now = inHours, question: Partial<Question> = {}): Route =>
  decide(CaseFacts.parse({ ageYears: 9, ...facts }), kb, now, { ...safeguarding, ...question });
const actions = (r: Route) => r.steps.map(s => s.action);
const numbers = (r: Route) => r.steps.flatMap(s => s.contacts.flatMap(c => c.contact.phones.map(p => p.number)));

describe('the safeguarding route', () => {
  it('says "call 999 now" when a child may be in danger right now, and otherwise keeps 999 for an emergency', () => {
    expect(route({ area: AREAS.county, risks: ['immediate-danger'], immediateDanger: true }).steps[0]?.action).toBe('Call 999 now: a child may be in immediate danger.');
    expect(route({ area: AREAS.county, risks: ['neglect'] }).steps[0]?.action).toBe('If a child is in immediate danger, call the police on 999.');
  });

  it('says why the front door: the harm described, in the lexicon\'s words, and whose front door it is', () => {
    const why = route({ area: AREAS.county, risks: ['physical-abuse'] }).steps[1]?.why;
    expect(why).toBe("You described a child hurt or injured by someone: a concern about significant harm goes to Nottinghamshire County's front door for children's social care.");
  });

  it('sends a disabled child\'s protection concern in the City to the Disabled Children\'s Team, beside the front door', () => {
    for (const concerns of [['learning-disability'], ['disability']]) {
      const r = route({ area: AREAS.city, risks: ['physical-abuse'], concerns });
      expect(numbers(r)).toEqual(expect.arrayContaining(['0115 876 4800', '0115 883 8266']));
      expect(actions(r).find(a => /^Child protection concerns about a disabled child/.test(a))).toContain("referred immediately to the Disabled Children's Team");
    }
  });

  it('does not send a disabled child in the county or Derby to the City\'s team, nor a child with no disability in the City', () => {
    expect(numbers(route({ area: AREAS.county, risks: ['physical-abuse'], concerns: ['learning-disability'] }))).not.toContain('0115 883 8266');
    expect(numbers(route({ area: AREAS.derby, risks: ['physical-abuse'], concerns: ['disability'] }))).not.toContain('0115 883 8266');
    expect(actions(route({ area: AREAS.city, risks: ['physical-abuse'], concerns: ['autism'] })).join(' ')).not.toMatch(/child protection concerns about a disabled child/i);
  });

  it('gives the county\'s process for harmful sexual behaviour, and the MASH\'s own number in hours', () => {
    const r = route({ area: AREAS.county, risks: ['harmful-sexual-behaviour'] });
    expect(actions(r)[1]).toMatch(/^Contact Multi-Agency Safeguarding Hub \(MASH\) on 0300 500 80 90/);
    expect(actions(r).some(a => /harmful sexual behaviour/i.test(a))).toBe(true);
  });

  it('in hours, for someone who asked about out of hours, gives the EDT beside the open MASH', () => {
    const r = route({ area: AREAS.county, risks: ['neglect'] }, inHours, { outOfHours: true });
    expect(numbers(r)).toEqual(expect.arrayContaining(['0300 500 80 90', '0300 456 4546']));
  });

  it('gives the City\'s day and night numbers side by side, as no day hours are printed', () => {
    expect(actions(route({ area: AREAS.city, risks: ['neglect'] }))[1])
      .toBe('Contact Children and Families Direct on 0115 876 4800; out of hours, Emergency Duty Team (Nottingham City) on 0115 876 1000.');
  });

  it('late in the evening sends a Derby concern to Careline, the number printed for all other times', () => {
    expect(actions(route({ area: AREAS.derby, risks: ['neglect'] }, lateEvening))[1]).toMatch(/closed now, so contact .*Careline.* on 01332 786968\.$/);
  });

  describe('the sources\' own route for the kind of harm', () => {
    it('for FGM in the county: the county\'s FGM process and, once, that FGM is also reported to the police', () => {
      const r = route({ area: AREAS.county, risks: ['fgm'] });
      expect(actions(r).filter(a => a === 'FGM must also be reported directly to the police.')).toHaveLength(1);
      expect(actions(r).some(a => a.startsWith('Female genital mutilation (FGM) (Nottinghamshire):'))).toBe(true);
    });

    it('for FGM in Derby: the police advice, printed for everyone, but not Nottinghamshire\'s process', () => {
      const r = route({ area: AREAS.derby, risks: ['fgm'] });
      expect(actions(r)).toContain('FGM must also be reported directly to the police.');
      expect(actions(r).some(a => a.startsWith('Female genital mutilation (FGM) (Nottinghamshire)'))).toBe(false);
    });

    it.each([
      ['the City', AREAS.city, ['Domestic Abuse Referral Team (DART) (Nottingham City)'], ['Domestic and Sexual Violence Team (Derby)']],
      ['Derby', AREAS.derby, ['Domestic and Sexual Violence Team (Derby)'], ['Domestic Abuse Referral Team (DART) (Nottingham City)']],
      ['an unknown area', undefined, ['Domestic Abuse Referral Team (DART) (Nottingham City)', 'Domestic and Sexual Violence Team (Derby)'], []],
    ] as const)('for domestic abuse in %s: that authority\'s domestic abuse team, each once', (_where, area, given, notGiven) => {
      const r = route({ ...(area ? { area } : {}), risks: ['domestic-abuse', 'physical-abuse'] });
      for (const name of given) expect(actions(r).filter(a => a === `Also: ${name}.`)).toHaveLength(1);
      for (const name of notGiven) expect(actions(r)).not.toContain(`Also: ${name}.`);
    });
  });

  // A message read in doubt that leans to radicalisation: Derby's route for it (Derby handbook, Appendix 2:
  // Prevent and Channel) goes beside the front door, and is said to apply only if that is what this is.
  it('for a kind of harm only possible (read in doubt): its route beside the front door, said to be conditional', () => {
    const r = route({ area: AREAS.derby }, inHours, { possibleRisks: ['radicalisation'] });
    expect(numbers(r)).toContain('01332 641172');
    const prevent = r.steps.find(s => s.contacts.some(c => /prevent|channel/i.test(c.contact.name)) || /prevent|channel/i.test(s.action));
    expect(prevent?.why).toMatch(/if that is what this is/);
    expect(route({ area: AREAS.derby }).steps.some(s => /prevent|channel/i.test(s.action))).toBe(false);
  });

  it('offers Childline (0800 1111) when a child or young person is writing, and not to an adult', () => {
    const young = CaseFacts.parse({ risks: ['physical-abuse'], role: 'young-person' });
    expect(childlineStep(kb, young, inHours).map(s => s.action)).toEqual(['You can talk to Childline: telephone 0800 1111, or online chat.']);
    expect(childlineStep(kb, { ...young, role: 'professional' }, inHours)).toEqual([]);
  });

  it('names each risk by its label, and an unknown id as itself', () => {
    expect(riskLabels(kb, CaseFacts.parse({ risks: ['neglect', 'no-such-signal'] }))).toEqual([kb.riskSignals.find(s => s.id === 'neglect')!.label, 'no-such-signal']);
  });
});

describe('the one-line safeguarding reminder', () => {
  it('gives the county\'s open front door and 999, with its source', () => {
    const reminder = safeguardingReminder(kb, authority('nottinghamshire'), inHours);
    expect(reminder.text).toBe("If you are worried a child is at risk of harm now, contact the children's social care front door (Nottinghamshire County: Multi-Agency Safeguarding Hub (MASH) 0300 500 80 90); in an emergency call 999.");
    expect(reminder.citation).toEqual(kb.contact('nottinghamshire-mash')?.citation);
  });

  it('gives the county\'s out-of-hours team when the MASH is closed', () => {
    expect(safeguardingReminder(kb, authority('nottinghamshire'), lateEvening).text).toContain('(Nottinghamshire County: Emergency Duty Team (EDT) 0300 456 4546)');
  });

  it('with no area, gives all three front doors, each with its number now, and no source for one of them', () => {
    const reminder = safeguardingReminder(kb, undefined, inHours);
    for (const door of ['Multi-Agency Safeguarding Hub (MASH) 0300 500 80 90', 'Children and Families Direct 0115 876 4800, out of hours Emergency Duty Team (Nottingham City) 0115 876 1000', "First Contact Team (Derby Children's Social Care) 01332 641172"]) {
      expect(reminder.text).toContain(door);
    }
    expect(reminder.text).toMatch(/0300 500 80 90; Nottingham City: Children and Families Direct 0115 876 4800, out of hours Emergency Duty Team \(Nottingham City\) 0115 876 1000; Derby City: /);
    expect(reminder.citation).toBeUndefined();
  });

  // Pathway to Provision, D9: Derbyshire County Council safeguarding, 01629 533190, for a child who lives there.
  it('with a neighbouring authority, gives that authority\'s own safeguarding access point and none of ours', () => {
    const reminder = safeguardingReminder(kb, authority('derbyshire'), inHours);
    expect(reminder.text).toContain('01629 533190');
    for (const ours of ['0300 500 80 90', '0115 876 4800', '01332 641172']) expect(reminder.text).not.toContain(ours);
    expect(reminder.text).toContain('999');
  });

  it('adds Childline for a young person writing, and only then', () => {
    const young = CaseFacts.parse({ role: 'young-person' });
    expect(safeguardingReminder(kb, authority('derby'), inHours, young).text).toMatch(/call 999\. You can also talk to Childline: telephone 0800 1111, or online chat\.$/);
    expect(safeguardingReminder(kb, authority('derby'), inHours, CaseFacts.parse({})).text).not.toContain('Childline');
  });

  it('lists each front door as it stands now, one phrase an authority', () => {
    expect(frontDoorsNow(kb, [authority('derby'), authority('nottinghamshire')], lateEvening)).toEqual([
      expect.stringMatching(/^Derby City: .*Careline.* 01332 786968$/),
      'Nottinghamshire County: Emergency Duty Team (EDT) 0300 456 4546',
    ]);
  });
});

describe('each step of the route, in full', () => {
  it('999 is always urgent, with no contacts or details of its own, and says why it comes first', () => {
    const citation = kb.contact('derby-first-contact')?.citation;
    expect(emergencyStep(CaseFacts.parse({ immediateDanger: true }), citation)).toEqual({
      action: 'Call 999 now: a child may be in immediate danger.', why: 'What you describe suggests a child could be in danger right now.', citation, contacts: [], details: [], urgent: true,
    });
    expect(emergencyStep(CaseFacts.parse({}), undefined)).toEqual({
      action: 'If a child is in immediate danger, call the police on 999.', why: 'This comes first whenever there is a risk of harm.', citation: undefined, contacts: [], details: [], urgent: true,
    });
  });

  it('the front door is urgent, names every harm described, and gives the first four steps of the authority\'s referral process', () => {
    const step = route({ area: AREAS.county, risks: ['neglect', 'physical-abuse'] }).steps[1]!;
    expect(step.urgent).toBe(true);
    expect(step.why).toBe(`You described neglect, a child hurt or injured by someone: a concern about significant harm goes to Nottinghamshire County's front door for children's social care.`);
    // The county's MASH referral process prints ten steps; the route keeps the first four.
    expect(step.details).toEqual(kb.process('notts-mash-referral')!.steps.slice(0, 4));
    expect(step.details).toHaveLength(4);
  });

  it('asked as a safeguarding question with no harm described, says whose front door it is', () => {
    expect(route({ area: AREAS.derby }).steps[1]?.why).toBe("First Contact Team (Derby Children's Social Care) is Derby City's front door for children's social care.");
  });

  it('in hours, asked about out of hours too: the open MASH in the sentence and the EDT beside it, not both in the sentence', () => {
    const step = route({ area: AREAS.county, risks: ['neglect'] }, inHours, { outOfHours: true }).steps[1]!;
    expect(step.action).toBe('Contact Multi-Agency Safeguarding Hub (MASH) on 0300 500 80 90 (open now until 5.00pm today).');
    expect(step.contacts.map(c => c.contact.id)).toEqual(['nottinghamshire-mash', 'nottinghamshire-edt']);
  });

  it('the City\'s door carries its Emergency Duty Team once, as its alternative', () => {
    const step = route({ area: AREAS.city, risks: ['neglect'] }).steps[1]!;
    expect(step.contacts.map(c => c.contact.id)).toEqual(['nottingham-city-children-and-families-direct']);
    expect(step.contacts[0]?.alternative?.contact.id).toBe('nottingham-city-edt');
  });

  it('late in the evening Derby\'s Careline leads, with the closed First Contact Team after it', () => {
    const step = route({ area: AREAS.derby, risks: ['neglect'] }, lateEvening).steps[1]!;
    expect(step.contacts.map(c => c.contact.id)).toEqual(['derby-careline', 'derby-first-contact']);
  });

  it('a specialist step gives the service\'s referral contacts with their printed numbers, its first two ways to refer and what the source leaves out', () => {
    // "Contact: Laura.martin@derby.gov.uk or 07812 300560"; "Safe and Sound ... Contact: 01332 362120".
    const steps = specialistSteps(kb, authority('derby'), CaseFacts.parse({ ageYears: 12, risks: ['sexual-abuse'] }), inHours);
    expect(steps.map(s => s.action)).toEqual(['Also: Domestic and Sexual Violence Team (Derby).', 'Also: Safe and Sound.']);
    expect(steps.map(s => s.contacts.flatMap(c => c.contact.phones.map(p => p.number)))).toEqual([['07812 300560'], ['01332 362120']]);
    expect(steps[0]).toMatchObject({
      why: kb.service('derby-domestic-sexual-violence-team')!.summary,
      details: ['Contact Laura.martin@derby.gov.uk or 07812 300560.', 'No ages are printed for the Domestic and Sexual Violence Team.'],
    });
    const crisis = riskRouteSteps(kb, authority('nottinghamshire'), CaseFacts.parse({ ageYears: 15, risks: ['self-harm'] }), inHours);
    const service = kb.service('notts-camhs-crisis')!;
    expect(crisis).toHaveLength(1);
    expect(crisis[0]!.details).toEqual([...service.referral.how.slice(0, 2), ...service.gaps]);
    expect(crisis[0]!.contacts.flatMap(c => c.contact.phones.map(p => p.number))).toEqual(['0115 854 2299', '0115 8440560', '0808 1963779']);
  });

  it('finds specialists for the needs the case names as well as for the harm', () => {
    // Neglect named as a need, asked as a safeguarding question with no signal read: Derby's MAT workers.
    expect(specialistSteps(kb, authority('derby'), CaseFacts.parse({ ageYears: 5, concerns: ['neglect'] }), inHours).map(s => s.action))
      .toEqual(['Also: Parenting Assessment Workers (Derby MAT).', "Also: Children's Practitioners (Derby MAT)."]);
  });

  it('does not offer a service named earlier as a specialist when it meets none of the risk\'s needs, nor one of no authority', () => {
    const facts = CaseFacts.parse({ ageYears: 12, risks: ['neglect'], namedServices: ['notts-youth-service', 'step2-under-5s', 'childline'] });
    expect(specialistSteps(kb, authority('nottinghamshire'), facts, inHours)).toEqual([]);
  });

  it('does not offer a specialist service the child is ruled out of, nor one that is only a way into the front door', () => {
    // City: Children's Social Care and Children and Families Direct's own services lead for physical abuse; the CAF
    // early help route is referred only through Children and Families Direct, the front door already given.
    const city = specialistSteps(kb, authority('nottingham-city'), CaseFacts.parse({ ageYears: 9, risks: ['physical-abuse'], concerns: ['neglect'] }), inHours);
    expect(city.map(s => s.action)).not.toContain('Also: Early Help Assessment (CAF) (Nottingham City).');
    expect(city.length).toBeLessThanOrEqual(2);
  });

  it('does not offer a specialist service the child is too young for: the county\'s 16 and 17 year olds\' homelessness team', () => {
    // "16/17 year olds who are homeless" go to Children's Social Care; a homeless nine year old's family to the district council.
    const nine = specialistSteps(kb, authority('nottinghamshire'), CaseFacts.parse({ ageYears: 9, risks: ['homeless-child'] }), inHours);
    expect(nine.map(s => s.action)).toEqual(['Also: District and borough council homeless and housing advice.', 'Also: Early Help Unit.']);
  });

  it('does not repeat the front door as a specialist: the City\'s early help (CAF) is referred only through Children and Families Direct', () => {
    const steps = specialistSteps(kb, authority('nottingham-city'), CaseFacts.parse({ ageYears: 15, risks: ['homeless-child'] }), inHours);
    expect(steps.map(s => s.action)).toEqual(['Also: Children and Families Direct (Nottingham City).']);
  });

  it('offers only the authority\'s own specialists, not Step2, whose document names no area', () => {
    const facts = CaseFacts.parse({ ageYears: 3, risks: ['emotional-abuse'], concerns: ['attachment', 'anxiety', 'behaviour'] });
    const steps = specialistSteps(kb, authority('derby'), facts, inHours);
    expect(steps.map(s => s.action)).not.toContain("Also: Step2 Under 5's Offer.");
    expect(steps).toHaveLength(2);
  });

  it('gives a route\'s service once when two harms route to it, and not to a child older than it takes', () => {
    // Self-harm and suicidal thoughts both go to the county's CAMHS crisis team ("up to the age of 18 years old").
    const both = riskRouteSteps(kb, authority('nottinghamshire'), CaseFacts.parse({ ageYears: 15, risks: ['self-harm', 'suicide'] }), inHours);
    expect(both.map(s => s.action)).toEqual(['Also: CAMHS Crisis and Home Treatment Team.']);
    expect(riskRouteSteps(kb, authority('nottinghamshire'), CaseFacts.parse({ ageYears: 19, risks: ['self-harm'] }), inHours)).toEqual([]);
  });

  it('the sources\' advice and processes, in full: FGM in the county', () => {
    const steps = riskRouteSteps(kb, authority('nottinghamshire'), CaseFacts.parse({ ageYears: 9, risks: ['fgm'] }), inHours);
    const fgm = kb.process('notts-fgm')!;
    expect(steps[0]).toEqual({
      action: `${fgm.title}: ${fgm.summary}`, why: 'The guidance sets out this process for what you describe.', citation: fgm.citation,
      contacts: expect.any(Array), details: fgm.steps.slice(0, 4),
    });
    expect(steps[0]!.contacts.map(c => c.contact.id)).toEqual(['nottinghamshire-mash', 'nottinghamshire-edt']);
    expect(steps[1]).toEqual({ action: 'FGM must also be reported directly to the police.', why: 'The guidance says so for female genital mutilation (FGM).', citation: expect.anything(), contacts: [], details: [], urgent: true });
  });

  it('a risk id the lexicon does not know leaves the route standing', () => {
    const r = route({ area: AREAS.county, risks: ['no-such-signal'] });
    expect(r.steps.map(s => s.action).slice(0, 2)).toEqual(['If a child is in immediate danger, call the police on 999.', expect.stringMatching(/^Contact Multi-Agency Safeguarding Hub/)]);
  });

  it('Childline\'s step in full: urgent, its number, nothing else', () => {
    const [step] = childlineStep(kb, CaseFacts.parse({ role: 'young-person' }), inHours);
    expect(step).toMatchObject({ why: 'For children and young people, Childline offers a range of advice by telephone or through online chat.', details: [], urgent: true, citation: kb.contact('childline')?.citation });
    expect(step?.contacts.map(c => c.contact.phones[0]?.number)).toEqual(['0800 1111']);
  });

  it('the reminder for an adult names no Childline, word for word', () => {
    expect(safeguardingReminder(kb, authority('derby'), inHours, CaseFacts.parse({ role: 'parent' })).text)
      .toBe("If you are worried a child is at risk of harm now, contact the children's social care front door (Derby City: First Contact Team (Derby Children's Social Care) 01332 641172); in an emergency call 999.");
  });
});

// Knowledge a content editor could write but the printed sources do not yet need: a front door with no
// number or no process, an authority with no front door, a risk route that names contacts.
describe('knowledge the schema allows beyond today\'s sources', () => {
  const edited = (changes: { contacts?: Record<string, object>; authorities?: Record<string, object>; routes?: Record<string, object[]>; concernRoutes?: Record<string, object[]> }): KnowledgeBase => {
    const contact = (id: string) => { const c = kb.contact(id); return c && changes.contacts?.[id] ? { ...c, ...changes.contacts[id] } : c; };
    const concern = (id: string) => { const c = kb.concern(id); return c && changes.concernRoutes?.[id] ? { ...c, safeguardingRoutes: changes.concernRoutes[id] } : c; };
    return {
      ...kb,
      contact: contact as KnowledgeBase['contact'],
      concern: concern as KnowledgeBase['concern'],
      authorities: kb.authorities.map(a => (changes.authorities?.[a.id] ? { ...a, ...changes.authorities[a.id] } : a)) as KnowledgeBase['authorities'],
      riskSignals: kb.riskSignals.map(r => (changes.routes?.[r.id] ? { ...r, routes: changes.routes[r.id] } : r)) as KnowledgeBase['riskSignals'],
    };
  };
  const facts = CaseFacts.parse({ ageYears: 9, risks: ['neglect'] });

  it('an authority with no front door gets no front door step, and is left out of "every front door"', () => {
    const noDoor = { ...authority('derby'), frontDoor: undefined };
    expect(frontDoorStep(kb, noDoor, facts, inHours, safeguarding)).toBeUndefined();
    const withoutDerby = edited({ authorities: { derby: { frontDoor: undefined } } });
    expect(allFrontDoorSteps(withoutDerby, facts, inHours, safeguarding)).toHaveLength(2);
    expect(frontDoorsNow(withoutDerby, withoutDerby.authorities.filter(a => a.kind === 'home'), inHours)).toEqual([
      'Nottinghamshire County: Multi-Agency Safeguarding Hub (MASH) 0300 500 80 90',
      'Nottingham City: Children and Families Direct 0115 876 4800, out of hours Emergency Duty Team (Nottingham City) 0115 876 1000',
    ]);
  });

  it('an authority with no referral process printed: the front door step has no details', () => {
    expect(frontDoorStep(kb, { ...authority('derby'), safeguardingProcess: undefined }, facts, inHours, safeguarding)?.details).toEqual([]);
  });

  it('a front door or out-of-hours team printed without a number: "the number below", never an empty number', () => {
    const noNumbers = edited({ contacts: {
      'nottingham-city-children-and-families-direct': { phones: [] }, 'nottingham-city-edt': { phones: [] },
      'derby-first-contact': { phones: [] }, 'derby-careline': { phones: [] }, 'nottinghamshire-mash': { phones: [] }, childline: { phones: [] },
    } });
    expect(frontDoorStep(noNumbers, authority('nottingham-city'), facts, inHours, safeguarding)?.action)
      .toBe('Contact Children and Families Direct on the number below; out of hours, Emergency Duty Team (Nottingham City) on the number below.');
    expect(frontDoorStep(noNumbers, authority('derby'), facts, lateEvening, safeguarding)?.action).toMatch(/is closed now, so contact .*Careline.* on the number below\.$/);
    expect(frontDoorStep(noNumbers, authority('nottinghamshire'), facts, inHours, safeguarding)?.action).toBe('Contact Multi-Agency Safeguarding Hub (MASH) on the number below (open now until 5.00pm today).');
    expect(frontDoorsNow(noNumbers, [authority('nottingham-city')], inHours)).toEqual(['Nottingham City: Children and Families Direct , out of hours Emergency Duty Team (Nottingham City) ']);
    expect(childlineStep(noNumbers, CaseFacts.parse({ role: 'young-person' }), inHours)[0]?.action).toBe('You can talk to Childline: telephone , or online chat.');
    expect(safeguardingReminder(noNumbers, authority('derby'), inHours, CaseFacts.parse({ role: 'young-person' })).text).toMatch(/You can also talk to Childline: telephone , or online chat\.$/);
  });

  it('a City front door with no out-of-hours team named: no "out of hours" in the line', () => {
    const noEdt = edited({ contacts: { 'nottingham-city-children-and-families-direct': { outOfHours: undefined } } });
    expect(frontDoorsNow(noEdt, [authority('nottingham-city')], inHours)).toEqual(['Nottingham City: Children and Families Direct 0115 876 4800']);
  });

  it('a route that names contacts gives them as one step, each contact once, for the harm it is for', () => {
    const routes = edited({ routes: { neglect: [
      { processes: [], services: [], contacts: ['nottinghamshire-healthy-family-teams', 'childline'] },
      { processes: [], services: [], contacts: ['childline'] },
    ] } });
    const steps = riskRouteSteps(routes, authority('nottinghamshire'), facts, inHours);
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ action: 'Also: Healthy Family Teams, Childline.', why: 'For neglect.', citation: kb.contact('nottinghamshire-healthy-family-teams')?.citation, details: [] });
    expect(steps[0]!.contacts.map(c => c.contact.id)).toEqual(['nottinghamshire-healthy-family-teams', 'childline']);
  });

  it('each piece of advice once, each process once with its first four steps, for the harm or the child\'s need it is for', () => {
    const routes = edited({
      routes: { neglect: [
        { advice: 'Keep a record of what you saw.', processes: ['notts-mash-referral', 'notts-consent'], services: [], contacts: [] },
        { advice: 'Tell your safeguarding lead.', processes: ['notts-mash-referral'], services: [], contacts: [] },
        { advice: 'Keep a record of what you saw.', processes: [], services: [], contacts: [] },
      ] },
      concernRoutes: { autism: [{ advice: 'Ask the family how the child communicates.', processes: [], services: [], contacts: [] }] },
    });
    const steps = riskRouteSteps(routes, authority('nottinghamshire'), CaseFacts.parse({ ageYears: 9, risks: ['neglect'], concerns: ['autism'] }), inHours);
    expect(steps.map(s => s.action)).toEqual([
      'Ask the family how the child communicates.',
      'Keep a record of what you saw.',
      expect.stringMatching(/^Raising a safeguarding concern with the MASH \(Nottinghamshire\): /),
      expect.stringMatching(/^Consent for early help and safeguarding referrals \(Nottinghamshire\): /),
      'Tell your safeguarding lead.',
    ]);
    expect(steps[0]?.why).toBe(`The guidance says so for a child with ${kb.concern('autism')!.label}.`);
    expect(steps[2]?.details).toEqual(kb.process('notts-mash-referral')!.steps.slice(0, 4));
  });

  it('a route contact the knowledge does not hold is named by its id', () => {
    const routes = edited({ routes: { neglect: [{ processes: [], services: [], contacts: ['a-new-helpline'] }] } });
    expect(riskRouteSteps(routes, authority('nottinghamshire'), facts, inHours)[0]?.action).toBe('Also: a-new-helpline.');
  });
});

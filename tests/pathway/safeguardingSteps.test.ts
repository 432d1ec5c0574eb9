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
import { childlineStep, frontDoorsNow, riskLabels, safeguardingReminder } from '../../src/pathway/safeguarding.js';
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

  it.each([
    ['no area', undefined],
    ['a neighbouring authority the guide does not cover', 'derbyshire'],
  ])('with %s, gives all three front doors, each with its number now, and no source for one of them', (_why, id) => {
    const reminder = safeguardingReminder(kb, id ? authority(id) : undefined, inHours);
    for (const door of ['Multi-Agency Safeguarding Hub (MASH) 0300 500 80 90', 'Children and Families Direct 0115 876 4800, out of hours Emergency Duty Team (Nottingham City) 0115 876 1000', "First Contact Team (Derby Children's Social Care) 01332 641172"]) {
      expect(reminder.text).toContain(door);
    }
    if (!id) expect(reminder.citation).toBeUndefined();
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

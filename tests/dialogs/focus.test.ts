// The focus: what the last answer was about, so a follow-up about one of its attributes is answered
// with that attribute first, with its source; a new need or a new child starts afresh.
import { describe, expect, it } from 'vitest';
import { freshMemory, type CaseMemory } from '../../dialogs/caseMemory.js';
import { planTurn, type TurnPlan } from '../../dialogs/turnPlanner.js';
import { kb, understander } from '../understanding/understander.js';

// The understander the planner's other tests share: a mutation run then builds one, not two.
const deps = { kb, understander };
const now = new Date('2026-12-02T10:00:00Z');
const textOf = (plan: TurnPlan) => plan.replies.map(r => (r.kind === 'text' ? r.text : `ROUTE ${r.route.kind}`)).join('\n');

function after(...messages: string[]): CaseMemory {
  return messages.reduce((memory, m) => planTurn(deps, memory, m, now).memory, freshMemory());
}

describe('the focus of a conversation', () => {
  it.each([
    ['where do I refer a 7-year-old with suspected ADHD in Rushcliffe?', { kind: 'service', id: 'small-steps-workshops' }],
    ['MASH number for the county?', { kind: 'contact', id: 'nottinghamshire-mash' }],
    ['what level of need is persistent poor school attendance in nottingham city?', { kind: 'level' }],
  ])('after "%s" is what that answer was about', (message, focus) => {
    expect(after(message).focus).toMatchObject(focus);
  });

  it.each([
    // [what was answered, the follow-up, what the answer starts with, what it must say]
    ['where do I refer a 7-year-old with suspected ADHD in Rushcliffe?', 'how long does it go on for?', 'Small Steps Workshops:', /over 4 weeks/],
    ['where do I refer a 7-year-old with suspected ADHD in Rushcliffe?', 'do the parents have to agree to it?', 'Small Steps Workshops:', /consent is needed/],
    ['where do I refer a 7-year-old with suspected ADHD in Rushcliffe?', 'which form do I fill in?', 'Small Steps Workshops:', /Getting to Know Me/],
    ['where do I refer a 7-year-old with suspected ADHD in Rushcliffe?', 'up to what age do they take children?', 'Small Steps Workshops:', /0-18/],
    ['MASH number for the county?', "what's their email?", 'Multi-Agency Safeguarding Hub', /mash\.safeguarding@nottscc\.gov\.uk/],
    ['MASH number for the county?', 'what time do they close on a friday?', 'Multi-Agency Safeguarding Hub', /4\.30pm/],
    ['MASH number for the county?', 'does that cover Derby as well?', 'No:', /Derby/],
  ])('after "%s", "%s" is answered first, with its source', (first, followUp, starts, says) => {
    const plan = planTurn(deps, after(first), followUp, now);
    expect(plan.replies).toHaveLength(1);
    expect(textOf(plan)).toMatch(new RegExp(`^${starts.replace(/[()]/g, '\\$&')}`));
    expect(textOf(plan)).toMatch(says);
    expect(textOf(plan)).toMatch(/\nSource: /);
  });

  // Derby early help handbook, 4 and 5: "TAF review meetings must be held ... no longer than 12 weeks between
  // reviews"; a first TAF meeting within 6 weeks of allocation; the MASH informs the practitioner in writing
  // of the outcome "within 5 working days" (Pathway to Provision, C2).
  it.each([
    ['Derby early help: how often do TAF reviews have to happen, and how long can a case stay open?', [/12 weeks/]],
    ["New MAT worker in Derby. After I'm allocated a case, how soon does the first TAF meeting have to happen, and how often are reviews?", [/6 weeks/, /12 weeks/]],
    ["I've put a non-urgent referral into the Notts MASH online - when will I hear the outcome?", [/5 working days/]],
  ])('answers each part of "%s" from the printed line that part asks about', (message, says) => {
    const text = textOf(planTurn(deps, freshMemory(), message, now));
    for (const line of says) expect(text).toMatch(line);
  });

  it('keeps the case\'s own area when asked whether the focus covers another', () => {
    const memory = after('where do I refer a 7-year-old with suspected ADHD in Rushcliffe?');
    const plan = planTurn(deps, memory, 'does it cover Worksop too?', now);
    expect(textOf(plan)).toMatch(/^No: Worksop \(Bassetlaw\) is outside/);
    expect(plan.memory.facts.area?.asTyped).toBe(memory.facts.area?.asTyped);
  });

  it('starts afresh for a new child, and answers the new case rather than the old focus', () => {
    const plan = planTurn(deps, after('where do I refer a 7-year-old with suspected ADHD in Rushcliffe?'), 'another one: a 15 year old in Mansfield self-harming, how long is the wait?', now);
    expect(textOf(plan)).not.toMatch(/^Small Steps Workshops:/);
    expect(plan.memory.focus).not.toEqual({ kind: 'service', id: 'small-steps-workshops' });
  });

  it('answers a new question that names another service in full, not as an attribute of the old focus', () => {
    const plan = planTurn(deps, after('MASH number for the county?'), 'what is the email for the Small Steps team?', now);
    expect(textOf(plan)).not.toMatch(/^Multi-Agency Safeguarding Hub/);
  });
});

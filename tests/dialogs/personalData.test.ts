// Safety rule 4: identifying details typed in are warned about once and never kept in conversation state.
import { describe, expect, it } from 'vitest';
import { freshMemory } from '../../dialogs/caseMemory.js';
import { planTurn } from '../../dialogs/turnPlanner.js';
import { loadKnowledgeBase } from '../../src/knowledge/loader.js';
import { createUnderstander } from '../../src/understanding/understander.js';

const kb = loadKnowledgeBase();
const deps = { kb, understander: createUnderstander(kb) };
const now = new Date('2026-12-02T10:00:00Z');

describe('personal data typed into the chat', () => {
  const message = 'Is Ellie-Mae Turner, born 21.06.2011, NHS no. 943 476 5919, known to Derby social care? She is 15 and drinking heavily.';
  const plan = planTurn(deps, freshMemory(), message, now);

  it('is warned about', () => {
    expect(plan.replies[0]).toMatchObject({ kind: 'text', text: expect.stringMatching(/personal details/) });
  });

  it('is not kept in the conversation state', () => {
    const state = JSON.stringify(plan.memory);
    for (const detail of ['943 476 5919', '21.06.2011', 'Turner']) expect(state).not.toContain(detail);
  });

  it('is warned about only once per conversation', () => {
    const next = planTurn(deps, plan.memory, 'her NHS number is 943 476 5919', now);
    expect(next.replies.some(r => r.kind === 'text' && /personal details/.test(r.text))).toBe(false);
  });
});

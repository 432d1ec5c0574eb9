// "Why?" states the facts as the user gave them: a fact the bot only inferred is said to be assumed.
import { describe, expect, it } from 'vitest';
import { CaseFacts } from '../../src/pathway/caseFacts.js';
import { describeFacts } from '../../src/pathway/explain.js';
import { kb } from '../support/knowledge.js';

const facts = (f: Record<string, unknown>) => CaseFacts.parse(f);

describe('the facts "why?" went on', () => {
  it('never says consent was given: it is read from loose words, so it is said to be assumed', () => {
    const said = describeFacts(kb, facts({ ageYears: 8, consent: 'given' }));
    expect(said).not.toMatch(/consent given/);
    expect(said).toBe('age 8; consent assumed from your words, not confirmed (check it with the family)');
  });

  it('says a refusal, which rules services out', () => {
    expect(describeFacts(kb, facts({ consent: 'refused' }))).toBe('consent refused');
  });

  it('says nothing about consent when none was mentioned', () => {
    expect(describeFacts(kb, facts({ ageYears: 5 }))).toBe('age 5');
    expect(describeFacts(kb, facts({}))).toBe('nothing yet');
  });
});

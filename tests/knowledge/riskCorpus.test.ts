// The risk model's training data is knowledge an editor owns: it is checked like the rest, with errors
// that name the file, the line and the field, and it holds what the model needs to learn from.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeError } from '../../src/knowledge/loader.js';
import { loadRiskCorpus } from '../../src/knowledge/riskCorpus.js';
import { kb } from '../support/knowledge.js';

const signals = new Set(kb.riskSignals.map(s => s.id));
const corpus = loadRiskCorpus(undefined, signals);

function problemsIn(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'risk-corpus-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  try { loadRiskCorpus(dir, signals); return ''; } catch (e) { expect(e).toBeInstanceOf(KnowledgeError); return (e as Error).message; }
}

const examples = (n: number, voice = 'parent') => Array.from({ length: n }, (_, i) => `  - {voice: ${voice}, text: "message number ${i}"}`).join('\n');

describe('the risk corpus', () => {
  it('has at least 2,000 messages describing harm and 1,000 hard negatives, as the model needs', () => {
    expect(corpus.filter(e => e.label !== 'none' && e.label !== 'past').length).toBeGreaterThanOrEqual(2000);
    expect(corpus.filter(e => e.label === 'none' || e.label === 'past').length).toBeGreaterThanOrEqual(1000);
  });

  it('has children, parents and professionals writing about every kind of harm it covers', () => {
    const harmLabels = new Set(corpus.filter(e => e.label !== 'none' && e.label !== 'past').map(e => e.label));
    for (const label of harmLabels) {
      const voices = new Set(corpus.filter(e => e.label === label).map(e => e.voice));
      expect([...voices].filter(v => v === 'child' || v === 'teen').length, label).toBeGreaterThan(0);
      expect(voices.has('professional'), label).toBe(true);
    }
  });

  it('names the file, line and field of a message with an unknown voice', () => {
    const message = problemsIn({ 'neglect.yaml': `category: neglect\nexamples:\n${examples(20)}\n  - {voice: robot, text: "beep"}\n` });
    expect(message).toMatch(/risk-corpus-\w+\/neglect\.yaml:23\s+examples\.20\.voice/);
  });

  it('refuses a category that is not a risk signal, naming the file', () => {
    expect(problemsIn({ 'sadness.yaml': `category: sadness\nexamples:\n${examples(20)}\n` })).toMatch(/sadness\.yaml.*"sadness" is not a risk signal id/);
  });

  it('asks for the kind of a hard negative, and for enough examples to learn from', () => {
    expect(problemsIn({ 'negatives.yaml': `category: none\nexamples:\n${examples(20)}\n` })).toMatch(/kind/);
    expect(problemsIn({ 'fgm.yaml': `category: fgm\nexamples:\n${examples(3)}\n` })).toMatch(/at least 20 examples/);
  });
});

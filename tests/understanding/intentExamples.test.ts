// knowledge/intents.yaml is edited by hand: a slip must stop start-up with the file and the field named,
// and the examples must be rich enough to generalise from.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIntentExamples } from '../../src/understanding/intentExamples.js';
import { INTENTS } from '../../src/understanding/understanding.js';

const fileWith = (text: string): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'intents-')), 'intents.yaml');
  writeFileSync(file, text);
  return file;
};

describe('the intent examples', () => {
  it('name the file and the intent when an intent is misspelt', () => {
    const file = fileWith('intents:\n  find-servce:\n    - where can I refer\n    - who can help\n    - any support\n');
    expect(() => loadIntentExamples(file)).toThrow(`${file}: intents: Unrecognized key: "find-servce"`);
    expect(() => loadIntentExamples(file)).toThrow(`${file}: intents.find-service: no examples`);
  });

  it('name the example at fault when one is empty', () => {
    const file = fileWith('intents:\n  thanks:\n    - thanks\n    - ""\n    - cheers\n');
    expect(() => loadIntentExamples(file)).toThrow(`${file}: intents.thanks.1: an empty example`);
  });

  it('name a blank example, too few examples, a file that is not a set of intents, and each slip on a line of its own', () => {
    const blank = fileWith('intents:\n  thanks:\n    - thanks\n    - "   "\n    - cheers\n');
    expect(() => loadIntentExamples(blank)).toThrow(`${blank}: intents.thanks.1: an empty example`);
    const few = fileWith('intents:\n  thanks:\n    - thanks\n    - cheers\n');
    expect(() => loadIntentExamples(few)).toThrow(`${few}: intents.thanks: at least three examples`);
    const list = fileWith('- thanks\n');
    expect(() => loadIntentExamples(list)).toThrow(`${list}: (file): `);
    const two = fileWith('intents:\n  thanks:\n    - ""\n    - ta\n    - cheers\n  greeting:\n    - hi\n');
    expect(() => loadIntentExamples(two)).toThrow(/intents\.thanks\.0: an empty example(\n|$)/);
    expect(() => loadIntentExamples(two)).toThrow(/\n[^\n]*intents\.yaml: intents\.greeting: at least three examples/);
  });

  it('give every intent examples: dozens for the main ones, at least fifteen for the rest', () => {
    const examples = loadIntentExamples();
    const social = ['greeting', 'help', 'start-over', 'cancel', 'thanks', 'out-of-scope'];
    for (const intent of INTENTS) {
      expect(examples[intent]?.length ?? 0, intent).toBeGreaterThanOrEqual(social.includes(intent) ? 15 : 40);
    }
  });
});

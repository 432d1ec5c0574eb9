// The cue files (intent-cues.yaml, circumstances.yaml, question-words.yaml) are edited by hand: a phrase
// must match as whole words exactly as written, a /regular expression/ as written, and a slip must name
// the file and the field.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readCircumstanceCues } from '../../src/understanding/circumstances.js';
import { alternatives, CueList, cuePattern, readCueFile } from '../../src/understanding/cues.js';
import { buildRules } from '../../src/understanding/intentRules.js';
import { readQuestionWords } from '../../src/understanding/questionWords.js';

const fileWith = (text: string): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'cues-')), 'cues.yaml');
  writeFileSync(file, text);
  return file;
};

describe('cue lists', () => {
  it('match a phrase as whole words, exactly as written', () => {
    const ring = cuePattern(['ring', "that's great", 'no.']);
    expect(ring.test('can i ring them')).toBe(true);
    expect(ring.test('bring it')).toBe(false);
    expect(ring.test("that's great")).toBe(true);
    expect(ring.test('thats great')).toBe(false);
    expect(cuePattern(['no.'], { end: '(?![a-z])' }).test('mash no. please')).toBe(true);
  });

  it('use a regular expression between slashes as written', () => {
    const open = cuePattern(['/\\bis the \\w+ open\\b/']);
    expect(open.test('is the mash open')).toBe(true);
    expect(open.test('is the open')).toBe(false);
  });

  it('join as one alternation for a pattern that places the boundaries', () => {
    expect(new RegExp(`^${alternatives(['hi', 'hey there'])}$`).test('hey there')).toBe(true);
  });

  it('name the file and the field of a slip', () => {
    const file = fileWith('greeting: [hi, "/(unclosed/"]\nthanks: []\n');
    expect(() => readCueFile(file, z.object({ greeting: CueList, thanks: CueList }).strict()))
      .toThrow(/cues\.yaml: greeting\.1: not a valid regular expression[\s\S]*cues\.yaml: thanks: an empty list/);
  });

  it('match a phrase only as a whole word at its end too', () => {
    expect(cuePattern(['ring']).test('ringing')).toBe(false);
  });

  it('name a blank phrase, a file that is not a set of lists, and each slip on a line of its own', () => {
    const schema = z.object({ greeting: CueList, thanks: CueList }).strict();
    expect(() => readCueFile(fileWith('greeting: ["  "]\nthanks: [ta]\n'), schema)).toThrow(/cues\.yaml: greeting\.0: an empty cue/);
    expect(() => readCueFile(fileWith('- hi\n- ta\n'), schema)).toThrow(/cues\.yaml: \(file\): /);
    expect(() => readCueFile(fileWith('greeting: ["/(unclosed/"]\nthanks: []\n'), schema)).toThrow(/not a valid regular expression\n[^\n]*cues\.yaml: thanks: /);
  });

  it('in knowledge/ are all valid', () => {
    expect(() => [buildRules(), readCircumstanceCues(), readQuestionWords()]).not.toThrow();
  });
});

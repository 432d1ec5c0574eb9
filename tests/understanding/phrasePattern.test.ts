// phrasePattern's pattern rules a message out by a substring search before its regular expression runs
// (src/understanding/text.ts): whatever the phrase and the message, it finds exactly what the plain
// regular expression finds, through every way the readers use it (test, exec in a loop, matchAll,
// match, replace), and leaves lastIndex as the plain one does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phrasePattern } from '../../src/understanding/text.js';

/** Few letters, spaces, hyphens and apostrophes, so phrases and messages often meet. */
const piece = fc.constantFrom('a', 'b', 'ab', "a'b", 'ba', ' ', '-', "'", 'c', '.', 'abc');
const phrase = fc.array(piece, { minLength: 1, maxLength: 6 }).map(p => p.join(''));
const message = fc.array(piece, { maxLength: 20 }).map(p => p.join(''));

function readings(pattern: RegExp, text: string) {
  pattern.lastIndex = 0;
  const tested = pattern.test(text);
  const afterTest = pattern.lastIndex;
  pattern.lastIndex = 0;
  const looped: [number, string][] = [];
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) { looped.push([m.index, m[0]]); if (!m[0].length) pattern.lastIndex++; }
  return { tested, afterTest, looped, all: [...text.matchAll(pattern)].map(m => [m.index, m[0]]), matched: text.match(pattern), replaced: text.replace(pattern, '#') };
}

describe('phrasePattern', () => {
  it('matches exactly as the plain regular expression does', () => {
    fc.assert(fc.property(phrase, message, (p, text) => {
      const pattern = phrasePattern(p);
      expect(readings(pattern, text)).toEqual(readings(new RegExp(pattern.source, pattern.flags), text));
    }), { numRuns: 5000 });
  });

  it('still finds phrases with an apostrophe dropped or a hyphen for a space', () => {
    expect(phrasePattern("children's centre").test('the childrens-centre in arnold')).toBe(true);
    expect(phrasePattern('how long').test('how long does it run?')).toBe(true);
    expect(phrasePattern('how long').test('long, how?')).toBe(false);
  });
});

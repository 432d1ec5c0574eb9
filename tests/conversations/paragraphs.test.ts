// Web Chat and Teams read a text reply as Markdown, where a single line break does not end a paragraph:
// lines sent with only "\n" between them run together into one. Every text reply keeps a blank line
// between its paragraphs; only the items of one list sit on consecutive lines.
import { describe, expect, it } from 'vitest';
import { turnErrorMessage } from '../../src/bot/turnErrors.js';
import { asParagraphs } from '../../src/render/lines.js';
import { HELP } from '../../src/render/messages.js';
import { startTestBot } from '../support/conversation.js';
import { kb } from '../support/knowledge.js';

const LIST_ITEM = /^(?:[-*•]|\d+\.)\s/;

/** Lines that Markdown would run together: a single line break where one of the two lines is not a list item. */
function runTogether(text: string): string[] {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 1; i < lines.length; i++) {
    const [before, after] = [lines[i - 1]!, lines[i]!];
    if (before && after && !(LIST_ITEM.test(before) && LIST_ITEM.test(after))) out.push(`${before} ⏎ ${after}`);
  }
  return out;
}

describe('paragraphs in text replies', () => {
  it('asParagraphs puts a blank line between paragraphs and keeps a list together', () => {
    expect(asParagraphs('What I went on: age 8.\nAuthority: Nottinghamshire.\nSource: X.')).toBe('What I went on: age 8.\n\nAuthority: Nottinghamshire.\n\nSource: X.');
    expect(asParagraphs('Steps:\n1. One\n2. Two\nAfter.')).toBe('Steps:\n\n1. One\n2. Two\n\nAfter.');
    expect(asParagraphs('A\n\n\nB')).toBe('A\n\nB');
    expect(asParagraphs('Heading\n  indented line')).toBe('Heading\n\nindented line');
  });

  it('the apology after a failed turn and the help text are paragraphs, the front doors one list', () => {
    const { cleared, storeDown } = turnErrorMessage(kb);
    for (const text of [cleared, storeDown, HELP]) expect(runTogether(text)).toEqual([]);
    expect(cleared).toMatch(/lives:\n\n- .+\n- .+\n- .+/);
  });

  it.each([
    ['emulator', ['8 year old in Arnold with diagnosed ADHD, parents want a parenting course', 'why?', 'how long does it run?', 'why not cygnet?', 'what if she were 12?', 'help']],
    ['directline-x', ['mash number notts', 'children and families direct number', 'where can I refer a 7 year old with suspected ADHD in Rushcliffe?', 'why?']],
    ['msteams', ['phone number', 'Derby', 'help', 'my mum hits me', 'thanks']],
  ] as const)('on %s, no two lines run together', async (channelId, messages) => {
    const bot = startTestBot({ channelId });
    const problems: string[] = [];
    let texts = 0;
    for (const message of messages) {
      for (const reply of await bot.send({ type: 'message', text: message })) {
        if (reply.type !== 'message' || !reply.text) continue;
        texts++;
        problems.push(...runTogether(reply.text).map(p => `${message}: ${p}`));
      }
    }
    expect(texts).toBeGreaterThan(3);
    expect(problems).toEqual([]);
  }, 90_000);
});

// What a conversation keeps between turns is facts, never a message. The planner holds the last
// question's words (to re-rank services for "why?" and "what if?"); before state is saved they are cut
// down to the distinct words, letters only, with a ceiling: enough to rank by, nothing to reconstruct
// a message, a number or a date from, and a 245 KB message costs the store a few hundred bytes.
// Identifying details are redacted first, so no name survives as a word either.
import { redactPersonalData } from '../../understanding/personalData.js';

export const MAX_KEPT_WORDS = 40;
const MAX_WORD_LENGTH = 24;

/** The distinct words of a question, letters only, at most MAX_KEPT_WORDS of them. */
export function questionWords(text: string): string {
  const words = new Set<string>();
  for (const word of text.toLowerCase().match(/[a-z]+(?:['’][a-z]+)?/g) ?? []) {
    if (word.length > MAX_WORD_LENGTH) continue;
    words.add(word);
    if (words.size >= MAX_KEPT_WORDS) break;
  }
  return [...words].join(' ');
}

interface WithQuestion { lastQuestion?: { text?: unknown } }

/** The case memory as it may be kept: the same facts, the question reduced to its words. */
export function keptCaseMemory<T>(memory: T): T {
  const question = (memory as WithQuestion | undefined)?.lastQuestion;
  if (!question || typeof question.text !== 'string') return memory;
  return { ...memory, lastQuestion: { ...question, text: questionWords(redactPersonalData(question.text)) } };
}

// What a message asks, as against what it tells: a question at all, a worry voiced, a request for the
// signs of a level, and which of its words are about the question rather than the family. The words are
// data (knowledge/question-words.yaml); this only matches them.
import { join } from 'node:path';
import { z } from 'zod';
import { defaultKnowledgeDir } from '../knowledge/loader.js';
import { alternatives, CueList, cuePattern, readCueFile } from './cues.js';
import { contentTerms } from './relevance.js';

const QuestionWordsFile = z.object({
  questionOpeners: CueList, worry: CueList, asksForIndicators: CueList, aboutTheQuestion: CueList, saysNothingYet: CueList,
}).strict();

export interface QuestionWords {
  /** A message that asks rather than tells; over the normalised message. */
  asks: RegExp;
  /** A worry voiced about the child; over the message as typed, in any case. */
  worry: RegExp;
  /** Asks for signs or indicators; over the message as typed, in any case. */
  asksForIndicators: RegExp;
  /** Index terms about the question, not the family, as the indicator index stems them. */
  aboutTheQuestion: ReadonlySet<string>;
  /** The words that open a question ("what", "which", "does"), as typed: they say nothing about what is asked. */
  openers: ReadonlySet<string>;
  /** Whether a message only says that someone wants to ask about a child ("need advice about a kid"), not what about. */
  saysNothingYet(text: string): boolean;
}

export function readQuestionWords(file = join(defaultKnowledgeDir(), 'question-words.yaml')): QuestionWords {
  const words = readCueFile(file, QuestionWordsFile);
  const nothingYet = new Set(words.saysNothingYet.flatMap(w => contentTerms(w)));
  return {
    asks: new RegExp(`\\?|^\\s*${alternatives(words.questionOpeners)}\\b`),
    worry: cuePattern(words.worry, { flags: 'i' }),
    asksForIndicators: cuePattern(words.asksForIndicators, { flags: 'i' }),
    aboutTheQuestion: new Set(words.aboutTheQuestion.flatMap(w => contentTerms(w))),
    openers: new Set(words.questionOpeners.filter(w => !w.startsWith('/'))),
    // A message of small words alone ("refer", "help me") is a command or a plea, read by the rest; one of these words must be in it.
    saysNothingYet: text => { const terms = contentTerms(text); return terms.length > 0 && terms.every(term => nothingYet.has(term)); },
  };
}

let shared: QuestionWords | undefined;
/** The words over the default knowledge folder, read once. */
export const defaultQuestionWords = (): QuestionWords => (shared ??= readQuestionWords());

// Whom a message is about: children in general ("can young people refer themselves?"), one particular
// child ("my son", "she", "this pupil"), or the guidance itself ("for a training quiz: which level is..."). The words are data (knowledge/framing.yaml); this only matches them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { defaultKnowledgeDir } from '../knowledge/loader.js';
import { cuePattern } from './cues.js';
import { normalise, phrasePattern } from './text.js';

const FramingWords = z.object({
  childrenInGeneral: z.array(z.string().trim().min(1)).min(1),
  particularChild: z.array(z.string().trim().min(1)).min(1),
  aboutTheGuidance: z.array(z.string().trim().min(1)).min(1),
  theWriter: z.array(z.string().trim().min(1)).min(1),
  unsureOfArea: z.array(z.string().trim().min(1)).min(1),
  levelsThemselves: z.array(z.string().trim().min(1)).min(1),
}).strict();

export interface FramingReader {
  /** The message speaks of children in general and of no particular child. */
  aboutChildrenInGeneral(text: string): boolean;
  /**
   * The message asks about the guidance itself (training, a quiz, which level an indicator is), of no
   * particular child. With `writerApart`, the writer's "I'm" is not a child ("I'm writing a training slide").
   */
  aboutTheGuidance(text: string, writerApart?: boolean): boolean;
  /** The message speaks of one particular child ("my son", "she", "this pupil", "a 7 year old"). */
  speaksOfAParticularChild(text: string): boolean;
  /** The writer says they do not know which authority the child lives in ("not sure if city or county"). */
  unsureOfArea(text: string): boolean;
  /** Asks for the levels of need themselves ("what are the four levels?", "I'm training staff: which levels..."). */
  asksForTheLevels(text: string): boolean;
  /** The phrases that say a message is about the guidance ("training", "define"), as written. */
  guidancePhrases: readonly string[];
}

export function createFramingReader(file = join(defaultKnowledgeDir(), 'framing.yaml')): FramingReader {
  const parsed = FramingWords.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(parsed.error.issues.map(i => `${file}: ${i.path.join('.')}: ${i.message}`).join('\n'));
  const general = parsed.data.childrenInGeneral.map(phrasePattern);
  const particular = parsed.data.particularChild.map(phrasePattern);
  const guidance = parsed.data.aboutTheGuidance.map(phrasePattern);
  const writer = parsed.data.theWriter.map(phrasePattern);
  const unsure = [cuePattern(parsed.data.unsureOfArea)];
  const levels = parsed.data.levelsThemselves.map(phrasePattern);
  const found = (patterns: RegExp[], message: string) => patterns.some(p => { p.lastIndex = 0; return p.test(message); });
  return {
    aboutChildrenInGeneral(text) {
      const message = normalise(text);
      return found(general, message) && !found(particular, message) && !found(writer, message);
    },
    aboutTheGuidance(text, writerApart = false) {
      const message = normalise(text);
      return found(guidance, message) && !found(particular, message) && (writerApart || !found(writer, message));
    },
    speaksOfAParticularChild: text => found(particular, normalise(text)),
    unsureOfArea: text => found(unsure, normalise(text)),
    asksForTheLevels: text => found(levels, normalise(text)),
    guidancePhrases: parsed.data.aboutTheGuidance,
  };
}

let shared: FramingReader | undefined;
/** The reader over the default knowledge folder, read once. */
export const defaultFramingReader = (): FramingReader => (shared ??= createFramingReader());

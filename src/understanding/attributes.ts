// Which attribute of a service, contact, process or level a message asks about ("how long does it
// run?", "what's their email?", "does that cover the county?"), and whether it points back to what
// was just answered ("that", "it", "their"). The words are data (knowledge/attributes.yaml); this only
// matches them. The planner decides what "it" is: the conversation's focus.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { defaultKnowledgeDir } from '../knowledge/loader.js';
import { normalise, phrasePattern } from './text.js';

import { ATTRIBUTES, type Attribute } from '../pathway/focus.js';

const AttributeWords = z.object({
  attributes: z.record(z.enum(ATTRIBUTES), z.array(z.string().trim().min(1)).min(1)),
  references: z.array(z.string().trim().min(1)).min(1),
}).strict();

export interface AttributeQuestion {
  attribute: Attribute;
  /** The words that named it, as matched. */
  evidence: string;
  /** How sure: the share of the message the attribute's words cover, 0..1. */
  confidence: number;
  /** The message points back ("that", "it", "their"): it is about what was just answered. */
  refersBack: boolean;
}

export interface AttributeRecogniser { recognise(text: string): AttributeQuestion | undefined }

export function createAttributeRecogniser(file = join(defaultKnowledgeDir(), 'attributes.yaml')): AttributeRecogniser {
  const parsed = AttributeWords.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(parsed.error.issues.map(i => `${file}: ${i.path.join('.')}: ${i.message}`).join('\n'));
  const phrases = ATTRIBUTES.flatMap(attribute => (parsed.data.attributes[attribute] ?? []).map(phrase => ({ attribute, pattern: phrasePattern(phrase) })));
  const references = parsed.data.references.map(phrasePattern);
  return {
    recognise(text) {
      const message = normalise(text);
      // Longest evidence wins: "how long until" (waiting) over "how long" (length).
      let best: { attribute: Attribute; evidence: string } | undefined;
      for (const { attribute, pattern } of phrases) {
        pattern.lastIndex = 0;
        const match = pattern.exec(message);
        if (match && (!best || match[0].length > best.evidence.length)) best = { attribute, evidence: match[0] };
      }
      if (!best) return undefined;
      const refersBack = references.some(r => { r.lastIndex = 0; return r.test(message); });
      return { ...best, confidence: Math.min(1, best.evidence.length / Math.max(1, message.length) + 0.3), refersBack };
    },
  };
}

let shared: AttributeRecogniser | undefined;
/** The recogniser over the default knowledge folder, read once. */
export const defaultAttributeRecogniser = (): AttributeRecogniser => (shared ??= createAttributeRecogniser());

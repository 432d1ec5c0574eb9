// Which attributes of a service, contact, process or level a message asks about ("how long does it
// run?", "what ages, and who do I contact?", "does that cover the county?"), and whether it points back
// to what was just answered ("that", "it", "their"). The words are data (knowledge/attributes.yaml);
// this only matches them. The planner decides what "it" is: the entry the message names, or the focus.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { defaultKnowledgeDir } from '../knowledge/loader.js';
import { CueList, cuePattern } from './cues.js';
import { normalise, phrasePattern, stemOf, withoutNonWords } from './text.js';

import { ATTRIBUTES, type Attribute } from '../pathway/focus.js';

const AttributeWords = z.object({
  attributes: z.record(z.enum(ATTRIBUTES), CueList),
  references: z.array(z.string().trim().min(1)).min(1),
  elsewhere: z.array(z.string().trim().min(1)).min(1),
  elsewhereAfterAnEntry: z.array(z.string().trim().min(1)).min(1),
}).strict();

/** How a message asks for another place's own entry: by a word for it ("the city one"), or only as a follow-up ("and Ashfield?"). */
export type Elsewhere = 'entry' | 'follow-up';

export interface AttributesAsked {
  /** Each attribute asked, in the order the message asks them; one entry per attribute. */
  attributes: Attribute[];
  /** The message points back ("that", "it", "their"): it is about what was just answered. */
  refersBack: boolean;
  /**
   * The stems of the clause each attribute is asked in: "how often do TAF reviews happen, and how long can a
   * case stay open?" asks how often of the reviews, and how long of the case.
   */
  clauseTerms: Partial<Record<Attribute, string[]>>;
}

export interface AttributeRecogniser {
  recognise(text: string): AttributesAsked | undefined;
  /** Asks what was just answered of another place's own entry ("and the city one?", "what about Gedling?"). */
  asksElsewhere(text: string): Elsewhere | undefined;
}

interface Span { attribute: Attribute; start: number; end: number }

/** Where one part of a question ends and the next begins: punctuation, or "and", "or", "but" between parts. */
const CLAUSE_BREAK = /[,;:?!.()]|\b(?:and|or|but|also|plus)\b/g;

/** The stems of the longer words in the clause around a position of the normalised message. */
function clauseStems(message: string, at: number): string[] {
  let start = 0;
  let end = message.length;
  for (const m of message.matchAll(CLAUSE_BREAK)) {
    if (m.index < at) start = m.index + m[0].length;
    else { end = m.index; break; }
  }
  return (withoutNonWords(message.slice(start, end)).match(/[a-z]{4,}/g) ?? []).map(stemOf);
}

export function createAttributeRecogniser(file = join(defaultKnowledgeDir(), 'attributes.yaml')): AttributeRecogniser {
  const parsed = AttributeWords.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(parsed.error.issues.map(i => `${file}: ${i.path.join('.')}: ${i.message}`).join('\n'));
  // A phrase as whole words; "/a regular expression/" for what a phrase cannot say ("when can a social worker ring").
  const phrases = ATTRIBUTES.flatMap(attribute => (parsed.data.attributes[attribute] ?? [])
    .map(phrase => ({ attribute, pattern: phrase.startsWith('/') ? cuePattern([phrase], { flags: 'g' }) : phrasePattern(phrase) })));
  const references = parsed.data.references.map(phrasePattern);
  const elsewhere = cuePattern(parsed.data.elsewhere);
  const elsewhereAfterAnEntry = cuePattern(parsed.data.elsewhereAfterAnEntry);
  return {
    asksElsewhere(text) {
      const message = normalise(text);
      return elsewhere.test(message) ? 'entry' : elsewhereAfterAnEntry.test(message) ? 'follow-up' : undefined;
    },
    recognise(text) {
      const message = normalise(text);
      const spans: Span[] = [];
      for (const { attribute, pattern } of phrases) {
        pattern.lastIndex = 0;
        for (let match = pattern.exec(message); match; match = pattern.exec(message)) {
          spans.push({ attribute, start: match.index, end: match.index + match[0].length });
        }
      }
      // Longest words win where two readings overlap: "how long until" (waiting) over "how long" (length).
      const kept: Span[] = [];
      for (const span of spans.sort((a, b) => (b.end - b.start) - (a.end - a.start))) {
        if (!kept.some(k => span.start < k.end && k.start < span.end)) kept.push(span);
      }
      if (!kept.length) return undefined;
      const attributes = [...new Set(kept.sort((a, b) => a.start - b.start).map(k => k.attribute))];
      const refersBack = references.some(r => { r.lastIndex = 0; return r.test(message); });
      const clauseTerms: Partial<Record<Attribute, string[]>> = {};
      for (const k of kept) clauseTerms[k.attribute] = [...(clauseTerms[k.attribute] ?? []), ...clauseStems(message, k.start)];
      return { attributes, refersBack, clauseTerms };
    },
  };
}

let shared: AttributeRecogniser | undefined;
/** The recogniser over the default knowledge folder, read once. */
export const defaultAttributeRecogniser = (): AttributeRecogniser => (shared ??= createAttributeRecogniser());

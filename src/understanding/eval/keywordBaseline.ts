// The plain baseline the understander is measured against: a hand-written keyword per intent (first
// hit wins, otherwise find-service), exact names from the gazetteer and concern synonyms, and the first
// number as the age. No stemming, no typo tolerance, no negation, no classifier.
import type { KnowledgeBase } from '../../knowledge/knowledgeBase.js';
import type { Intent } from '../understanding.js';
import { normalise } from '../text.js';

const KEYWORDS: [Intent, RegExp][] = [
  ['greeting', /^(hi|hello|hey|good (morning|afternoon|evening))\b/],
  ['thanks', /\b(thanks|thank you|cheers)\b/],
  ['cancel', /^(cancel|stop|quit|exit|never ?mind)\b/],
  ['start-over', /\b(start (over|again)|restart|reset)\b/],
  ['help', /^(help|what can you do)\b/],
  ['explain', /\bwhy\b/],
  ['what-if', /\bwhat if\b/],
  ['contact-lookup', /\b(number|phone|email|contact)\b/],
  ['threshold', /\b(level|threshold)\b/],
  ['eligibility', /\b(eligible|qualify|age limit)\b/],
  ['records-check', /\b(known to|records?)\b/],
  ['process', /\bhow do i\b/],
  ['service-info', /\b(what is|tell me about)\b/],
  ['safeguarding', /\b(abuse|abused|safeguarding|harm)\b/],
  ['out-of-scope', /\b(weather|joke|recipe)\b/],
];

export const keywordIntent = (text: string): Intent => KEYWORDS.find(([, re]) => re.test(normalise(text)))?.[0] ?? 'find-service';

export interface BaselineEntities { ageYears?: number; authority?: string; concerns: string[] }

export function keywordEntities(kb: KnowledgeBase) {
  const contains = (text: string, phrase: string) => ` ${text} `.includes(` ${normalise(phrase)} `);
  const places = [
    ...kb.authorities.flatMap(a => [a.name, ...a.aliases].map(name => ({ name, authority: a.id }))),
    ...kb.districts.flatMap(d => [d.name, ...d.aliases].map(name => ({ name, authority: d.authority }))),
    ...kb.places.flatMap(p => [p.name, ...p.aliases].map(name => ({ name, authority: p.authority ?? (p.district ? kb.district(p.district)?.authority : undefined) }))),
  ].sort((a, b) => b.name.length - a.name.length);
  return (original: string): BaselineEntities => {
    const text = normalise(original).replace(/[^a-z0-9' ]/g, ' ').replace(/\s+/g, ' ');
    const age = /\b(\d{1,3})\b/.exec(text)?.[1];
    return {
      ...(age !== undefined ? { ageYears: Number(age) } : {}),
      authority: places.find(p => contains(text, p.name))?.authority,
      concerns: kb.concerns.filter(c => [c.label, ...c.synonyms].some(s => contains(text, s))).map(c => c.id),
    };
  };
}

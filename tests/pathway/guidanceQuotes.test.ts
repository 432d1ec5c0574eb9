// How the lines a question about the guidance asks for are quoted: word for word under their level,
// heading and document, the case's authority first, the levels named narrowing them. The knowledge base is
// written here, so each expected quote can be read off it.
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/knowledgeBase.js';
import { quoteGuidance } from '../../src/pathway/guidanceQuotes.js';
import type { GuidanceLine } from '../../src/pathway/question.js';

const levels = [
  { id: 'shire-2', authority: 'shire', name: 'Level 2', title: 'Early Help', definition: 'Some extra help', citation: { source: 'shire-doc' }, indicators: [{ domain: 'Health', items: ['Head lice untreated', 'Missed checks'] }] },
  { id: 'shire-3', authority: 'shire', name: 'Level 3', definition: 'Several problems', citation: { source: 'shire-doc' }, indicators: [{ domain: 'Health', items: ['Head lice for months'] }] },
  { id: 'town-2', authority: 'town', name: 'Additional', definition: 'Additional needs', citation: { source: 'town-doc' }, indicators: [{ domain: 'Care', items: ['Head lice, untreated'] }] },
];
const kb = {
  levels,
  level: (id: string) => levels.find(l => l.id === id),
  authority: (id: string) => ({ shire: { name: 'Shire County' }, town: { name: 'Town' } } as Record<string, { name: string }>)[id],
  source: (id: string) => ({ 'shire-doc': { title: 'Shire Pathway: the thresholds' }, 'town-doc': { title: 'Town Handbook' } } as Record<string, { title: string }>)[id],
} as unknown as KnowledgeBase;
const line = (level: string, group: number, item: number, score: number, covers = [0]): GuidanceLine => ({ level, group, item, score, covers });

describe('quoting the guidance', () => {
  it('quotes the line word for word under its level, heading and document', () => {
    expect(quoteGuidance(kb, [line('shire-2', 0, 0, 10)])).toEqual(['Level 2 (Early Help), Shire County, Shire Pathway:\nHealth:\n- "Head lice untreated"']);
  });

  it('a level\'s definition is quoted as its definition', () => {
    expect(quoteGuidance(kb, [line('shire-3', -1, 0, 10)])).toEqual(['Level 3, Shire County, Shire Pathway:\nDefinition: "Several problems"']);
  });

  it('the case\'s authority is quoted when it has a line; with none known, the best line\'s authority', () => {
    const found = [line('town-2', 0, 0, 12), line('shire-2', 0, 0, 10)];
    expect(quoteGuidance(kb, found, 'shire').join()).toMatch(/^Level 2 \(Early Help\), Shire County/);
    expect(quoteGuidance(kb, found).join()).toMatch(/^Additional, Town, Town Handbook/);
    expect(quoteGuidance(kb, found, 'elsewhere').join()).not.toMatch(/Shire/);
  });

  it('levels named in the question narrow the lines to theirs', () => {
    const found = [line('shire-2', 0, 0, 12), line('shire-3', 0, 0, 10)];
    expect(quoteGuidance(kb, found, 'shire', ['shire-3'])).toEqual(['Level 3, Shire County, Shire Pathway:\nHealth:\n- "Head lice for months"']);
  });

  it('lines are given in the order the levels are printed, a heading once for its lines', () => {
    const found = [line('shire-3', 0, 0, 12), line('shire-2', 0, 1, 11), line('shire-2', 0, 0, 11)];
    expect(quoteGuidance(kb, found)).toEqual([
      'Level 2 (Early Help), Shire County, Shire Pathway:\nHealth:\n- "Head lice untreated"\n- "Missed checks"',
      'Level 3, Shire County, Shire Pathway:\nHealth:\n- "Head lice for months"',
    ]);
  });

  it('a weaker line is quoted only when it answers a part of the question no stronger line does', () => {
    const sameWords = [line('shire-2', 0, 0, 20, [0]), line('shire-3', 0, 0, 10, [0])];
    expect(quoteGuidance(kb, sameWords).join()).not.toMatch(/Level 3/);
    const anotherPart = [line('shire-2', 0, 0, 20, [0]), line('shire-3', 0, 0, 10, [1])];
    expect(quoteGuidance(kb, anotherPart).join()).toMatch(/Level 3/);
  });

  it('at most four lines, and nothing when even the best line matches weakly', () => {
    const many = [0, 1, 2, 3, 4].map(i => line('shire-2', 0, i % 2, 10, [i]));
    expect(quoteGuidance(kb, many).join('\n').match(/^- /gm)).toHaveLength(4);
    expect(quoteGuidance(kb, [line('shire-2', 0, 0, 5)])).toEqual([]);
  });
});

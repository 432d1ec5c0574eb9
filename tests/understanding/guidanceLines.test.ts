// Which printed lines a question about the guidance asks for, over a small knowledge base written here, so
// what each question should find can be read off the lines and their headings.
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/knowledgeBase.js';
import { buildGuidanceLineMatcher, findGuidanceLines } from '../../src/understanding/guidanceLines.js';

const level = (id: string, authority: string, name: string, title: string, definition: string, indicators: { domain: string; items: string[] }[]) =>
  ({ id, authority, name, title, definition, indicators });
const kb = {
  levels: [
    level('shire-2', 'shire', 'Level 2', 'Early Help', 'Families who need some extra help', [
      { domain: 'Emotional development', items: ['Superficial self harming as a coping mechanism', 'Not always adequate self-care'] },
    ]),
    level('shire-3', 'shire', 'Level 3', 'Targeted', 'Families with several problems', [
      { domain: 'Emotional development', items: ['Escalation of self harming'] },
    ]),
    level('shire-4', 'shire', 'Level 4', 'Protection', 'Children suffering significant harm', [
      { domain: 'What is neglect?', items: ['The persistent failure to meet basic needs', 'Neglect may occur during pregnancy'] },
      { domain: 'Threshold criteria', items: ['Significant delay due to neglect', 'Left home alone aged 5 and under'] },
    ]),
  ],
} as unknown as KnowledgeBase;
const matcher = buildGuidanceLineMatcher(kb, ['training', 'define', 'quiz', 'level', 'what level']);
const found = (text: string, levels: string[] = []) => findGuidanceLines(matcher, text, levels).map(l => `${l.level}:${l.group}:${l.item}`);

describe('the printed lines a question about the guidance asks for', () => {
  it('a heading says what its lines are about: "define neglect" finds the definition under "What is neglect?" first', () => {
    expect(found('For training: how does the guidance define neglect?').slice(0, 2)).toEqual(['shire-4:0:0', 'shire-4:0:1']);
  });

  it('a word and its other forms meet: "escalating self-harm" finds "Escalation of self harming"', () => {
    expect(found('quiz: what level is escalating self-harm?')[0]).toBe('shire-3:0:0');
  });

  it('words that only frame the question match nothing: "training quiz level" finds no line', () => {
    expect(found('training quiz: what level?')).toEqual([]);
  });

  it('a level named in the question is not matched by its own name ("Protection" in "Level 4 Protection")', () => {
    expect(found('what is Protection?')).toContain('shire-4:-1:0');
  });

  it('levels named and nothing else asked: their own lines, in turn, each definition first ("Early Help and Protection?")', () => {
    const lines = found('what is the difference between Early Help and Protection?', ['shire-2', 'shire-4']);
    expect(lines.slice(0, 2)).toEqual(['shire-2:-1:0', 'shire-4:-1:0']);
    expect(lines.every(l => l.startsWith('shire-2:') || l.startsWith('shire-4:'))).toBe(true);
  });

  it('each line says which of the question\'s words it shares, so different parts of a question can each be quoted', () => {
    const lines = findGuidanceLines(matcher, 'superficial self harming, and home alone?', []);
    const superficial = lines.find(l => l.level === 'shire-2' && l.item === 0)!;
    const alone = lines.find(l => l.level === 'shire-4' && l.group === 1 && l.item === 1)!;
    expect(superficial.covers.some(i => alone.covers.includes(i))).toBe(false);
  });
});

// Which entries a message is about, over a small knowledge base written here: what a message matches
// can be read off the entries' own words, and a follow-on message keeps the stronger match of each.
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/knowledgeBase.js';
import type { Topics } from '../../src/pathway/question.js';
import { contentTerms, relevanceIndex } from '../../src/understanding/relevance.js';
import { buildTopicMatcher, findTopics, mergeTopics } from '../../src/understanding/topics.js';

// Twenty-two made-up words, each in one indicator only, so a message naming them all matches each strongly.
const RARE = Array.from({ length: 22 }, (_, i) => `zorb${String.fromCharCode(97 + i)}ix`);
const service = (id: string, name: string, summary: string) => ({ id, name, aliases: [], summary, offers: [], provider: undefined });
const kb = {
  services: [
    service('sleep-clinic', 'Sleep Clinic', 'help with bedtime routines'),
    service('bereavement', 'Bereavement Counselling', 'support after a death in the family'),
    ...Array.from({ length: 18 }, (_, i) => service(`drumming-${i}`, `Drumming Circle ${i}`, `drumming group number ${i}`)),
  ],
  contacts: [{ id: 'mash', name: 'Multi-Agency Safeguarding Hub', aliases: ['MASH'], summary: 'front door', notes: [], phones: [{ label: 'professionals line' }] }],
  processes: [
    { id: 'step-down', title: 'Step down', aliases: ['stepping down', 'escalation'], summary: 'moving a case from social care to early help', steps: [] },
    { id: 'caf', title: 'Common Assessment Framework', aliases: ['CAF'], summary: 'an assessment of needs', steps: [] },
  ],
  levels: [
    { id: 'shire-2', authority: 'shire', indicators: [{ domain: 'health', items: ['Post natal depression in the mother', 'Head lice untreated'] }] },
    { id: 'shire-3', authority: 'shire', indicators: [{ domain: 'health', items: ['Self harm needing hospital treatment'] }] },
    { id: 'fen-1', authority: 'fen', indicators: [{ domain: 'made up', items: ['Qwxalpha qwxbeta', 'Qwxalpha qwxbeta qwxgamma qwxdelta'] }] },
    { id: 'fen-2', authority: 'fen', indicators: [{ domain: 'made up', items: ['Threshold tier guidance handbook'] }] },
    { id: 'shire-4', authority: 'shire', indicators: [{ domain: 'school', items: RARE.map(w => `Truancy because of ${w}`) }] },
    { id: 'city-2', authority: 'city', indicators: [{ domain: 'health', items: ['Head lice untreated for months'] }] },
  ],
} as unknown as KnowledgeBase;

const topics = (message: string) => findTopics(buildTopicMatcher(kb), message);

describe('entries a message is about', () => {
  it('finds a service by its name and words, with a score', () => {
    const found = topics('sleep clinic for bedtime problems').services;
    expect(found[0]?.id).toBe('sleep-clinic');
    expect(found[0]!.score).toBeGreaterThan(0.5);
    expect(found.map(s => s.id)).not.toContain('bereavement');
  });

  it('scores as the relevance index does, to three decimal places', () => {
    const score = topics('bereavement').services[0]!.score;
    expect(Math.round(score * 1000) / 1000).toBe(score);
    expect(score).toBeCloseTo(relevanceIndex(kb).scores(contentTerms('bereavement')).get('service:bereavement')!, 3);
  });

  it('puts the strongest first, wherever it is listed', () => {
    expect(topics('sleep, and counselling after a death in the family').services.map(s => s.id)).toEqual(['bereavement', 'sleep-clinic']);
  });

  it('a message with no words finds nothing', () => {
    expect(topics('123 ...').services).toEqual([]);
  });

  it('keeps at most fifteen of a kind, the strongest', () => {
    const found = topics('drumming circle group').services;
    expect(found).toHaveLength(15);
    expect([...found].sort((a, b) => b.score - a.score)).toEqual(found);
  });

  it('finds a contact and a process by their words', () => {
    expect(topics('MASH front door').contacts.map(c => c.id)).toEqual(['mash']);
    expect(topics('moving a case to early help').processes.map(p => p.id)).toEqual(['step-down']);
  });

  it('marks a process the message names, by a one-word alias or all the stems of a longer name', () => {
    expect(topics('how do I do a CAF').processes).toEqual([expect.objectContaining({ id: 'caf', named: true })]);
    expect(topics('stepping the case down from social care').processes[0]).toMatchObject({ id: 'step-down', named: true });
    expect(topics('a case in social care').processes[0]).toEqual({ id: 'step-down', score: expect.any(Number) });
    expect(topics('escalation please').processes[0]).toMatchObject({ id: 'step-down', named: true });
    // A one-word name counts as typed (a short one in the plural too: "CAFs"), not as a stem; a longer one needs all its stems.
    expect(topics('two cafs in a month').processes[0]).toMatchObject({ id: 'caf', named: true });
    expect(topics('a cafeteria in a month').processes.find(p => p.id === 'caf')?.named).toBeUndefined();
    expect(topics('a case in social care, the next step').processes[0]).toEqual({ id: 'step-down', score: expect.any(Number) });
  });

  it('finds nothing for words no entry has', () => {
    expect(topics('football scores')).toEqual({ services: [], contacts: [], processes: [], indicators: [], worried: false, asksForIndicators: false });
  });
});

describe('printed indicators a message describes', () => {
  it('matches an indicator\'s words, joined or apart, per authority', () => {
    const found = topics('the mother has postnatal depression').indicators;
    expect(found).toEqual([expect.objectContaining({ level: 'shire-2', group: 0, item: 0 })]);
    expect(found[0]!.score).toBeGreaterThanOrEqual(2.5);
  });

  it('keeps every indicator of one authority the message matches, strongest first', () => {
    // The second printed indicator shares four words with the message, the first only two.
    const found = topics('qwxalpha qwxbeta qwxgamma qwxdelta').indicators.filter(i => i.level === 'fen-1');
    expect(found.map(i => i.item)).toEqual([1, 0]);
    expect(found[0]!.score).toBeGreaterThan(found[1]!.score);
    expect(topics('untreated head lice, and post natal depression in the mother').indicators.filter(i => i.level === 'shire-2').map(i => i.item).sort()).toEqual([0, 1]);
  });

  it('keeps at most twenty indicators of an authority', () => {
    expect(topics(RARE.join(' ')).indicators.filter(i => i.level === 'shire-4')).toHaveLength(20);
  });

  it('joins a message\'s words as the printed indicators are joined ("postnatal" meets "Post natal")', () => {
    expect(topics('Postnatal').indicators).toEqual([expect.objectContaining({ level: 'shire-2', group: 0, item: 0 })]);
    expect(topics('post natal').indicators).toEqual([expect.objectContaining({ level: 'shire-2', group: 0, item: 0 })]);
  });

  it('matches the same indicator printed by two authorities, each kept', () => {
    const found = topics('untreated head lice').indicators;
    expect(found.map(i => i.level).sort()).toEqual(['city-2', 'shire-2']);
  });

  it('leaves out words about the question, not the family', () => {
    expect(topics('which level is this').indicators).toEqual([]);
    expect(topics('which tier, threshold, guidance or handbook').indicators).toEqual([]);
  });

  it('a weak match to an entry is none', () => {
    expect(topics('drumming').services).toEqual([]);
  });

  it('a weak match to an indicator is none', () => {
    expect(topics('truancy').indicators).toEqual([]);
  });

  it('hears a worry, and a question about the signs themselves', () => {
    expect(topics('I am worried about her').worried).toBe(true);
    expect(topics('what are the signs of level 2').asksForIndicators).toBe(true);
    expect(topics('she is fine').worried).toBe(false);
  });
});

describe('a follow-on message', () => {
  const before: Topics = {
    services: [{ id: 'a', score: 2 }, { id: 'b', score: 1 }], contacts: [{ id: 'c', score: 1 }], processes: [{ id: 'p', score: 3, named: true }],
    indicators: [{ level: 'l', group: 0, item: 0, score: 3 }], worried: true, asksForIndicators: false,
  };
  const after: Topics = {
    services: [{ id: 'b', score: 4 }, { id: 'a', score: 1 }], contacts: [], processes: [{ id: 'p', score: 1 }],
    indicators: [{ level: 'l', group: 0, item: 1, score: 2.6 }, { level: 'l', group: 0, item: 0, score: 3.5 }], worried: false, asksForIndicators: true,
  };

  it('keeps the stronger score of each entry, strongest first, and every flag raised', () => {
    expect(mergeTopics(before, after)).toEqual({
      services: [{ id: 'b', score: 4 }, { id: 'a', score: 2 }],
      contacts: [{ id: 'c', score: 1 }],
      processes: [{ id: 'p', score: 3, named: true }],
      indicators: [{ level: 'l', group: 0, item: 0, score: 3.5 }, { level: 'l', group: 0, item: 1, score: 2.6 }],
      worried: true, asksForIndicators: true,
    });
  });

  it('keeps at most fifteen entries of a kind', () => {
    const many = Array.from({ length: 20 }, (_, i) => ({ id: `s${i}`, score: i }));
    const merged = mergeTopics({ ...before, services: many }, { ...after, services: [] });
    expect(merged.services).toHaveLength(15);
    expect(merged.services[0]).toEqual({ id: 's19', score: 19 });
  });

  it('keeps up to sixty indicators (twenty for each of three authorities)', () => {
    const many = Array.from({ length: 70 }, (_, i) => ({ level: 'l', group: 0, item: i, score: i }));
    expect(mergeTopics({ ...before, indicators: many }, { ...after, indicators: [] }).indicators).toHaveLength(60);
  });

  it('keeps each contact and process by its own id, and an equal score does not displace the first', () => {
    const merged = mergeTopics({ ...before, contacts: [{ id: 'c', score: 1 }, { id: 'd', score: 2 }] }, { ...after, contacts: [{ id: 'e', score: 3 }], processes: [{ id: 'p', score: 3 }, { id: 'q', score: 1 }] });
    expect(merged.contacts.map(c => c.id)).toEqual(['e', 'd', 'c']);
    expect(merged.processes).toEqual([{ id: 'p', score: 3, named: true }, { id: 'q', score: 1 }]);
  });

  it('no flag is raised by two messages that raise none', () => {
    const quiet = mergeTopics({ ...before, worried: false }, after);
    expect(quiet.worried).toBe(false);
    expect(mergeTopics(before, { ...after, asksForIndicators: false }).asksForIndicators).toBe(false);
  });
});

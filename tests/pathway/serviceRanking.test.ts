// Which services a case is about, best first. A small knowledge base written here, so each ordering can
// be read off: a service named outranks everything; a need stated counts more than one it implies; a
// service for a few needs fits a need it names better than a catch-all; a service of no area (Step2)
// counts only when asked about; words alone are weak evidence.
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/knowledgeBase.js';
import { CaseFacts } from '../../src/pathway/caseFacts.js';
import { expandedConcerns, rankServices, servicesInScope } from '../../src/pathway/serviceRanking.js';

const svc = (id: string, authority: string | undefined, concerns: string[], programmes: string[] = []) => ({ id, name: id, authority, concerns, programmes });
const services = [
  svc('sleep-clinic', 'shire', ['sleep']),
  svc('catch-all', 'shire', ['sleep', 'behaviour', 'anxiety', 'parenting', 'adhd', 'autism']),
  svc('mood-group', 'shire', ['mental-health']),
  svc('self-harm-team', 'shire', ['self-harm']),
  svc('national', undefined, ['sleep']),
  svc('city-sleep', 'city', ['sleep']),
  svc('small-steps', 'shire', ['behaviour', 'sleep', 'adhd'], ['ss-sleep', 'ss-behaviour-1', 'ss-behaviour-2', 'ss-behaviour-3']),
  svc('ss-sleep', 'shire', ['sleep', 'behaviour']),
  svc('ss-behaviour-1', 'shire', ['behaviour']),
  svc('ss-behaviour-2', 'shire', ['behaviour']),
  svc('ss-behaviour-3', 'shire', ['behaviour']),
  svc('home-start', 'shire', ['parenting']),
  svc('trio', 'shire', ['anxiety'], ['trio-anxiety', 'trio-play-1', 'trio-play-2']),
  svc('trio-anxiety', 'shire', ['anxiety']),
  svc('trio-play-1', 'shire', ['play']),
  svc('trio-play-2', 'shire', ['play']),
];
const broader: Record<string, string[]> = { 'self-harm': ['self-harm', 'mental-health'] };
const kb = {
  services,
  service: (id: string) => services.find(s => s.id === id),
  concernWithBroader: (c: string) => broader[c] ?? [c],
} as unknown as KnowledgeBase;

const facts = (f: Record<string, unknown>) => CaseFacts.parse(f);
const ranked = (f: Record<string, unknown>, matched: { id: string; score: number }[] = [], authority: string | undefined = 'shire') =>
  rankServices(kb, facts(f), matched, authority).map(s => s.service.id);

describe('the services in scope', () => {
  it('are the authority\'s own and those of no area', () => {
    expect(servicesInScope(kb, 'city').map(s => s.id)).toEqual(['national', 'city-sleep']);
  });

  it('are every service when no authority is known', () => {
    expect(servicesInScope(kb, undefined)).toBe(services);
  });
});

describe('a case\'s concerns', () => {
  it('include what each implies', () => {
    expect([...expandedConcerns(kb, ['self-harm', 'sleep'])]).toEqual(['self-harm', 'mental-health', 'sleep']);
    expect([...expandedConcerns(kb, [])]).toEqual([]);
  });
});

describe('services ranked for a case', () => {
  it('a service for the need alone comes before a catch-all that lists it among many', () => {
    const order = ranked({ concerns: ['sleep'] });
    expect(order.indexOf('sleep-clinic')).toBeLessThan(order.indexOf('catch-all'));
  });

  it('a need stated counts more than one it implies', () => {
    // Both services hold one need; the self-harm team's is the one stated, the mood group's only implied.
    expect(ranked({ concerns: ['self-harm'] })).toEqual(['self-harm-team', 'mood-group']);
    const [team, group] = rankServices(kb, facts({ concerns: ['self-harm'] }), [], 'shire');
    expect(team!.score).toBeGreaterThan(group!.score);
    expect(group!.concernsInCommon).toEqual(['mental-health']);
  });

  it('keeps out services that share nothing with the case', () => {
    expect(ranked({ concerns: ['self-harm'] })).not.toContain('sleep-clinic');
    expect(ranked({})).toEqual([]);
  });

  it('a service the user named comes first, whatever else fits', () => {
    expect(ranked({ concerns: ['sleep'], namedServices: ['home-start'] })[0]).toBe('home-start');
  });

  it('a service of no area counts for less than the authority\'s own for the same need, unless named', () => {
    const order = ranked({ concerns: ['sleep'] });
    expect(order.indexOf('sleep-clinic')).toBeLessThan(order.indexOf('national'));
    const [clinic, national] = ['sleep-clinic', 'national'].map(id => rankServices(kb, facts({ concerns: ['sleep'] }), [], 'shire').find(s => s.service.id === id)!.score);
    expect(clinic! - national!).toBeCloseTo(2, 10);
    expect(ranked({ concerns: ['sleep'], namedServices: ['national'] })[0]).toBe('national');
  });

  it('a service of no area that shares nothing with the case counts only when asked about strongly enough', () => {
    expect(ranked({ concerns: ['anxiety'] })).not.toContain('national');
    expect(ranked({ concerns: ['anxiety'] }, [{ id: 'national', score: 10 }])).not.toContain('national');
    expect(ranked({ concerns: ['anxiety'] }, [{ id: 'national', score: 11 }])).toContain('national');
  });

  it('another authority\'s services are left out', () => {
    expect(ranked({ concerns: ['sleep'] })).not.toContain('city-sleep');
    expect(ranked({ concerns: ['sleep'] }, [], 'city')).toEqual(['city-sleep', 'national']);
  });

  it('words alone are weak evidence for a service that shares no need with the case', () => {
    // Home-Start shares no need with a sleep case: its words count for less than a third.
    expect(ranked({ concerns: ['sleep'] }, [{ id: 'home-start', score: 3 }])).not.toContain('home-start');
    expect(ranked({ concerns: ['sleep'] }, [{ id: 'home-start', score: 4 }])).toContain('home-start');
    expect(ranked({}, [{ id: 'home-start', score: 3 }])).toEqual([]);
  });

  it('words count in full for a service that shares a need or was named', () => {
    const plain = rankServices(kb, facts({ concerns: ['sleep'] }), [], 'shire').find(s => s.service.id === 'sleep-clinic')!.score;
    const asked = rankServices(kb, facts({ concerns: ['sleep'] }), [{ id: 'sleep-clinic', score: 2 }], 'shire').find(s => s.service.id === 'sleep-clinic')!.score;
    expect(asked - plain).toBeCloseTo(2, 10);
    const named = rankServices(kb, facts({ namedServices: ['home-start'] }), [{ id: 'home-start', score: 2 }], 'shire')[0]!;
    expect(named.score).toBeCloseTo(12, 10);
  });

  it('ties are broken by name', () => {
    const tied = ranked({ concerns: ['behaviour'] }).filter(id => id.startsWith('ss-behaviour'));
    expect(tied).toEqual(['ss-behaviour-1', 'ss-behaviour-2', 'ss-behaviour-3']);
  });
});

describe('a family of programmes named by its family\'s name', () => {
  it('its programme for a need few of its programmes share counts as named', () => {
    // "Does Small Steps do anything for sleep?": one of its four programmes is for sleep.
    expect(ranked({ concerns: ['sleep'], namedServices: ['small-steps'] }).slice(0, 2).sort()).toEqual(['small-steps', 'ss-sleep']);
  });

  it('a need most of its programmes share picks none out', () => {
    const order = ranked({ concerns: ['behaviour'], namedServices: ['small-steps'] });
    expect(order[0]).toBe('small-steps');
    const named = rankServices(kb, facts({ concerns: ['behaviour'], namedServices: ['small-steps'] }), [], 'shire');
    expect(named.filter(s => s.score >= 10).map(s => s.service.id)).toEqual(['small-steps']);
  });

  it('a need none of its programmes have picks none out', () => {
    const named = rankServices(kb, facts({ concerns: ['anxiety'], namedServices: ['small-steps'] }), [], 'shire');
    expect(named.filter(s => s.score >= 10).map(s => s.service.id)).toEqual(['small-steps']);
  });

  it('a third of its programmes is still few enough to pick one out', () => {
    const named = rankServices(kb, facts({ concerns: ['anxiety'], namedServices: ['trio'] }), [], 'shire');
    expect(named.filter(s => s.score >= 10).map(s => s.service.id).sort()).toEqual(['trio', 'trio-anxiety']);
  });

  it('a service named that the knowledge does not hold picks nothing out', () => {
    expect(ranked({ concerns: ['sleep'], namedServices: ['no-such'] })[0]).toBe('sleep-clinic');
  });

  it('only a need stated picks a programme out, not one implied', () => {
    const named = rankServices(kb, facts({ concerns: ['self-harm'], namedServices: ['small-steps'] }), [], 'shire');
    expect(named.filter(s => s.score >= 10).map(s => s.service.id)).toEqual(['small-steps']);
  });
});

// The trained half of the risk screen: it reads harm described in words no pattern lists, tells it from
// the same words used innocently, and is the same model on every start.
import { describe, expect, it } from 'vitest';
import { trainRiskModel } from '../../src/understanding/riskModel.js';
import { understand } from './understander.js';

describe('the risk model', () => {
  it.each([
    'her dad turned up drunk to collect her and drove off with her in the car',
    'he showed me a video on his phone of a man hurting a girl and said not to tell anyone',
    'my neighbour\'s kids are always out on the street till midnight and look half starved',
    'the man from the takeaway gives her free food and lifts and she\'s only 13',
  ])('reads harm in "%s" though no pattern lists its words', text => {
    const u = understand(text);
    expect(u.facts.risks?.length || u.risk.doubt, JSON.stringify(u.risk)).toBeTruthy();
  });

  it.each([
    'my son cut his own fringe with the kitchen scissors, anyway is there a sleep clinic in Mansfield?',
    'she hit a growth spurt and now nothing fits, is there any help with uniform costs?',
    'we need photos of the class for the yearbook - who do I ask about consent forms?',
  ])('does not read harm in the innocent "%s"', text => {
    expect(understand(text).facts.risks ?? []).toEqual([]);
  });

  it('reads a past harm beside a request as past, so the request is answered', () => {
    const u = understand('she left an abusive relationship last year and wants a parenting course for her 6 year old');
    expect(u.facts.risks ?? []).toEqual([]);
    expect(u.risk.past).toBe(true);
  });

  it('is the same model on every start: same corpus, same probabilities', () => {
    const corpus = [
      ...Array.from({ length: 30 }, (_, i) => ({ text: `he hit me again last night ${i}`, label: 'physical-abuse', voice: 'child' })),
      ...Array.from({ length: 30 }, (_, i) => ({ text: `what time does the library open ${i}`, label: 'none', voice: 'parent' })),
    ];
    const a = trainRiskModel(corpus).harm('he hit me');
    const b = trainRiskModel(corpus).harm('he hit me');
    expect(a).toEqual(b);
    expect(a.harm).toBeGreaterThan(a.none);
  });
});

// The services a route found, told as a sequence: the prior support a service asks for, the service to
// refer to now, then what the source says follows it (Small Steps after its tier 2 workshop), at most
// three services. The fits are written here by hand so each sequence can be read off.
import { describe, expect, it } from 'vitest';
import { servicePathway } from '../../src/pathway/pathwaySequence.js';
import type { Route, ServiceFit } from '../../src/pathway/route.js';

const fit = (id: string, score: number, opts: { follows?: string[]; prior?: string; provider?: string } = {}): ServiceFit => ({
  service: {
    id, name: id, provider: opts.provider, citation: { document: `${id}.txt`, section: 'S' },
    referral: { follows: opts.follows ?? [] }, eligibility: { requiresPriorIntervention: opts.prior },
  },
  reasons: [], howToRefer: [], contacts: [], score,
} as unknown as ServiceFit);

const route = (startHere: ServiceFit[], alsoConsider: ServiceFit[] = []) => ({ startHere, alsoConsider } as unknown as Route);
const ids = (fits: readonly ServiceFit[]) => fits.map(f => f.service.id);
const stagesOf = (r: Route) => servicePathway(r).stages.map(s => (s.kind === 'prior' ? `prior:${s.text}` : `${s.fit.service.id}${s.after ? `<${s.after.service.id}` : ''}`));

describe('a pathway of services', () => {
  it('nothing to start with is no sequence, and everything else is another option', () => {
    const other = fit('kooth', 3);
    expect(servicePathway(route([], [other]))).toEqual({ stages: [], others: [other] });
  });

  it('one service is the whole sequence', () => {
    const only = fit('kooth', 3);
    const pathway = servicePathway(route([only]));
    expect(pathway.entry).toBe(only);
    expect(stagesOf(route([only]))).toEqual(['kooth']);
    expect(pathway.stages).toStrictEqual([{ kind: 'service', fit: only }]);
    expect(pathway.others).toEqual([]);
  });

  it('the workshop comes before the programme that follows it, though the programme scored higher', () => {
    const workshop = fit('workshop', 2);
    const programme = fit('small-steps', 5, { follows: ['workshop'] });
    expect(stagesOf(route([programme, workshop]))).toEqual(['workshop', 'small-steps<workshop']);
    expect(servicePathway(route([programme, workshop])).entry).toBe(workshop);
  });

  it('a programme to start with stays the entry when its workshop is only another option', () => {
    const workshop = fit('workshop', 2);
    const programme = fit('small-steps', 5, { follows: ['workshop'] });
    expect(stagesOf(route([programme], [workshop]))).toEqual(['small-steps']);
  });

  it('the entry is the best start-here service that nothing in view comes before', () => {
    const a = fit('a', 5, { follows: ['b'] });
    const b = fit('b', 4);
    const c = fit('c', 3);
    expect(servicePathway(route([a, b, c])).entry).toBe(b);
    expect(ids(servicePathway(route([a, b, c])).others)).toEqual(['c']);
  });

  it('a service that follows one not in view can still be the entry', () => {
    const a = fit('a', 5, { follows: ['elsewhere'] });
    expect(servicePathway(route([a])).entry).toBe(a);
  });

  it('when every start-here service follows another, the first is the entry', () => {
    const a = fit('a', 5, { follows: ['b'] });
    const b = fit('b', 4, { follows: ['a'] });
    expect(servicePathway(route([a, b])).entry).toBe(a);
    expect(stagesOf(route([a, b]))).toEqual(['a', 'b<a']);
  });

  it('of two services that follow the entry, the better scored comes next', () => {
    const entry = fit('entry', 5);
    const low = fit('low', 1, { follows: ['entry'] });
    const high = fit('high', 3, { follows: ['entry'] });
    expect(stagesOf(route([entry], [low, high]))).toEqual(['entry', 'high<entry']);
    expect(ids(servicePathway(route([entry], [low, high])).others)).toEqual(['low']);
  });

  it('holds at most three services', () => {
    const one = fit('one', 5);
    const two = fit('two', 4, { follows: ['one'] });
    const three = fit('three', 3, { follows: ['two'] });
    const four = fit('four', 2, { follows: ['three'] });
    expect(stagesOf(route([one], [two, three, four]))).toEqual(['one', 'two<one', 'three<two']);
    expect(ids(servicePathway(route([one], [two, three, four])).others)).toEqual(['four']);
  });

  it('does not go round a loop', () => {
    const a = fit('a', 5);
    const b = fit('b', 4, { follows: ['a'] });
    const back = fit('a-again', 3, { follows: ['b'] });
    const loop = fit('loop', 2, { follows: ['a-again', 'b'] });
    expect(stagesOf(route([a], [b, back, loop]))).toEqual(['a', 'b<a', 'a-again<b']);
  });
});

describe('prior support a service asks for', () => {
  it('comes first, with the source of the requirement', () => {
    const programme = fit('programme', 5, { prior: 'tier 1 support first', provider: 'P' });
    const pathway = servicePathway(route([programme]));
    expect(pathway.stages[0]).toEqual({ kind: 'prior', text: 'tier 1 support first', requiredBy: programme, citation: { document: 'programme.txt', section: 'S' } });
    expect(stagesOf(route([programme]))).toEqual(['prior:tier 1 support first', 'programme']);
  });

  it('is worded as fully as the same provider words it anywhere in view', () => {
    const programme = fit('programme', 5, { prior: 'tier 1 first', provider: 'P' });
    const sibling = fit('sibling', 1, { prior: 'tier 1 support, such as a parenting workshop, first', provider: 'P' });
    const stranger = fit('stranger', 1, { prior: 'a much longer requirement from another provider altogether', provider: 'Q' });
    const pathway = servicePathway(route([programme], [sibling, stranger]));
    expect(pathway.stages[0]).toMatchObject({ kind: 'prior', text: 'tier 1 support, such as a parenting workshop, first', requiredBy: programme, citation: { document: 'sibling.txt' } });
  });

  it('is asked for by a later service of the sequence too', () => {
    const workshop = fit('workshop', 2);
    const programme = fit('programme', 5, { follows: ['workshop'], prior: 'the workshop first' });
    expect(stagesOf(route([workshop], [programme]))).toEqual(['prior:the workshop first', 'workshop', 'programme<workshop']);
  });

  it('is not a stage when nothing asks for it', () => {
    expect(servicePathway(route([fit('a', 1)])).stages.every(s => s.kind === 'service')).toBe(true);
  });
});

// How the risk screen reads its two readers together (src/understanding/riskScreen.ts), with the
// model's reading fixed by hand so each rule is seen at its edge: a lexicon word stands unless the model
// reads the harm as plainly past (0.6) and not present (under 0.5); the model alone needs 0.7, and 0.95
// over words that are denied; a runner-up harm holding a quarter of the probability is named too, but
// never immediate danger; a reading from 0.3 up, or a lexicon word read as past-ish, is doubt (rule 5).
// The real lexicon (knowledge/risk.yaml) is used; only the trained model is replaced.
import { describe, expect, it } from 'vitest';
import type { RiskModel } from '../../src/understanding/riskModel.js';
import { screenForRisk, screenSignal, type RiskFinding, type RiskScreen } from '../../src/understanding/riskScreen.js';
import { kb } from '../support/knowledge.js';

interface Reading { harm?: number; past?: number; categories?: [string, number][]; young?: number }

/** A model that reads every message the same way: harm, past and none summing to 1. */
function modelReading({ harm = 0, past = 0, categories = [], young = 0 }: Reading): RiskModel {
  return { harm: () => ({ harm, past, none: Math.max(0, 1 - harm - past) }), categories: () => categories, young: () => young };
}
const screenWith = (reading: Reading): RiskScreen => ({
  signals: kb.riskSignals.map(screenSignal),
  model: modelReading(reading),
});
const screen = (text: string, reading: Reading, deniesHarm?: boolean): RiskFinding =>
  deniesHarm === undefined ? screenForRisk(screenWith(reading), text) : screenForRisk(screenWith(reading), text, deniesHarm);

/** A reading that sees nothing: no harm, nothing past. */
const calm: Reading = { harm: 0.05, past: 0.05 };

describe('the risk screen reading its lexicon and its model together', () => {
  it('raises the lexicon\'s signal when the model sees nothing, and nothing else', () => {
    const found = screen('she has a black eye', calm);
    expect(found).toMatchObject({ risks: ['physical-abuse'], denied: [], immediateDanger: false, doubt: false, past: false });
    expect(found.evidence.lexicon).toEqual(['physical-abuse']);
  });

  it('puts 999 first for the lexicon\'s immediate danger', () => {
    expect(screen('her brother has a knife', calm)).toMatchObject({ risks: ['immediate-danger'], immediateDanger: true });
  });

  it.each([
    ['past 0.6 and harm 0.2: plainly past beside a request, answered with a reminder', { harm: 0.2, past: 0.6 }, { risks: [], past: true, doubt: false }],
    ['past 0.59: not plainly past, the word stands', { harm: 0.2, past: 0.59 }, { risks: ['physical-abuse'], past: false }],
    ['past 0.5 and harm 0.5: harm still present, the word stands', { harm: 0.5, past: 0.5 }, { risks: ['physical-abuse'], past: false }],
  ] as const)('lets the model set a lexicon word aside only when the harm is plainly past: %s', (_why, reading, expected) => {
    const found = screen('she had a black eye', reading);
    expect(found).toMatchObject(expected);
    expect(found.evidence.lexicon).toEqual(['physical-abuse']);
  });

  it('keeps 999 off a knife the model reads as plainly in the past', () => {
    expect(screen('he had a knife years ago', { harm: 0.1, past: 0.8 })).toMatchObject({ risks: [], immediateDanger: false, past: true });
  });

  it.each([
    [0.7, ['neglect'], false],
    [0.69, [], true],
  ] as const)('needs the model alone, with no lexicon word, at %s or more to raise its leading harm', (harm, risks, doubt) => {
    const found = screen('the kids look thin and tired', { harm, categories: [['neglect', 0.9]] });
    expect(found.risks).toEqual(risks);
    expect(found.doubt).toBe(doubt);
    expect(found.evidence.model).toEqual({ label: 'neglect', probability: 0.9 });
  });

  it.each([
    [0.25, ['physical-abuse', 'emotional-abuse', 'neglect']],
    [0.24, ['physical-abuse', 'emotional-abuse']],
  ] as const)('names a runner-up harm holding %s of the probability beside a lexicon word and the model\'s lead', (p, risks) => {
    const found = screen('she has a black eye', { harm: 0.5, categories: [['emotional-abuse', 0.7], ['neglect', p]] });
    expect([...found.risks].sort()).toEqual([...risks].sort());
  });

  it('needs 0.5 from the model beside a lexicon word to add its own reading', () => {
    expect(screen('she has a black eye', { harm: 0.49, categories: [['emotional-abuse', 0.9]] }).risks).toEqual(['physical-abuse']);
  });

  it('never raises immediate danger as a runner-up, only as the model\'s lead', () => {
    const runnerUp = screen('she has a black eye', { harm: 0.6, categories: [['physical-abuse', 0.6], ['immediate-danger', 0.4]] });
    expect(runnerUp).toMatchObject({ risks: ['physical-abuse'], immediateDanger: false });
    const lead = screen('something is badly wrong at that house', { harm: 0.8, categories: [['immediate-danger', 0.6], ['domestic-abuse', 0.4]] });
    expect([...lead.risks].sort()).toEqual(['domestic-abuse', 'immediate-danger']);
    expect(lead.immediateDanger).toBe(true);
  });

  it.each([
    [0.1, ['immediate-danger', 'suicide']],
    [0.09, ['immediate-danger']],
  ] as const)('names the kind of harm beside immediate danger when the model gives it %s (its route goes beside 999)', (p, risks) => {
    const found = screen('my son has locked himself in his room and says he will jump out of the window', { harm: 0.9, categories: [['immediate-danger', 0.5], ['suicide', p], ['neglect', p - 0.01]] });
    expect([...found.risks].sort()).toEqual([...risks].sort());
    expect(found.immediateDanger).toBe(true);
  });

  it('names the kind beside the lexicon\'s immediate danger too, but only when the model reads harm at all', () => {
    const reads = { categories: [['immediate-danger', 0.6], ['suicide', 0.3]] as [string, number][] };
    expect([...screen('he is on the bridge now', { ...reads, harm: 0.5 }).risks].sort()).toEqual(['immediate-danger', 'suicide']);
    expect(screen('he is on the bridge now', { ...reads, harm: 0.49 }).risks).toEqual(['immediate-danger']);
  });

  describe('words that are denied', () => {
    it('records a denied word and raises nothing while the model agrees', () => {
      expect(screen('no concerns about neglect', calm)).toMatchObject({ risks: [], denied: ['neglect'], doubt: false });
    });

    it('reads a denial after the words too ("neglect has been ruled out")', () => {
      expect(screen('neglect has been ruled out', calm)).toMatchObject({ risks: [], denied: ['neglect'] });
    });

    it.each([
      [0.94, [], ['neglect']],
      [0.95, ['neglect'], []],
    ] as const)('lets the model overrule the denial only when all but certain: %s', (harm, risks, denied) => {
      const found = screen('no concerns about neglect', { harm, categories: [['neglect', 0.9]] });
      expect(found.risks).toEqual(risks);
      expect(found.denied).toEqual(denied);
      expect(found.doubt).toBe(false);
    });

    it('needs the same certainty when the message says outright there is no risk', () => {
      expect(screen('the kids look thin and tired', { harm: 0.9, categories: [['neglect', 0.9]] }, true)).toMatchObject({ risks: [], doubt: false });
      expect(screen('the kids look thin and tired', { harm: 0.95, categories: [['neglect', 0.9]] }, true).risks).toEqual(['neglect']);
    });
  });

  describe('doubt and past harm without a lexicon word', () => {
    it.each([
      [0.3, true],
      [0.29, false],
    ] as const)('is in doubt at a model reading of %s (from 0.3 up)', (harm, doubt) => {
      expect(screen('the kids look thin and tired', { harm, past: 0 }).doubt).toBe(doubt);
    });

    it.each([
      [0.3, true],
      [0.39, true],
      [0.4, false],
    ] as const)('calls doubt from the model alone at %s faint (below 0.4): no reminder beside an answered request', (harm, faint) => {
      const found = screen('the kids look thin and tired', { harm, past: 0 });
      expect(found.doubt).toBe(true);
      expect(!!found.faint).toBe(faint);
    });

    it.each([
      ['past above both harm and nothing', { harm: 0.25, past: 0.5 }, true],
      ['past level with harm', { harm: 0.4, past: 0.4 }, false],
      ['past above harm but below nothing', { harm: 0.1, past: 0.4 }, false],
    ] as const)('reads the harm as past when the model does: %s', (_why, reading, past) => {
      expect(screen('when she was little her dad drank', reading).past).toBe(past);
    });
  });

  it('passes on how young the writer seems', () => {
    expect(screen('my mum shouts at me', { ...calm, young: 0.8 }).young).toBe(0.8);
  });

  it('needs five words before the model alone raises a risk; fewer are doubt', () => {
    const certain: Reading = { harm: 0.99, categories: [['fgm', 0.9]] };
    expect(screen('she is a girl', certain)).toMatchObject({ risks: [], doubt: true });
    expect(screen('she is a girl, nine', certain).risks).toEqual(['fgm']);
  });

  it('needs two words, numbers aside, before the model alone is even doubt: a bare answer to a question is not', () => {
    const certain: Reading = { harm: 0.99, categories: [['neglect', 0.9]] };
    for (const answer of ['9', 'Mansfield', '14.']) expect(screen(answer, certain), answer).toMatchObject({ risks: [], doubt: false });
    expect(screen('im scared', certain).doubt).toBe(true);
  });

  it('turns a lexicon word into doubt in a question about the guidance the model reads as harmless, and only there', () => {
    const harmless: Reading = { harm: 0.02, past: 0.02 };
    const quiz = "for a training quiz: is 'carrying a weapon' level 3 or 4?";
    expect(screenForRisk(screenWith(harmless), quiz, false, true)).toMatchObject({ risks: [], immediateDanger: false, doubt: true });
    expect(screenForRisk(screenWith(harmless), quiz, false, false).risks).toContain('immediate-danger');
    expect(screenForRisk(screenWith({ harm: 0.5, past: 0 }), quiz, false, true).risks).toContain('immediate-danger');
  });
});

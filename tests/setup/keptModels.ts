// Mutation runs of the understander and the turn planner only (stryker.models.config.mjs): read the trained
// risk model and the parsed knowledge from the start-up cache, as an ordinary test run does, instead of
// training the model again for every mutant (about 14 s a run instead of 4).
//
// The cache is off under mutation testing (startupCacheDirectory) because a kept result is keyed by the
// source text of the code that made it, and a mutant changes that code without changing its text. Here
// the text is read as Stryker left it: a file Stryker instrumented (it holds `stryMutAct_9fa48`) is given
// a key that matches nothing, so anything made by mutated code is made again, by that code. The files
// these runs mutate are not among the keyed code; a mutant that changes what the model is trained on
// (the understander's choice of harmless examples) changes the key, so that model is trained afresh.
// Nothing is written: a mutant's model is never kept, and the unmutated entries are never pruned.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { vi } from 'vitest';

vi.mock('../../src/knowledge/startupCache.js', async importOriginal => {
  const original = await importOriginal<typeof import('../../src/knowledge/startupCache.js')>();
  return {
    ...original,
    startupCacheDirectory: () => join(process.cwd(), 'node_modules', '.cache', 'referral-guide'),
    sourceOf: (url: string) => {
      const text = original.sourceOf(url);
      return text.includes('stryMutAct_9fa48') ? `instrumented ${url} ${randomBytes(8).toString('hex')}` : text;
    },
    writeKept: () => {},
  };
});

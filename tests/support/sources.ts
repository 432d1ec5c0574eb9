// The printed source documents live beside the repository (../shared/sources), not in it. Tests that
// read them skip, saying why, on a clone without them, as `npm run kb:check` does.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

// Found from this file, not with the loader's projectRoot(): a test helper should not lean on the code under test.
export const sourcesDir = process.env.KNOWLEDGE_SOURCES_DIR ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'sources');
export const sourcesPresent = existsSync(sourcesDir);

/** A test's name for `it.skipIf(!sourcesPresent)(...)`: when skipped, the report says why. */
export const needsSources = (name: string) => (sourcesPresent ? name : `${name} [skipped: no source documents at ${sourcesDir}]`);

if (!sourcesPresent) console.warn(`Source documents not found at ${sourcesDir}: the tests that read them are skipped.`);

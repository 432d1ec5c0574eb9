// Where start-up keeps work it can reuse (the parsed knowledge base, the trained risk model), and what a
// kept result depends on. Everything kept is keyed by a hash of all it was made from, code included, and
// checked on reading; anything missing, stale or damaged is simply made again, so nothing here is needed
// for the bot to start.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Enough for the compiled bot's and the tests' entries, with room for a few edits of the data. */
const KEEP_FILES = 24;

/**
 * Outside the repository's tracked files: node_modules/.cache (where build tools keep theirs) when the bot
 * runs from its folder, the system's temporary folder otherwise. None under mutation testing, where the
 * code under test changes while its source text does not.
 */
export function startupCacheDirectory(): string | null {
  if (process.env.STRYKER_MUTATOR_WORKER !== undefined || '__stryker__' in globalThis) return null;
  const modules = join(process.cwd(), 'node_modules');
  return existsSync(modules) ? join(modules, '.cache', 'referral-guide') : join(tmpdir(), 'referral-guide-cache');
}

/** A module's source text; under the test runner a `.js` import is the `.ts` file beside it. */
export function sourceOf(url: string): string {
  const path = fileURLToPath(url);
  if (existsSync(path)) return readFileSync(path, 'utf8');
  const ts = path.replace(/\.js$/, '.ts');
  if (existsSync(ts)) return readFileSync(ts, 'utf8');
  // Code that cannot be read cannot be vouched for: a key no kept file will ever have.
  return `missing ${path} ${randomBytes(8).toString('hex')}`;
}

/** An installed package's version, or a value that matches nothing kept. */
export function packageVersion(name: string): string {
  try {
    return `${name} ${(createRequire(import.meta.url)(`${name}/package.json`) as { version: string }).version}`;
  } catch {
    return `${name} unknown ${randomBytes(8).toString('hex')}`;
  }
}

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** Written whole, then renamed into place: a reader sees the old file, none, or the new one. Failure is silent. */
export function writeKept(directory: string, name: string, bytes: Uint8Array): void {
  try {
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    const file = join(directory, name);
    const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    writeFileSync(temporary, bytes, { mode: 0o600 });
    renameSync(temporary, file);
    prune(directory);
  } catch {
    // A read-only or full disk: the next start makes it again.
  }
}

export function readKept(directory: string, name: string): Buffer | undefined {
  try {
    const file = join(directory, name);
    if (!existsSync(file) || !ownedByUs(directory) || !ownedByUs(file)) return undefined;
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * A kept model decides what the risk screen reads, so it is read only from a folder and file that no
 * other user could have written (the temporary folder is shared): ours, and not writable by group or others.
 */
function ownedByUs(path: string): boolean {
  const { uid, mode } = statSync(path);
  return (process.getuid === undefined || uid === process.getuid()) && (mode & 0o022) === 0;
}

/** The newest files stay; a folder that only grows would, over many edits, fill a disk. */
function prune(directory: string): void {
  const files = readdirSync(directory).filter(f => !f.endsWith('.tmp'))
    .map(f => ({ path: join(directory, f), time: statSync(join(directory, f)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const old of files.slice(KEEP_FILES)) {
    try { unlinkSync(old.path); } catch { /* another process pruned it */ }
  }
}

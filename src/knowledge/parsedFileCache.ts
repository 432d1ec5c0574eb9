// The knowledge files as parsed and validated last time, kept between starts: parsing the YAML and
// checking it against the schema is most of loading the knowledge base. Kept only for files that were all
// valid, keyed by a hash of every file's name and text, the loader's and the schema's code and the
// versions of yaml and zod, so an edit to any file (or to the code that reads it) parses everything again.
// References between entries are still checked, and the knowledge base built, on every start.
import { isDeepStrictEqual } from 'node:util';
import type { ParsedFile } from './loader.js';
import { packageVersion, readKept, sha256, sourceOf, startupCacheDirectory, writeKept } from './startupCache.js';

const FORMAT = 'referral-guide parsed knowledge 1';
const CODE = ['./loader.js', './schema.js', './parsedFileCache.js'].map(f => new URL(f, import.meta.url).href);

interface KnowledgeText { name: string; text: string }
interface Kept { format: string; key: string; sha256: string; files: string }

function keyOf(files: readonly KnowledgeText[]): string {
  const parts = [FORMAT, packageVersion('yaml'), packageVersion('zod'), ...CODE.map(sourceOf), ...files.flatMap(f => [f.name, f.text])];
  return sha256(JSON.stringify(parts));
}

const nameOf = (key: string) => `${key.slice(0, 40)}.knowledge.json`;

/** The parsed files for exactly these texts, or undefined (nothing kept, another key, or a damaged file). */
export function readParsedFiles(files: readonly KnowledgeText[], directory: string | null = startupCacheDirectory()): ParsedFile[] | undefined {
  if (!directory) return undefined;
  const key = keyOf(files);
  const bytes = readKept(directory, nameOf(key));
  if (!bytes) return undefined;
  try {
    const kept = JSON.parse(bytes.toString('utf8')) as Kept;
    if (kept.format !== FORMAT || kept.key !== key || sha256(kept.files) !== kept.sha256) return undefined;
    const parsed = JSON.parse(kept.files) as ParsedFile[];
    return parsed.length === files.length && parsed.every((p, i) => p.file === files[i]!.name) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Kept only when reading it back gives the very same values (JSON has no undefined, no Date, no Map). */
export function keepParsedFiles(files: readonly KnowledgeText[], parsed: readonly ParsedFile[], directory: string | null = startupCacheDirectory()): void {
  if (!directory || parsed.length !== files.length) return;
  const json = JSON.stringify(parsed);
  if (!isDeepStrictEqual(JSON.parse(json), parsed)) return;
  const key = keyOf(files);
  const kept: Kept = { format: FORMAT, key, sha256: sha256(json), files: json };
  writeKept(directory, nameOf(key), Buffer.from(JSON.stringify(kept), 'utf8'));
}

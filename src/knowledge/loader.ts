// Loads knowledge/**/*.yaml once, validates every file against the schema, checks that every reference
// points at something that exists, and builds the immutable KnowledgeBase. Errors name the file, the
// YAML line and the field, because the people fixing them are content editors, not programmers.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { KnowledgeBase } from './knowledgeBase.js';
import { KnowledgeFile } from './schema.js';
import { keepParsedFiles, readParsedFiles } from './parsedFileCache.js';
import { checkReferences, type Collections, type Located } from './references.js';

/** Files and folders under knowledge/ that other modules own and validate themselves (training data, and the words the understanding modules match). */
const NOT_KNOWLEDGE_FILES = new Set(['intents.yaml', 'risk-corpus', 'attributes.yaml', 'framing.yaml', 'intent-cues.yaml', 'circumstances.yaml', 'question-words.yaml']);

export interface KnowledgeProblem { file: string; line?: number; field: string; message: string }

export class KnowledgeError extends Error {
  constructor(readonly problems: readonly KnowledgeProblem[]) {
    super(`The knowledge base has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'KnowledgeError';
  }
}

export const formatProblem = (p: KnowledgeProblem): string =>
  `  ${p.file}${p.line ? `:${p.line}` : ''}  ${p.field || '(file)'}: ${p.message}`;

/** The project root: the nearest folder above this module holding package.json (works from src/ and dist/src/). */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above the knowledge loader');
    dir = parent;
  }
  return dir;
}

export const defaultKnowledgeDir = (): string => join(projectRoot(), 'knowledge');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const path = join(dir, entry.name);
    if (NOT_KNOWLEDGE_FILES.has(entry.name)) return [];
    if (entry.isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(entry.name) ? [path] : [];
  }).sort();
}

/** A file's validated data, with the line each entry starts on (null where none is known). */
export interface ParsedFile { file: string; data: KnowledgeFile; lines: Record<string, (number | null)[]> }

const lineOf = (parsed: { doc: Document; lines: LineCounter }, path: readonly PropertyKey[]): number | undefined => {
  // Walk back up the path until a node exists (a missing field has no node; its parent does).
  for (let depth = path.length; depth >= 0; depth--) {
    const node = parsed.doc.getIn(path.slice(0, depth) as (string | number)[], true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return parsed.lines.linePos(node.range[0]).line;
  }
  return undefined;
};

const fieldPath = (path: readonly PropertyKey[]): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');

function parseFile(file: string, text: string, root: string, problems: KnowledgeProblem[]): ParsedFile | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const name = relative(root, file);
  if (doc.errors.length) {
    for (const e of doc.errors) problems.push({ file: name, line: lines.linePos(e.pos[0]).line, field: '', message: `not valid YAML (${e.code})` });
    return undefined;
  }
  const result = KnowledgeFile.safeParse(doc.toJS() ?? {});
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(describeIssue(name, { doc, lines }, issue));
    return undefined;
  }
  const entryLines = Object.fromEntries(Object.entries(result.data).map(([kind, list]) =>
    [kind, Array.isArray(list) ? list.map((_, index) => lineOf({ doc, lines }, [kind, index]) ?? null) : []]));
  return { file: name, data: result.data, lines: entryLines };
}

function describeIssue(file: string, parsed: { doc: Document; lines: LineCounter }, issue: z.core.$ZodIssue): KnowledgeProblem {
  const entryId = (() => {
    const [kind, index] = issue.path;
    const id = typeof index === 'number' ? parsed.doc.getIn([kind as string, index, 'id']) : undefined;
    return typeof id === 'string' ? ` (in "${id}")` : '';
  })();
  const message = issue.code === 'unrecognized_keys'
    ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map(k => `"${k}"`).join(', ')}`
    : issue.message;
  return { file, line: lineOf(parsed, issue.path), field: fieldPath(issue.path), message: message + entryId };
}

const cache = new Map<string, KnowledgeBase>();

/** The knowledge base from `dir` (default: the project's knowledge/), loaded once per process. Throws KnowledgeError. */
export function loadKnowledgeBase(dir: string = defaultKnowledgeDir()): KnowledgeBase {
  const cached = cache.get(dir);
  if (cached) return cached;
  const kb = readKnowledgeBase(dir);
  cache.set(dir, kb);
  return kb;
}

/** Reads and validates without caching (kb:check and tests of broken edits). */
export function readKnowledgeBase(dir: string): KnowledgeBase {
  if (!existsSync(dir)) throw new KnowledgeError([{ file: dir, field: '', message: 'the knowledge folder does not exist' }]);
  const root = dirname(dir);
  const problems: KnowledgeProblem[] = [];
  const files = yamlFiles(dir).map(file => ({ file, text: readFileSync(file, 'utf8'), name: relative(root, file) }));
  // Parsing and validating is most of start-up; the same files, parsed by the same code, give the same result.
  const kept = readParsedFiles(files);
  const parsed = kept ?? files.map(f => parseFile(f.file, f.text, root, problems)).filter((p): p is ParsedFile => !!p);
  if (problems.length) throw new KnowledgeError(problems);
  if (!kept) keepParsedFiles(files, parsed);

  const collections = gather(parsed);
  problems.push(...checkReferences(collections));
  if (problems.length) throw new KnowledgeError(problems);

  const hash = createHash('sha256');
  for (const f of files) hash.update(f.text);
  return buildKnowledgeBase(collections, hash.digest('hex').slice(0, 12));
}

function gather(files: readonly ParsedFile[]): Collections {
  const collections: Collections = {
    sources: [], authorities: [], districts: [], healthAreas: [], places: [], concerns: [], riskSignals: [],
    contacts: [], services: [], levels: [], processes: [],
  };
  for (const f of files) {
    for (const kind of Object.keys(collections) as (keyof Collections)[]) {
      (f.data[kind] ?? []).forEach((entry, index) => {
        (collections[kind] as Located<unknown>[]).push({ entry, file: f.file, line: f.lines[kind]?.[index] ?? undefined, path: `${kind}[${index}]` });
      });
    }
  }
  return collections;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function buildKnowledgeBase(c: Collections, version: string): KnowledgeBase {
  const entries = <T>(list: readonly Located<T>[]): T[] => list.map(l => l.entry);
  const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map(e => [e.id, e]));
  const sources = entries(c.sources), authorities = entries(c.authorities), districts = entries(c.districts);
  const healthAreas = entries(c.healthAreas), places = entries(c.places), concerns = entries(c.concerns);
  const riskSignals = entries(c.riskSignals), contacts = entries(c.contacts), services = entries(c.services);
  const levels = entries(c.levels).sort((a, b) => a.rank - b.rank), processes = entries(c.processes);
  const maps = {
    source: byId(sources), authority: byId(authorities), district: byId(districts), healthArea: byId(healthAreas),
    concern: byId(concerns), contact: byId(contacts), service: byId(services), level: byId(levels), process: byId(processes),
  };

  const broader = new Map<string, string[]>();
  const withBroader = (id: string): string[] => {
    const known = broader.get(id);
    if (known) return known;
    const seen = [id];
    for (let i = 0; i < seen.length; i++) {
      for (const b of maps.concern.get(seen[i]!)?.broader ?? []) if (!seen.includes(b)) seen.push(b);
    }
    broader.set(id, seen);
    return seen;
  };
  const groupBy = <T>(list: readonly T[], keys: (item: T) => readonly (string | undefined)[]) => {
    const map = new Map<string, T[]>();
    for (const item of list) for (const key of new Set(keys(item))) if (key) map.set(key, [...(map.get(key) ?? []), item]);
    return map;
  };
  const servicesByAuthority = groupBy(services, s => [s.authority]);
  const servicesByConcern = groupBy(services, s => s.concerns.flatMap(withBroader));
  const levelsByAuthority = groupBy(levels, l => [l.authority]);
  const processesByAuthority = groupBy(processes, p => [p.authority]);
  for (const concern of concerns) withBroader(concern.id);

  return deepFreeze({
    version, sources, authorities, districts, healthAreas, places, concerns, riskSignals, contacts, services, levels, processes,
    source: (id: string) => maps.source.get(id),
    authority: (id: string) => maps.authority.get(id),
    district: (id: string) => maps.district.get(id),
    healthArea: (id: string) => maps.healthArea.get(id),
    concern: (id: string) => maps.concern.get(id),
    contact: (id: string) => maps.contact.get(id),
    service: (id: string) => maps.service.get(id),
    level: (id: string) => maps.level.get(id),
    process: (id: string) => maps.process.get(id),
    servicesForAuthority: (id: string) => servicesByAuthority.get(id) ?? [],
    servicesForConcern: (id: string) => servicesByConcern.get(id) ?? [],
    levelsForAuthority: (id: string) => levelsByAuthority.get(id) ?? [],
    processesForAuthority: (id: string) => processesByAuthority.get(id) ?? [],
    concernWithBroader: (id: string) => broader.get(id) ?? [id],
  });
}

// The kept parse of the knowledge files is the parse: read back equal, never for other texts, ignored when damaged.
import { chmodSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ParsedFile } from '../../src/knowledge/loader.js';
import { keepParsedFiles, readParsedFiles } from '../../src/knowledge/parsedFileCache.js';

const files = [{ name: 'knowledge/a.yaml', text: 'sources: []\n' }, { name: 'knowledge/b.yaml', text: 'contacts: []\n' }];
const parsed = [
  { file: 'knowledge/a.yaml', data: { sources: [] }, lines: { sources: [] } },
  { file: 'knowledge/b.yaml', data: { contacts: [{ id: 'x', aliases: ['y'] }] }, lines: { contacts: [3] } },
] as unknown as ParsedFile[];
const directories: string[] = [];
const newDirectory = () => { const d = mkdtempSync(join(tmpdir(), 'kb-cache-')); directories.push(d); return d; };
afterEach(() => { for (const d of directories.splice(0)) rmSync(d, { recursive: true, force: true }); });

describe('the kept parse of the knowledge files', () => {
  it('reads back what was kept for the same texts', () => {
    const dir = newDirectory();
    expect(readParsedFiles(files, dir)).toBeUndefined();
    keepParsedFiles(files, parsed, dir);
    expect(readParsedFiles(files, dir)).toEqual(parsed);
  });

  it('is not read for an edited, added or renamed file', () => {
    const dir = newDirectory();
    keepParsedFiles(files, parsed, dir);
    expect(readParsedFiles([files[0]!, { ...files[1]!, text: 'contacts: [] # edited\n' }], dir)).toBeUndefined();
    expect(readParsedFiles([...files, { name: 'knowledge/c.yaml', text: '' }], dir)).toBeUndefined();
    expect(readParsedFiles([files[0]!, { ...files[1]!, name: 'knowledge/c.yaml' }], dir)).toBeUndefined();
  });

  it('ignores a damaged file', () => {
    const dir = newDirectory();
    keepParsedFiles(files, parsed, dir);
    const [name] = readdirSync(dir);
    writeFileSync(join(dir, name!), '{"format":"referral-guide parsed knowledge 1"');
    expect(readParsedFiles(files, dir)).toBeUndefined();
  });

  it('reads nothing another user could have written: a file or folder writable by group or others', () => {
    const dir = newDirectory();
    keepParsedFiles(files, parsed, dir);
    const [name] = readdirSync(dir);
    chmodSync(join(dir, name!), 0o666);
    expect(readParsedFiles(files, dir)).toBeUndefined();
    chmodSync(join(dir, name!), 0o600);
    chmodSync(dir, 0o777);
    expect(readParsedFiles(files, dir)).toBeUndefined();
    chmodSync(dir, 0o700);
    expect(readParsedFiles(files, dir)).toEqual(parsed);
  });

  it('keeps nothing that would not read back the same (an undefined field)', () => {
    const dir = newDirectory();
    const withUndefined = [parsed[0]!, { ...parsed[1]!, data: { contacts: [{ id: 'x', note: undefined }] } }] as unknown as ParsedFile[];
    keepParsedFiles(files, withUndefined, dir);
    expect(readdirSync(dir)).toEqual([]);
  });
});

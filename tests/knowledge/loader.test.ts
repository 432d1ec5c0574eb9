// A content editor's broken edit must stop start-up with a message naming the file, line and field;
// a good knowledge base loads whole, with every source contact in it.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeError, defaultKnowledgeDir, loadKnowledgeBase, projectRoot, readKnowledgeBase } from '../../src/knowledge/loader.js';
import { missingFromKnowledge, printedContacts, printedContactsIn } from '../../src/knowledge/sourceContacts.js';

/** A copy of the real knowledge folder with one file appended to or replaced. */
function editedKnowledge(file: string, text: string, append = false): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'kb-')), 'knowledge');
  cpSync(defaultKnowledgeDir(), dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, append ? readFileSync(path, 'utf8') + text : text);
  return dir;
}

const problemsOf = (dir: string) => {
  try { readKnowledgeBase(dir); } catch (e) { if (e instanceof KnowledgeError) return e.problems; throw e; }
  return [];
};

describe('loading the knowledge base', () => {
  it('loads every file, with a content version for /healthz', () => {
    const kb = loadKnowledgeBase();
    expect(kb.version).toMatch(/^[0-9a-f]{12}$/);
    expect(kb.sources.map(s => s.id)).toContain('pathway-to-provision');
    expect(kb.concernWithBroader('self-harm')).toEqual(['self-harm', 'mental-health']);
  });

  it('is immutable once loaded', () => {
    const kb = loadKnowledgeBase();
    expect(() => (kb.concerns as unknown[]).push({})).toThrow();
  });

  it('names the file, line and field of a misspelt field', () => {
    const dir = editedKnowledge('extra.yaml', 'concerns:\n  - id: kinship-care\n    label: kinship care\n    synonym: [kinship]\n');
    expect(problemsOf(dir)).toEqual([expect.objectContaining({ file: 'knowledge/extra.yaml', line: 2, field: 'concerns[0]', message: expect.stringContaining('unknown field "synonym"') })]);
  });

  it('points at a wrong type by line', () => {
    const dir = editedKnowledge('extra.yaml', 'concerns:\n  - id: kinship-care\n    label: kinship care\n    synonyms: kinship\n');
    expect(problemsOf(dir)[0]).toMatchObject({ file: 'knowledge/extra.yaml', line: 4, field: 'concerns[0].synonyms' });
  });

  it('rejects a reference to something that does not exist', () => {
    const dir = editedKnowledge('extra.yaml', 'concerns:\n  - id: kinship-care\n    label: kinship care\n    broader: [family-suport]\n');
    expect(problemsOf(dir)[0]).toMatchObject({ field: 'concerns[0].broader[0]', message: '"family-suport" is not a known concern id' });
  });

  it('rejects an id used twice, saying where the first one is', () => {
    const dir = editedKnowledge('extra.yaml', 'concerns:\n  - id: adhd\n    label: ADHD again\n');
    expect(problemsOf(dir)[0]?.message).toMatch(/already used at knowledge\/concerns\.yaml:\d+/);
  });

  it('reports YAML that does not parse', () => {
    const dir = editedKnowledge('extra.yaml', 'concerns:\n  - {id: adhd, label: [unclosed\n');
    expect(problemsOf(dir)[0]).toMatchObject({ file: 'knowledge/extra.yaml', message: expect.stringContaining('not valid YAML') });
  });
});

describe('contacts printed in the sources', () => {
  it('finds full numbers, extensions, local numbers and emails', () => {
    const found = printedContacts('MASH: 0300 500 80 90 or mash@x.gov.uk\nPrevent 101 Ext 801 5060\nVCM: 641011', 'a.txt');
    expect(found.map(f => f.value)).toEqual(['mash@x.gov.uk', '0300 500 80 90', '101 Ext 801 5060', '641011']);
  });

  it('are all in the knowledge base', () => {
    const sources = join(projectRoot(), '..', 'shared', 'sources');
    const missing = missingFromKnowledge(loadKnowledgeBase(), printedContactsIn(sources));
    expect(missing.map(m => `${m.file}:${m.line} ${m.value}`)).toEqual([]);
  });
});

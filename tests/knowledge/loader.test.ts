// A content editor's broken edit must stop start-up with a message naming the file, line and field;
// a good knowledge base loads whole, indexed and frozen, with every source contact in it.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeError, defaultKnowledgeDir, formatProblem, loadKnowledgeBase, projectRoot, readKnowledgeBase } from '../../src/knowledge/loader.js';
import { missingFromKnowledge, printedContacts, printedContactsIn } from '../../src/knowledge/sourceContacts.js';
import { needsSources, sourcesDir, sourcesPresent } from '../support/sources.js';

/** A copy of the real knowledge folder with files added, replaced or appended to. */
function editedKnowledge(files: Record<string, string>, append = false): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'kb-')), 'knowledge');
  cpSync(defaultKnowledgeDir(), dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    const path = join(dir, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, append ? readFileSync(path, 'utf8') + text : text);
  }
  return dir;
}

// Each test reads its own copy (readKnowledgeBase does not cache), so what a test checks was built while
// it ran: mutation testing attributes the loader's work to the test that looks at it.
const fresh = () => readKnowledgeBase(defaultKnowledgeDir());

const problemsOf = (dir: string) => {
  try { readKnowledgeBase(dir); } catch (e) { if (e instanceof KnowledgeError) return e.problems; throw e; }
  return [];
};

describe('loading the knowledge base', () => {
  it('loads every file, with a content version for /healthz', () => {
    const kb = fresh();
    expect(kb.version).toMatch(/^[0-9a-f]{12}$/);
    expect(kb.sources.map(s => s.id)).toContain('pathway-to-provision');
  });

  it('finds the project and its knowledge folder from the loader\'s own place', () => {
    const root = join(import.meta.dirname, '..', '..');
    expect(projectRoot()).toBe(root);
    expect(defaultKnowledgeDir()).toBe(join(root, 'knowledge'));
  });

  it('is read once per folder; reading again for kb:check gives a fresh copy of the same content', () => {
    const cached = loadKnowledgeBase();
    expect(loadKnowledgeBase()).toBe(cached);
    expect(loadKnowledgeBase(defaultKnowledgeDir())).toBe(cached);
    const copy = fresh();
    expect(copy).not.toBe(cached);
    expect(copy.version).toBe(cached.version);
    expect(copy.contacts.length).toBe(cached.contacts.length);
  });

  it('gets a new version when any file changes, and the same version for the same content', () => {
    const kb = fresh();
    const changed = readKnowledgeBase(editedKnowledge({ 'concerns.yaml': '\n# a comment\n' }, true));
    expect(changed.version).toMatch(/^[0-9a-f]{12}$/);
    expect(changed.version).not.toBe(kb.version);
    expect(readKnowledgeBase(editedKnowledge({})).version).toBe(kb.version);
  });

  it('is immutable once loaded, all the way down', () => {
    const kb = fresh();
    expect(() => (kb.concerns as unknown[]).push({})).toThrow();
    const mash = kb.contact('nottinghamshire-mash')!;
    expect(Object.isFrozen(mash)).toBe(true);
    expect(Object.isFrozen(mash.phones[0])).toBe(true);
    expect(Object.isFrozen(kb.service('small-steps-cygnet')!.ages)).toBe(true);
  });

  it('reads .yml files and sub-folders, and ignores other files and intents.yaml (the classifier owns it)', () => {
    const kb = fresh();
    const dir = editedKnowledge({
      'extra/more.yml': 'concerns:\n  - id: kinship-care\n    label: kinship care\n',
      'README.txt': 'not: [yaml',
      'concerns.yaml.bak': 'an editor\'s backup: [not read',
      'intents.yaml': 'this is: [not a knowledge file',
    });
    const edited = readKnowledgeBase(dir);
    expect(edited.concern('kinship-care')?.label).toBe('kinship care');
    expect(edited.concerns.length).toBe(kb.concerns.length + 1);
  });

  it('takes an empty file as a file with nothing in it', () => {
    const kb = fresh();
    expect(readKnowledgeBase(editedKnowledge({ 'empty.yaml': '' })).concerns.length).toBe(kb.concerns.length);
  });
});

describe('the indexes every module reads through', () => {
  it('finds each kind of entry by id, and nothing for an unknown id', () => {
    const kb = fresh();
    const lookups = [
      [kb.source, kb.sources], [kb.authority, kb.authorities], [kb.district, kb.districts], [kb.healthArea, kb.healthAreas],
      [kb.concern, kb.concerns], [kb.contact, kb.contacts], [kb.service, kb.services], [kb.level, kb.levels], [kb.process, kb.processes],
    ] as const;
    for (const [find, list] of lookups) {
      expect(list.length).toBeGreaterThan(0);
      for (const entry of list) expect((find as (id: string) => unknown)(entry.id)).toBe(entry);
      expect((find as (id: string) => unknown)('no-such-id')).toBeUndefined();
    }
  });

  it('lists levels of need from the lowest rank up', () => {
    const kb = fresh();
    for (const authority of ['nottinghamshire', 'nottingham-city', 'derby']) {
      const ranks = kb.levelsForAuthority(authority).map(l => l.rank);
      expect(ranks.length).toBeGreaterThan(1);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
    expect(kb.levels.map(l => l.rank)).toEqual([...kb.levels.map(l => l.rank)].sort((a, b) => a - b));
  });

  it('groups services, levels and processes by authority', () => {
    const kb = fresh();
    for (const authority of ['nottinghamshire', 'nottingham-city', 'derby']) {
      expect(kb.servicesForAuthority(authority)).toEqual(kb.services.filter(s => s.authority === authority));
      expect(kb.levelsForAuthority(authority).every(l => l.authority === authority)).toBe(true);
      expect(kb.processesForAuthority(authority)).toEqual(kb.processes.filter(p => p.authority === authority));
    }
    expect(kb.servicesForAuthority('derby').map(s => s.id)).toContain('derby-mst');
    expect(kb.servicesForAuthority('leeds')).toEqual([]);
    expect(kb.levelsForAuthority('leeds')).toEqual([]);
    expect(kb.processesForAuthority('leeds')).toEqual([]);
  });

  it('finds a service by its concern and by a broader one, listing it once', () => {
    const kb = fresh();
    expect(kb.servicesForConcern('autism').map(s => s.id)).toContain('small-steps-cygnet');
    // Kooth is for anxiety, low mood and more: all are emotional and mental health, and it appears once.
    const mentalHealth = kb.servicesForConcern('mental-health').map(s => s.id);
    expect(mentalHealth).toContain('kooth');
    expect(new Set(mentalHealth).size).toBe(mentalHealth.length);
    expect(kb.servicesForConcern('no-such-concern')).toEqual([]);
  });

  it('gives a concern\'s broader concerns, transitively, itself first', () => {
    const kb = fresh();
    expect(kb.concernWithBroader('self-harm')).toEqual(['self-harm', 'mental-health']);
    expect(kb.concernWithBroader('mental-health')).toEqual(['mental-health']);
    expect(kb.concernWithBroader('no-such-concern')).toEqual(['no-such-concern']);
    const chained = readKnowledgeBase(editedKnowledge({
      'extra.yaml': 'concerns:\n  - {id: exam-stress, label: exam stress, broader: [anxiety]}\n  - {id: test-nerves, label: test nerves, broader: [exam-stress, anxiety]}\n',
    }));
    expect(chained.concernWithBroader('test-nerves')).toEqual(['test-nerves', 'exam-stress', 'anxiety', 'mental-health']);
  });
});

describe('a broken edit', () => {
  it('names the file, line and field of a misspelt field, and the entry it is in', () => {
    const dir = editedKnowledge({ 'extra.yaml': 'concerns:\n  - id: kinship-care\n    label: kinship care\n    synonym: [kinship]\n' });
    expect(problemsOf(dir)).toEqual([{ file: 'knowledge/extra.yaml', line: 2, field: 'concerns[0]', message: 'unknown field "synonym" (in "kinship-care")' }]);
  });

  it('lists every unknown field of an entry', () => {
    const dir = editedKnowledge({ 'extra.yaml': 'concerns:\n  - id: kinship-care\n    label: kinship care\n    synonym: [kinship]\n    broad: []\n' });
    expect(problemsOf(dir)[0]?.message).toBe('unknown fields "synonym", "broad" (in "kinship-care")');
  });

  it('points at a wrong type by line and by the path to the field', () => {
    const dir = editedKnowledge({ 'extra.yaml': 'concerns:\n  - id: kinship-care\n    label: kinship care\n    synonyms: kinship\n' });
    expect(problemsOf(dir)).toEqual([expect.objectContaining({ file: 'knowledge/extra.yaml', line: 4, field: 'concerns[0].synonyms', message: expect.stringContaining('(in "kinship-care")') })]);
  });

  it('points at the entry when a required field is missing (the field has no line of its own)', () => {
    const dir = editedKnowledge({ 'extra.yaml': 'concerns:\n  - {id: a, label: A}\n  - id: kinship-care\n' });
    expect(problemsOf(dir)).toEqual([expect.objectContaining({ file: 'knowledge/extra.yaml', line: 3, field: 'concerns[1].label' })]);
  });

  it('points at a wrong value deep in an entry', () => {
    const dir = editedKnowledge({ 'extra.yaml': 'contacts:\n  - id: test-line\n    name: Test line\n    phones:\n      - {number: "call us"}\n    citation: {source: small-steps, section: "x"}\n' });
    expect(problemsOf(dir)).toEqual([expect.objectContaining({ line: 5, field: 'contacts[0].phones[0].number', message: expect.stringMatching(/^a phone number as printed.*\(in "test-line"\)$/) })]);
  });

  it('says what is wrong with a whole list, without an entry', () => {
    const dir = editedKnowledge({ 'extra.yaml': 'concerns: not a list\n' });
    const [problem] = problemsOf(dir);
    expect(problem).toMatchObject({ file: 'knowledge/extra.yaml', line: 1, field: 'concerns' });
    expect(problem?.message).toMatch(/^Invalid input: expected array, received string$/);
  });

  it('points at the top of the file for an unknown kind of entry', () => {
    const dir = editedKnowledge({ 'extra.yaml': '# a new file\nconcern:\n  - {id: a, label: A}\n' });
    expect(problemsOf(dir)).toEqual([{ file: 'knowledge/extra.yaml', line: 2, field: '', message: 'unknown field "concern"' }]);
  });

  it('names no entry when the entry has no id', () => {
    const dir = editedKnowledge({ 'extra.yaml': 'concerns:\n  - {label: A, synonym: []}\n' });
    expect(problemsOf(dir).map(p => p.message)).toEqual(expect.arrayContaining(['unknown field "synonym"']));
  });

  it('rejects a reference to something that does not exist', () => {
    const dir = editedKnowledge({ 'extra.yaml': 'concerns:\n  - id: kinship-care\n    label: kinship care\n    broader: [family-suport]\n' });
    expect(problemsOf(dir)).toEqual([{ file: 'knowledge/extra.yaml', line: 2, field: 'concerns[0].broader[0]', message: '"family-suport" is not a known concern id' }]);
  });

  it('rejects a word kept from stem matching that is not one of the concern\'s synonyms', () => {
    const dir = editedKnowledge({ 'extra.yaml': 'concerns:\n  - id: kinship-care\n    label: kinship care\n    synonyms: [kinship]\n    exactOnly: [kin]\n' });
    expect(problemsOf(dir)).toEqual([{ file: 'knowledge/extra.yaml', line: 2, field: 'concerns[0].exactOnly[0]', message: '"kin" is not one of this concern\'s synonyms' }]);
  });

  it('rejects an id used twice, saying where the first one is', () => {
    const dir = editedKnowledge({ 'extra.yaml': 'concerns:\n  - id: adhd\n    label: ADHD again\n' });
    expect(problemsOf(dir)).toEqual([{ file: 'knowledge/extra.yaml', line: 2, field: 'concerns[0].id', message: 'the concern id "adhd" is already used at knowledge/concerns.yaml:4' }]);
  });

  it('reports YAML that does not parse, at its line', () => {
    const dir = editedKnowledge({ 'extra.yaml': 'concerns:\n  - {id: adhd, label: [unclosed\n' });
    expect(problemsOf(dir)[0]).toMatchObject({ file: 'knowledge/extra.yaml', line: expect.any(Number), field: '', message: expect.stringMatching(/^not valid YAML \([A-Z_]+\)$/) });
  });

  it('reports every broken file, in file-name order, before any reference is checked', () => {
    // Written out of order, so the folder's own listing order is unlikely to be the sorted one.
    const broken = (id: string) => `concerns:\n  - {id: ${id}, label: ${id}, synonym: []}\n`;
    const dir = editedKnowledge({
      'ee.yaml': broken('e'), 'bb.yaml': broken('b'), 'ff.yaml': broken('f'), 'aa.yaml': broken('a'), 'dd.yaml': broken('d'), 'cc.yaml': broken('c'),
      'mm.yaml': 'concerns:\n  - {id: m, label: M, broader: [nothing-here]}\n',
    });
    expect(problemsOf(dir).map(p => p.file)).toEqual(['aa', 'bb', 'cc', 'dd', 'ee', 'ff'].map(name => `knowledge/${name}.yaml`));
  });

  it('stops with a message listing each problem on its own line', () => {
    const dir = editedKnowledge({ 'extra.yaml': 'concerns:\n  - {id: a, label: A, synonym: []}\n  - {id: b, label: B, synonym: []}\n' });
    expect(() => readKnowledgeBase(dir)).toThrow(KnowledgeError);
    try { readKnowledgeBase(dir); } catch (e) {
      expect((e as Error).name).toBe('KnowledgeError');
      expect((e as Error).message).toBe([
        'The knowledge base has 2 problems:',
        '  knowledge/extra.yaml:2  concerns[0]: unknown field "synonym" (in "a")',
        '  knowledge/extra.yaml:3  concerns[1]: unknown field "synonym" (in "b")',
      ].join('\n'));
    }
  });

  it('says "1 problem" for one, and names a missing folder', () => {
    const missing = join(tmpdir(), 'no-such-knowledge-folder');
    expect(() => readKnowledgeBase(missing)).toThrow(`The knowledge base has 1 problem:\n  ${missing}  (file): the knowledge folder does not exist`);
  });

  it('formats a problem with and without a line', () => {
    expect(formatProblem({ file: 'knowledge/a.yaml', line: 7, field: 'contacts[2].phones', message: 'wrong' })).toBe('  knowledge/a.yaml:7  contacts[2].phones: wrong');
    expect(formatProblem({ file: 'knowledge/a.yaml', field: '', message: 'not valid YAML' })).toBe('  knowledge/a.yaml  (file): not valid YAML');
  });
});

describe('contacts printed in the sources', () => {
  it('finds full numbers, extensions, local numbers and emails', () => {
    const kb = fresh();
    const found = printedContacts('MASH: 0300 500 80 90 or mash@x.gov.uk\nPrevent 101 Ext 801 5060\nVCM: 641011', 'a.txt');
    expect(found.map(f => f.value)).toEqual(['mash@x.gov.uk', '0300 500 80 90', '101 Ext 801 5060', '641011']);
  });

  it.skipIf(!sourcesPresent)(needsSources('are all in the knowledge base'), () => {
    const missing = missingFromKnowledge(loadKnowledgeBase(), printedContactsIn(sourcesDir));
    expect(missing.map(m => `${m.file}:${m.line} ${m.value}`)).toEqual([]);
  });
});

// The kept risk model is the model training gives: read back bit for bit, never for another corpus or
// other code, and ignored (retrained) when its file is damaged.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { classifierFrom, fitTextClassifier, type TrainingExample } from '../../src/understanding/riskModel.js';
import { cachedParameters, cacheKey, type ParameterFitting } from '../../src/understanding/riskModelCache.js';

const corpus: TrainingExample[] = [
  ...Array.from({ length: 20 }, (_, i) => ({ text: `he hit me again last night and it hurt ${i}`, label: 'harm' })),
  ...Array.from({ length: 20 }, (_, i) => ({ text: `what time does the library open on day ${i}`, label: 'none' })),
];
const code = [new URL('../../src/understanding/riskModel.ts', import.meta.url).href];
const directories: string[] = [];
const newDirectory = () => { const d = mkdtempSync(join(tmpdir(), 'risk-cache-')); directories.push(d); return d; };
afterEach(() => { for (const d of directories.splice(0)) rmSync(d, { recursive: true, force: true }); });

type Probabilities = number[][];
/** A fitting that counts its trainings and probes; `change` alters what the model predicts for a text. */
function counting(change: (text: string, probs: number[]) => number[] = (_, probs) => probs): ParameterFitting & { fits: number; probes: number } {
  const fitting = {
    fits: 0,
    probes: 0,
    fit: (examples: readonly TrainingExample[]) => { fitting.fits++; return fitTextClassifier(examples); },
    probe: (p: Parameters<ParameterFitting['probe']>[0], texts: readonly string[]): Probabilities => {
      fitting.probes++;
      const c = classifierFrom(p);
      return texts.map(t => change(t, [...c.predict(t).values()]));
    },
    code,
  };
  return fitting;
}
const predictions = (p: ReturnType<typeof fitTextClassifier>) => ['he hit me', 'library hours', 'bruises'].map(t => [...classifierFrom(p).predict(t)]);

describe('the risk model cache', () => {
  it('trains once, then reads back the same parameters bit for bit', () => {
    const dir = newDirectory();
    const fitting = counting();
    const trained = cachedParameters(corpus, {}, fitting, dir);
    const kept = cachedParameters(corpus, {}, fitting, dir);
    expect(fitting.fits).toBe(1);
    expect(kept.features).toEqual(trained.features);
    expect(Buffer.from(kept.weights.buffer, kept.weights.byteOffset, kept.weights.byteLength))
      .toEqual(Buffer.from(trained.weights.buffer, trained.weights.byteOffset, trained.weights.byteLength));
    expect([...kept.bias]).toEqual([...trained.bias]);
    expect(predictions(kept)).toEqual(predictions(fitTextClassifier(corpus)));
  });

  it('retrains for a changed example, label, option or code file', () => {
    const key = cacheKey(corpus, {}, code);
    const changedText = corpus.map((e, i) => (i === 3 ? { ...e, text: `${e.text}!` } : e));
    const changedLabel = corpus.map((e, i) => (i === 3 ? { ...e, label: 'none' } : e));
    expect(cacheKey(changedText, {}, code)).not.toBe(key);
    expect(cacheKey(changedLabel, {}, code)).not.toBe(key);
    expect(cacheKey(corpus.slice(1), {}, code)).not.toBe(key);
    expect(cacheKey(corpus, { epochs: 5 }, code)).not.toBe(key);
    expect(cacheKey(corpus, {}, [new URL('../../src/understanding/text.ts', import.meta.url).href])).not.toBe(key);

    const dir = newDirectory();
    const fitting = counting();
    cachedParameters(corpus, {}, fitting, dir);
    const other = cachedParameters(changedLabel, {}, fitting, dir);
    expect(fitting.fits).toBe(2);
    expect(predictions(other)).toEqual(predictions(fitTextClassifier(changedLabel)));
  });

  it('ignores a damaged file and trains again', () => {
    const dir = newDirectory();
    const fitting = counting();
    cachedParameters(corpus, {}, fitting, dir);
    const [file] = readdirSync(dir);
    const bytes = readFileSync(join(dir, file!));
    bytes[bytes.length - 20]! ^= 1;
    writeFileSync(join(dir, file!), bytes);
    const again = cachedParameters(corpus, {}, fitting, dir);
    expect(fitting.fits).toBe(2);
    expect(predictions(again)).toEqual(predictions(fitTextClassifier(corpus)));

    writeFileSync(join(dir, file!), 'not a model');
    cachedParameters(corpus, {}, fitting, dir);
    expect(fitting.fits).toBe(3);
  });

  it('trains as before with no cache or an unusable folder', () => {
    const fitting = counting();
    const file = join(newDirectory(), 'a file, not a folder');
    writeFileSync(file, '');
    const p = cachedParameters(corpus, {}, fitting, file);
    const q = cachedParameters(corpus, {}, fitting, null);
    expect(fitting.fits).toBe(2);
    expect(predictions(p)).toEqual(predictions(q));
  });

  it('with no cache folder, only trains: no key is worked out and no predictions are recorded', () => {
    const fitting = counting();
    cachedParameters(corpus, {}, fitting, null);
    expect(fitting.fits).toBe(1);
    expect(fitting.probes).toBe(0);
  });

  it('notices predictions that changed only for the later examples of the corpus (the recorded ones span it)', () => {
    // Something the key cannot see (a dependency of the code) now makes the model read the library
    // questions, the corpus's second half, differently: the kept model is not the model training gives.
    const dir = newDirectory();
    cachedParameters(corpus, {}, counting(), dir);
    const changed = counting((text, probs) => (text.includes('library') ? [...probs].reverse() : probs));
    cachedParameters(corpus, {}, changed, dir);
    expect(changed.fits).toBe(1);
    // ... and for the earlier examples just the same.
    const dir2 = newDirectory();
    cachedParameters(corpus, {}, counting(), dir2);
    const changedEarly = counting((text, probs) => (text.includes('hit me') ? [...probs].reverse() : probs));
    cachedParameters(corpus, {}, changedEarly, dir2);
    expect(changedEarly.fits).toBe(1);
  });

  it('reads a kept file back the same on a big-endian machine (the file\'s numbers are little-endian)', async () => {
    const dir = newDirectory();
    const trained = cachedParameters(corpus, {}, counting(), dir);
    vi.resetModules();
    vi.doMock('node:os', async original => ({ ...(await original<typeof import('node:os')>()), endianness: () => 'BE' }));
    try {
      const bigEndian = await import('../../src/understanding/riskModelCache.js');
      const fitting = counting();
      const kept = bigEndian.cachedParameters(corpus, {}, fitting, dir);
      expect(fitting.fits).toBe(0);
      expect([...kept.weights]).toEqual([...trained.weights]);
      expect([...kept.bias]).toEqual([...trained.bias]);
      expect(predictions(kept)).toEqual(predictions(fitTextClassifier(corpus)));
    } finally {
      vi.doUnmock('node:os');
      vi.resetModules();
    }
  });

  describe('a kept file changed in one way, everything else left consistent, is not read', () => {
    // The file: a 4-byte length, a JSON header, then the numbers (whose sha256 the header records).
    const tampered = (change: (header: Record<string, unknown>, numbers: Buffer) => Buffer | void) => {
      const dir = newDirectory();
      const fitting = counting();
      cachedParameters(corpus, {}, fitting, dir);
      const [file] = readdirSync(dir);
      const bytes = readFileSync(join(dir, file!));
      const length = bytes.readUInt32LE(0);
      const header = JSON.parse(bytes.subarray(4, 4 + length).toString('utf8')) as Record<string, unknown>;
      let numbers: Buffer = Buffer.from(bytes.subarray(4 + length));
      numbers = change(header, numbers) ?? numbers;
      header.sha256 = createHash('sha256').update(numbers).digest('hex');
      const json = Buffer.from(JSON.stringify(header), 'utf8');
      const size = Buffer.alloc(4);
      size.writeUInt32LE(json.length);
      writeFileSync(join(dir, file!), Buffer.concat([size, json, numbers]));
      const read = cachedParameters(corpus, {}, fitting, dir);
      return { fits: fitting.fits, read };
    };

    it('re-signed as it was, it is read', () => {
      expect(tampered(() => undefined).fits).toBe(1);
    });

    it.each([
      ['another format', (h: Record<string, unknown>) => { h.format = 'some other cache 1'; }],
      ['another key', (h: Record<string, unknown>) => { h.key = '0'.repeat(40); }],
      ['a number missing', (_: Record<string, unknown>, n: Buffer) => n.subarray(0, n.length - 8)],
      ['a number too many', (_: Record<string, unknown>, n: Buffer) => Buffer.concat([n, Buffer.alloc(8)])],
      ['a probe too many', (h: Record<string, unknown>) => { const probes = h.probes as number[][]; probes.push([...probes[0]!]); }],
      ['a probe missing', (h: Record<string, unknown>) => { (h.probes as number[][]).pop(); }],
      ['a probe with another probability', (h: Record<string, unknown>) => { (h.probes as number[][])[0]![0]! += 1e-9; }],
      ['a probe with a probability too many', (h: Record<string, unknown>) => { (h.probes as number[][])[0]!.push(0); }],
      ['a weight changed', (_: Record<string, unknown>, n: Buffer) => { n.writeDoubleLE(n.readDoubleLE(0) + 1, 0); }],
      ['the last probe changed', (h: Record<string, unknown>) => { const probes = h.probes as number[][]; probes[probes.length - 1]![1]! += 1e-9; }],
    ])('%s: trained again', (_, change) => {
      const { fits, read } = tampered(change);
      expect(fits).toBe(2);
      expect(predictions(read)).toEqual(predictions(fitTextClassifier(corpus)));
    });
  });

  it('keys a model by 40 hex characters, by its code files\' names and text, not the folder they sit in', () => {
    const key = cacheKey(corpus, {}, code);
    expect(key).toMatch(/^[0-9a-f]{40}$/);
    const copy = join(newDirectory(), 'riskModel.ts');
    writeFileSync(copy, readFileSync(new URL(code[0]!)));
    expect(cacheKey(corpus, {}, [pathToFileURL(copy).href])).toBe(key);
  });
});

// Trained risk-model parameters kept between starts, so start-up and each test file read a model in
// milliseconds instead of training one for seconds. Training is deterministic, so a kept model is the
// model training would give, as long as nothing it depends on has changed: the key is a hash of the
// training examples (text and label, in order), the options, the code that makes features and trains
// (its source files) and the stemmer's version. A changed corpus or intents file is a new key, so a stale
// model is never read; a file that fails any check (key, checksum, shape, the predictions recorded when it
// was trained) is ignored and the model retrained. Nothing here is needed: no cache, an unwritable
// folder or a broken file all mean training as before.
import { createHash } from 'node:crypto';
import { endianness } from 'node:os';
import { packageVersion, readKept, sha256, sourceOf, startupCacheDirectory, writeKept } from '../knowledge/startupCache.js';
import type { ClassifierParameters, TrainingExample, TrainingOptions } from './riskModel.js';

const FORMAT = 'referral-guide risk-model cache 1';
/** Training examples whose predictions are recorded with the parameters and recomputed on reading. */
const PROBES = 8;

export interface ParameterFitting {
  fit(examples: readonly TrainingExample[], options: TrainingOptions): ClassifierParameters;
  /** The probabilities the parameters give each text, in label order. */
  probe(parameters: ClassifierParameters, texts: readonly string[]): number[][];
  /** The source files (module URLs) the parameters depend on. */
  code: readonly string[];
}

/** The start-up cache's folder (node_modules/.cache/referral-guide), none under mutation testing. */
export const defaultCacheDirectory = startupCacheDirectory;

export function cachedParameters(examples: readonly TrainingExample[], options: TrainingOptions, fitting: ParameterFitting,
  directory: string | null = defaultCacheDirectory()): ClassifierParameters {
  if (!directory) return fitting.fit(examples, options);
  const key = cacheKey(examples, options, fitting.code);
  const name = `${key}.model`;
  const probes = probeTexts(examples);
  const kept = readParameters(readKept(directory, name), key, probes, fitting);
  if (kept) return kept;
  const fitted = fitting.fit(examples, options);
  writeKept(directory, name, serialise(key, fitted, fitting.probe(fitted, probes)));
  return fitted;
}

export function cacheKey(examples: readonly TrainingExample[], options: TrainingOptions, code: readonly string[]): string {
  const hash = createHash('sha256');
  hash.update(`${FORMAT}\n${packageVersion('natural')}\n${JSON.stringify(options)}\n`);
  for (const url of code) hash.update(`${url.replace(/^.*\//, '')}\n${sourceOf(url)}\n`);
  for (const e of examples) hash.update(`${JSON.stringify([e.text, e.label])}\n`);
  return hash.digest('hex').slice(0, 40);
}

const probeTexts = (examples: readonly TrainingExample[]): string[] => {
  const step = Math.max(1, Math.floor(examples.length / PROBES));
  return examples.filter((_, i) => i % step === 0).slice(0, PROBES).map(e => e.text);
};

interface Header { format: string; key: string; labels: string[]; features: string[]; probes: number[][]; sha256: string }

// The file: a 4-byte length, a JSON header, then the weights and the bias as little-endian float64s,
// so every number comes back bit for bit.
function serialise(key: string, p: ClassifierParameters, probes: number[][]): Buffer {
  const numbers = Buffer.alloc((p.weights.length + p.bias.length) * 8);
  p.weights.forEach((w, i) => numbers.writeDoubleLE(w, i * 8));
  p.bias.forEach((b, i) => numbers.writeDoubleLE(b, (p.weights.length + i) * 8));
  const header: Header = { format: FORMAT, key, labels: p.labels, features: p.features, probes, sha256: sha256(numbers) };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  return Buffer.concat([length, json, numbers]);
}

function readParameters(bytes: Buffer | undefined, key: string, probeTexts: readonly string[], fitting: ParameterFitting): ClassifierParameters | undefined {
  if (!bytes) return undefined;
  try {
    const headerLength = bytes.readUInt32LE(0);
    const header = JSON.parse(bytes.subarray(4, 4 + headerLength).toString('utf8')) as Header;
    const numbers = bytes.subarray(4 + headerLength);
    const K = header.labels.length;
    if (header.format !== FORMAT || header.key !== key || sha256(numbers) !== header.sha256) return undefined;
    if (numbers.length !== (header.features.length * K + K) * 8 || header.probes.length !== probeTexts.length) return undefined;
    const all = new Float64Array(numbers.length / 8);
    if (endianness() === 'LE') new Uint8Array(all.buffer).set(numbers);
    else for (let i = 0; i < all.length; i++) all[i] = numbers.readDoubleLE(i * 8);
    const parameters: ClassifierParameters = {
      labels: header.labels, features: header.features,
      weights: all.subarray(0, header.features.length * K), bias: all.slice(header.features.length * K),
    };
    const now = fitting.probe(parameters, probeTexts);
    const same = now.every((probs, i) => {
      const then = header.probes[i]!;
      return probs.length === then.length && probs.every((p, k) => Object.is(p, then[k]));
    });
    return same ? parameters : undefined;
  } catch {
    return undefined;
  }
}

// The risk model's training data, knowledge/risk-corpus/*.yaml: messages that describe harm to a child,
// one file a category, and hard negatives (the same words used innocently, questions about the
// guidance, past harm beside a request for a service). Validated so an editor's slip names the file,
// the line and the field.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { defaultKnowledgeDir, KnowledgeError, type KnowledgeProblem, projectRoot } from './loader.js';
import { Id } from './schema.js';

export const Voice = z.enum(['child', 'teen', 'parent', 'relative', 'neighbour', 'friend', 'professional']);
export const NegativeKind = z.enum(['innocent-word', 'about-guidance', 'past-risk-service', 'service-question', 'denial']);

const Example = z.object({ voice: Voice, text: z.string().trim().min(3, 'an empty message') }).strict();

export const RiskCorpusFile = z.object({
  category: z.union([z.literal('none'), Id]).describe('a risk signal id from knowledge/risk.yaml, or "none" for hard negatives'),
  kind: NegativeKind.optional().describe('for category "none": which kind of hard negative'),
  examples: z.array(Example).min(20, 'at least 20 examples: a category the model barely sees is one it cannot learn'),
}).strict().refine(f => (f.category === 'none') === (f.kind !== undefined), { message: '"kind" is given for category "none" and only for it', path: ['kind'] });

/** One labelled message. `label` is a risk signal id, "none", or "past" (harm in the past beside a request). */
export interface CorpusExample { text: string; label: string; voice: z.infer<typeof Voice>; kind?: z.infer<typeof NegativeKind>; file: string }

export const defaultCorpusDir = (): string => join(defaultKnowledgeDir(), 'risk-corpus');

/** Every example, in file order. Throws KnowledgeError naming file, line and field. */
export function loadRiskCorpus(dir: string = defaultCorpusDir(), knownSignals?: ReadonlySet<string>): CorpusExample[] {
  if (!existsSync(dir)) throw new KnowledgeError([{ file: dir, field: '', message: 'the risk corpus folder does not exist' }]);
  const root = projectRoot();
  const problems: KnowledgeProblem[] = [];
  const out: CorpusExample[] = [];
  for (const name of readdirSync(dir).filter(f => /\.ya?ml$/.test(f)).sort()) {
    const path = join(dir, name);
    const file = relative(root, path);
    const lines = new LineCounter();
    const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines, prettyErrors: false });
    if (doc.errors.length) {
      for (const e of doc.errors) problems.push({ file, line: lines.linePos(e.pos[0]).line, field: '', message: `not valid YAML (${e.code})` });
      continue;
    }
    const parsed = RiskCorpusFile.safeParse(doc.toJS() ?? {});
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const node = doc.getIn(issue.path as (string | number)[], true) as { range?: [number, number, number] } | undefined;
        problems.push({ file, line: node?.range ? lines.linePos(node.range[0]).line : undefined, field: issue.path.map(String).join('.'), message: issue.message });
      }
      continue;
    }
    const { category, kind, examples } = parsed.data;
    if (category !== 'none' && knownSignals && !knownSignals.has(category)) {
      problems.push({ file, line: 2, field: 'category', message: `"${category}" is not a risk signal id in knowledge/risk.yaml` });
      continue;
    }
    const label = category === 'none' && kind === 'past-risk-service' ? 'past' : category;
    for (const e of examples) out.push({ text: e.text, voice: e.voice, label, ...(kind ? { kind } : {}), file: basename(name) });
  }
  if (problems.length) throw new KnowledgeError(problems);
  return out;
}

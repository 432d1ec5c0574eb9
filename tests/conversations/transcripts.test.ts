// Conversation transcripts (tests/conversations/*.yaml): what the user says, and what the bot's
// replies must and must not include. Each case is one test; a failure prints the whole exchange.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startConversation } from '../support/conversation.js';

const Turn = z.object({ user: z.string(), includes: z.array(z.string()).default([]), excludes: z.array(z.string()).default([]) }).strict();
const Transcript = z.object({ name: z.string(), time: z.string().default('2026-12-02T10:00:00Z'), channel: z.string().optional(), turns: z.array(Turn).min(1) }).strict();

const dir = import.meta.dirname;
const normal = (s: string) => s.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/(\d)\s+(?=\d)/g, '$1');

for (const file of readdirSync(dir).filter(f => f.endsWith('.yaml')).sort()) {
  const transcripts = z.array(Transcript).parse(parse(readFileSync(join(dir, file), 'utf8')));
  describe(file, () => {
    for (const transcript of transcripts) {
      it(transcript.name, async () => {
        const conversation = startConversation(transcript.time, transcript.channel);
        const log: string[] = [];
        for (const turn of transcript.turns) {
          const reply = await conversation.say(turn.user);
          log.push(`USER: ${turn.user}`, `BOT: ${reply}`);
          const seen = normal(reply);
          const missing = turn.includes.filter(text => !normal(text).split('|').some(alt => seen.includes(alt)));
          const unwanted = turn.excludes.filter(text => seen.includes(normal(text)));
          expect({ missing, unwanted }, log.join('\n')).toEqual({ missing: [], unwanted: [] });
        }
      });
    }
  });
}

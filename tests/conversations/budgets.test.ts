// Every reply in every transcript, as Teams and Web Chat would show it: short enough to read mid-call
// before "Show more", a card Teams accepts, a safeguarding reply that leads with the front door's
// number, and nothing said twice between an activity's text and its card (Teams shows both).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ActivityTypes, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBotApp } from '../../src/bot/botApp.js';
import { readConfig } from '../../src/config.js';
import { homeAuthorities } from '../../src/pathway/authority.js';
import { kb } from '../support/knowledge.js';

type Node = Record<string, unknown>;

/** The words a person sees before opening "Show more": hidden containers and toggles left out. */
function seenBeforeMore(activity: Partial<Activity>): string {
  const out: string[] = activity.text ? [activity.text] : [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    if (n.isVisible === false || n.type === 'Action.ShowCard' || n.type === 'Action.ToggleVisibility') return;
    if (n.type === 'TextBlock') out.push(String(n.text));
    if (typeof n.title === 'string' && /^Action\./.test(String(n.type))) out.push(n.title);
    for (const value of Object.values(n)) if (typeof value === 'object') walk(value);
  };
  for (const attachment of activity.attachments ?? []) walk(attachment.content);
  return out.join('\n');
}

interface Seen { activity: Partial<Activity>; transcript: string }

const frontDoorNumbers = homeAuthorities(kb).flatMap(a => {
  const door = a.frontDoor ? kb.contact(a.frontDoor) : undefined;
  const outOfHours = door?.outOfHours ? kb.contact(door.outOfHours) : undefined;
  return [door, outOfHours].flatMap(c => c?.phones.map(p => p.number) ?? []);
});
const digits = (s: string) => s.replace(/\D/g, '');

describe('reply budgets over every transcript', () => {
  const replies: Seen[] = [];

  beforeAll(async () => {
    const dir = import.meta.dirname;
    const transcripts = readdirSync(dir).filter(f => f.endsWith('.yaml')).flatMap(f =>
      (parse(readFileSync(join(dir, f), 'utf8')) as { name: string; time?: string; channel?: string; turns: { user: string }[] }[]));
    for (const t of transcripts) {
      const channelId = t.channel ?? 'msteams';
      const app = createBotApp(readConfig({}, 'test'), { storage: new MemoryStorage(), kb, log: () => {} });
      const adapter = new TestAdapter(context => app.bot.run(context), { channelId });
      let minute = 0;
      for (const turn of t.turns) {
        const timestamp = new Date(new Date(t.time ?? '2026-12-02T10:00:00Z').getTime() + 60_000 * minute++);
        await adapter.processActivity({ type: ActivityTypes.Message, text: turn.user, timestamp, channelId });
        for (const activity of adapter.activeQueue.splice(0)) if (activity.type === ActivityTypes.Message) replies.push({ activity, transcript: t.name });
      }
    }
  }, 300_000);

  it('keeps the 95th percentile of what is seen before "Show more" within 1,200 characters', () => {
    const lengths = replies.map(r => seenBeforeMore(r.activity).length).sort((a, b) => a - b);
    expect(lengths.length).toBeGreaterThan(50);
    expect(lengths[Math.floor(0.95 * lengths.length)]).toBeLessThanOrEqual(1200);
  });

  it('sends no card over 12 KB', () => {
    const sizes = replies.flatMap(r => (r.activity.attachments ?? []).map(a => ({ size: JSON.stringify(a.content).length, transcript: r.transcript })));
    expect(sizes.filter(s => s.size > 12 * 1024)).toEqual([]);
  });

  it('puts a front door\'s number within the first 400 characters of every safeguarding reply', () => {
    const safeguarding = replies.filter(r => JSON.stringify(r.activity.attachments ?? []).includes('"style":"attention"'));
    expect(safeguarding.length).toBeGreaterThan(5);
    for (const r of safeguarding) {
      const first = digits(seenBeforeMore(r.activity).slice(0, 400));
      expect(frontDoorNumbers.some(n => first.includes(digits(n))), `${r.transcript}: ${seenBeforeMore(r.activity).slice(0, 400)}`).toBe(true);
    }
  });

  it('makes the first button of a safeguarding reply a call to the front door', () => {
    const safeguarding = replies.filter(r => JSON.stringify(r.activity.attachments ?? []).includes('"style":"attention"'));
    for (const r of safeguarding) {
      const firstUrl = /"url":"tel:(\d+)"/.exec(JSON.stringify(r.activity.attachments))?.[1] ?? '';
      expect(frontDoorNumbers.map(digits), r.transcript).toContain(firstUrl);
    }
  });

  it('never repeats a card\'s words as the activity\'s text', () => {
    for (const r of replies.filter(x => x.activity.attachments?.length)) {
      expect(r.activity.text ?? '', r.transcript).toBe('');
    }
  });

  it('says at most two sentences aloud', () => {
    for (const r of replies.filter(x => x.activity.attachments?.length)) {
      const sentences = (r.activity.speak ?? '').split(/(?<=[.!?])\s+(?=[A-Z])/).filter(Boolean);
      expect(sentences.length, `${r.transcript}: ${r.activity.speak}`).toBeLessThanOrEqual(2);
    }
  });
});

// Several instances of the bot sharing conversation state in a real Azurite: a case survives a kill -9,
// two messages at once on two instances both keep their facts, and the bot rides out the store going
// away (an apology with 999 and the front doors, /healthz 503) and comes back without a restart.
import { ContainerClient } from '@azure/storage-blob';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { azuriteConnectionString, startAzurite, type Azurite } from '../../support/azurite.js';
import { buildBot, say, startBotProcess, type BotProcess } from '../../support/botProcess.js';
import { startTcpProxy, type TcpProxy } from '../../support/tcpProxy.js';

const CONTAINER = 'state-test';
let azurite: Azurite;
/** What the bots connect through, so the store can be cut off and restored. */
let link: TcpProxy;
const bots: BotProcess[] = [];

beforeAll(async () => {
  buildBot();
  azurite = await startAzurite();
  link = await startTcpProxy(azurite.port);
}, 120_000);
afterEach(async () => {
  await Promise.all(bots.splice(0).map(bot => bot.kill()));
  link.set('up');
});
afterAll(async () => { await link?.close(); await azurite?.stop(); });

async function bot(port?: number): Promise<BotProcess> {
  const started = await startBotProcess({ AZURE_STORAGE_CONNECTION_STRING: azuriteConnectionString(link.port), AZURE_STORAGE_CONTAINER: CONTAINER }, port);
  bots.push(started);
  return started;
}

/** The case facts as stored: what the next turn, on any instance, will know. */
async function storedFacts(conversationId: string): Promise<{ ageYears?: number; area?: { place?: string }; concerns: string[] }> {
  const blob = new ContainerClient(azurite.connectionString, CONTAINER).getBlobClient(encodeURIComponent(`emulator/conversations/${conversationId}/`));
  const state = JSON.parse((await blob.downloadToBuffer()).toString('utf8')) as { caseMemory: { facts: never } };
  return state.caseMemory.facts;
}

const SAFETY_NUMBERS = ['999', '0300 500 80 90', '0115 876 4800', '01332 641172'];
const ASKS_AREA = /which town|didn't recognise that place/i;

describe('conversation state in Azure Blob Storage (Azurite)', () => {
  it('keeps a conversation through a kill -9 and a restart, and shares it between two instances', async () => {
    const first = await bot();
    const opening = await say(first.url, 'survivor', 'speech and language worries for my son');
    expect(opening.texts.join('\n')).toMatch(ASKS_AREA);

    await first.kill();
    const restarted = await bot(Number(new URL(first.url).port));
    // The restarted process picks up the question it had asked: "Mansfield" answers it.
    const answer = await say(restarted.url, 'survivor', 'Mansfield');
    expect(answer.status).toBe(200);
    expect(answer.texts.join('\n')).not.toMatch(ASKS_AREA);

    const other = await bot();
    expect((await say(other.url, 'survivor', 'he is 4')).status).toBe(200);
    const facts = await storedFacts('survivor');
    expect(facts).toMatchObject({ ageYears: 4, area: { place: 'Mansfield' } });
    expect(facts.concerns.length).toBeGreaterThan(0);
  }, 120_000);

  it('loses no fact when two messages of one conversation reach two instances at once', async () => {
    const [a, b] = await Promise.all([bot(), bot()]);
    for (let trial = 0; trial < 8; trial++) {
      const id = `race-${trial}`;
      // A new conversation (both instances find nothing stored), then one that already exists.
      const first = await Promise.all([say(a.url, id, 'my son is 7'), say(b.url, id, 'we live in Mansfield')]);
      const second = await Promise.all([say(b.url, id, 'he has speech and language delay'), say(a.url, id, 'actually he is 8')]);
      for (const reply of [...first, ...second]) {
        expect(reply.status).toBe(200);
        expect(reply.texts.join('\n')).not.toMatch(/something went wrong/i);
      }
      const facts = await storedFacts(id);
      expect(facts.ageYears).toBe(8);
      expect(facts.area?.place).toBe('Mansfield');
      expect(facts.concerns.length).toBeGreaterThan(0);
    }
  }, 120_000);

  it('apologises with 999 and the front doors while the store is down, reports it on /healthz, and recovers without a restart', async () => {
    const instance = await bot();
    await say(instance.url, 'blip', 'speech and language worries for my son');
    expect((await fetch(`${instance.url}/healthz`)).status).toBe(200);

    link.set('down');
    const outage = await say(instance.url, 'blip', 'Mansfield');
    expect(outage.status).toBe(200);
    for (const number of SAFETY_NUMBERS) expect(outage.texts.join('\n')).toContain(number);
    const health = await fetch(`${instance.url}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ state: { store: 'azure-blob', reachable: false } });

    link.set('up');
    expect((await fetch(`${instance.url}/healthz`)).status).toBe(200);
    // Nothing was cleared during the outage: the question asked before it is still open.
    const resumed = await say(instance.url, 'blip', 'Mansfield');
    expect(resumed.texts.join('\n')).not.toMatch(ASKS_AREA);
    expect((await storedFacts('blip')).area?.place).toBe('Mansfield');
  }, 120_000);

  it('recovers when the store comes up after the bot started', async () => {
    link.set('down');
    const instance = await bot();
    expect((await fetch(`${instance.url}/healthz`)).status).toBe(503);
    const down = await say(instance.url, 'late-store', 'mash number notts');
    expect(down.texts.join('\n')).toContain('999');

    link.set('up');
    const up = await say(instance.url, 'late-store', 'mash number notts');
    expect(up.texts.join('\n')).toContain('0300 500 80 90');
    expect(up.texts.join('\n')).not.toMatch(/something went wrong/i);
  }, 120_000);

  it('answers with 999 and the front doors within 5 s when the store accepts connections and never answers', async () => {
    const instance = await bot();
    // A first turn with the store up, so the measured one is not also the process's first.
    await say(instance.url, 'warm-up', 'mash number notts');
    link.set('hang');
    const started = Date.now();
    const reply = await say(instance.url, 'hung', 'a child has told me they are being hurt at home');
    const elapsed = Date.now() - started;
    for (const number of SAFETY_NUMBERS) expect(reply.texts.join('\n')).toContain(number);
    // The user-facing deadline from the issue, not a performance figure: channels give up at about 15 s.
    expect(elapsed).toBeLessThan(5000);
  }, 60_000);
});

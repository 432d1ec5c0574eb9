// The privacy notice states facts the code decides: it must change when they do.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IDLE_EXPIRY_MS } from '../../dialogs/caseMemory.js';
import { projectRoot } from '../../src/knowledge/loader.js';
import { TOKEN_LIFETIME_SECONDS } from '../../src/server/web/localDirectLine/conversations.js';

const notice = readFileSync(join(projectRoot(), 'web', 'privacy.html'), 'utf8');

describe('the privacy notice', () => {
  it('gives the idle time after which a conversation\'s facts are forgotten, as the dialogs apply it', () => {
    expect(notice).toContain(`<strong id="idle-minutes">${IDLE_EXPIRY_MS / 60_000} minutes</strong>`);
  });

  it('gives how long the local web chat keeps a chat (twice the token lifetime, idle)', () => {
    expect((2 * TOKEN_LIFETIME_SECONDS) / 3600).toBe(1);
    expect(notice).toMatch(/forgets each chat an hour after its last message/);
  });

  it('says the daily clean-up that the Azure template sets up for stored state', () => {
    const bicep = readFileSync(join(projectRoot(), 'deployment', 'azure', 'main.bicep'), 'utf8');
    expect(bicep).toMatch(/daysAfterModificationGreaterThan: 1\b/);
    expect(notice).toMatch(/daily\s+clean-up deletes every conversation untouched for a day/);
  });
});

// LOG_LEVEL decides how much reaches the log stream; each event is one JSON line.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonLog } from '../../src/bot/structuredLog.js';

afterEach(() => { vi.restoreAllMocks(); });

describe('the structured log', () => {
  it('writes one JSON line per event at or above the configured level, and drops quieter ones', () => {
    const lines: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => { lines.push(line); });
    const log = jsonLog('warn');
    log({ level: 'error', event: 'turn-error', error: 'TypeError' });
    log({ level: 'warn', event: 'activity-rejected', status: 400 });
    log({ level: 'info', event: 'started' });
    expect(lines.map(line => JSON.parse(line) as Record<string, unknown>)).toMatchObject([
      { level: 'error', event: 'turn-error', error: 'TypeError' },
      { level: 'warn', event: 'activity-rejected', status: 400 },
    ]);
  });
});

// One JSON line per event on stderr, for the hosting platform's log stream. Entries carry event names
// and error names only: never the user's words, which may hold personal data.
import { LOG_LEVELS, type LogLevel } from '../config.js';

export type LogEntry = { level: LogLevel; event: string } & Record<string, unknown>;
export type Log = (entry: LogEntry) => void;

/** Writes entries at `threshold` or more severe; quieter ones are dropped. */
export function jsonLog(threshold: LogLevel = 'info'): Log {
  const limit = LOG_LEVELS.indexOf(threshold);
  return entry => {
    if (LOG_LEVELS.indexOf(entry.level) <= limit) console.error(JSON.stringify({ time: new Date().toISOString(), ...entry }));
  };
}

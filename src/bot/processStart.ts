// What every process running this bot (npm start, npm run chat) needs before and during start-up.
// Import it first: the assignment below must run before `natural` is loaded.
import { ConfigError } from '../config.js';
import { KnowledgeError } from '../knowledge/loader.js';

// natural calls dotenv.config() as it loads, and dotenv 17 prints a tip on stdout for each call:
// noise in the server log and in the terminal chat's scripted output.
process.env.DOTENV_CONFIG_QUIET ??= 'true';

/** A bad setting or a broken knowledge edit ends start-up with its own message and exit code 1, not a stack trace. */
export function exitOnStartupError(error: unknown): never {
  if (error instanceof ConfigError || error instanceof KnowledgeError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

// Configuration, read once from the environment and validated. Nothing is required: with no settings
// the bot runs as the embedded default (anonymous Bot Framework auth, memory state, local Direct Line).
import { z } from 'zod';

export const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const blankIsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** An origin as a browser sends it: scheme, host and port only ("https://www.example.org"). */
const isOrigin = (text: string): boolean => {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === text.replace(/\/$/, '');
  } catch {
    return false;
  }
};

// The partnership sites allowed to frame the chat and the lookup, separated by spaces or commas. The
// bot's own origin is always allowed; no one else may frame the pages (clickjacking).
const FrameAncestors = z.preprocess(
  value => (typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean).map(origin => origin.replace(/\/$/, '')) : []),
  z.array(z.string().refine(isOrigin, 'must list origins such as https://www.example.org (scheme and host only, no path), separated by spaces')),
);

const Env = z.object({
  PORT: z.preprocess(blankIsUnset, z.coerce.number({ message: 'must be a number' }).int('must be a whole number').min(0).max(65535, 'must be a port number (0-65535)').default(3978)),
  /** Unset: 127.0.0.1 when anonymous (nothing outside this machine can reach an unauthenticated bot), every interface when registered. */
  HOST: z.preprocess(blankIsUnset, z.string().regex(/^[\w.:-]+$/, 'must be a host name or IP address').optional()),
  MicrosoftAppId: z.preprocess(blankIsUnset, z.string().optional()),
  MicrosoftAppPassword: z.preprocess(blankIsUnset, z.string().optional()),
  MicrosoftAppType: z.preprocess(blankIsUnset, z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], { message: 'must be MultiTenant, SingleTenant or UserAssignedMSI' }).optional()),
  MicrosoftAppTenantId: z.preprocess(blankIsUnset, z.string().optional()),
  DIRECT_LINE_SECRET: z.preprocess(blankIsUnset, z.string().optional()),
  AZURE_STORAGE_CONNECTION_STRING: z.preprocess(blankIsUnset, z.string().optional()),
  AZURE_STORAGE_CONTAINER: z.preprocess(blankIsUnset, z.string().regex(/^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/, 'must be a valid blob container name (3-63 lower-case letters, digits, hyphens)').default('referral-guide-state')),
  KNOWLEDGE_DIR: z.preprocess(blankIsUnset, z.string().optional()),
  LOG_LEVEL: z.preprocess(blankIsUnset, z.enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info')),
  FRAME_ANCESTORS: FrameAncestors,
}).superRefine((env, ctx) => {
  if (env.MicrosoftAppType === 'SingleTenant' && !env.MicrosoftAppTenantId) {
    ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: 'is required when MicrosoftAppType is SingleTenant' });
  }
  if (env.MicrosoftAppId && !env.MicrosoftAppPassword && env.MicrosoftAppType !== 'UserAssignedMSI') {
    ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'is required when MicrosoftAppId is set' });
  }
  if (env.MicrosoftAppPassword && !env.MicrosoftAppId) {
    ctx.addIssue({ code: 'custom', path: ['MicrosoftAppId'], message: 'is required when MicrosoftAppPassword is set' });
  }
});

export type Config = z.infer<typeof Env> & { readonly version: string };

export class ConfigError extends Error {
  constructor(readonly variable: string, reason: string) {
    super(`Configuration error: ${variable} ${reason}.`);
    this.name = 'ConfigError';
  }
}

/** The validated configuration; throws ConfigError naming the first bad variable. */
export function readConfig(env: NodeJS.ProcessEnv, version: string): Config {
  const result = Env.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ConfigError(String(issue.path[0] ?? 'environment'), issue.message);
  }
  return { ...result.data, version };
}

/** Anonymous (the embedded default) unless an app registration is configured. */
export const isAnonymous = (config: Config): boolean => !config.MicrosoftAppId;

/** Where to listen: an anonymous bot answers anyone who can reach it, so by default only this machine can. */
export const listenHost = (config: Config): string => config.HOST ?? (isAnonymous(config) ? '127.0.0.1' : '0.0.0.0');

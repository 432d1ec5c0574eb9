// npm run package:teams: fills deployment/teams/manifest.json's {{PLACEHOLDERS}} from the environment and
// writes dist/teams/referral-guide.zip (manifest and icons at the root, as Teams expects), ready to
// upload in Teams or the Teams admin centre. The ZIP is written here with zlib: no dependency needed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';
import { z } from 'zod';
import { projectRoot } from '../knowledge/loader.js';

const Guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'a GUID such as 00000000-0000-0000-0000-000000000000');
const HttpsUrl = z.string().regex(/^https:\/\/\S+$/, 'an https:// address');

/** The placeholders' values. Publisher addresses default to the bot's own pages (/privacy, /terms) until the partnership sets its own. */
const TeamsPackageSettings = z.object({
  MICROSOFT_APP_ID: Guid.describe('the Azure Bot app registration id (MicrosoftAppId)'),
  TEAMS_APP_ID: Guid.optional(),
  BOT_DOMAIN: z.string().regex(/^[a-z0-9.-]+(:\d+)?$/i, 'a host name without https://, e.g. referral-guide.azurewebsites.net'),
  PUBLISHER_NAME: z.string().min(1).max(32).default('Referral guide'),
  PUBLISHER_WEBSITE_URL: HttpsUrl.optional(),
  PRIVACY_URL: HttpsUrl.optional(),
  TERMS_OF_USE_URL: HttpsUrl.optional(),
  APP_VERSION: z.string().regex(/^\d+\.\d+\.\d+$/, 'a version such as 1.0.0'),
});

export class TeamsPackageError extends Error {
  constructor(message: string) { super(message); this.name = 'TeamsPackageError'; }
}

function teamsPlaceholderValues(env: NodeJS.ProcessEnv, appVersion: string): Record<string, string> {
  const parsed = TeamsPackageSettings.safeParse({ ...env, MICROSOFT_APP_ID: env.MICROSOFT_APP_ID ?? env.MicrosoftAppId, APP_VERSION: appVersion });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new TeamsPackageError(`${String(issue.path[0])}: ${issue.code === 'invalid_type' ? 'is not set' : issue.message}`);
  }
  const s = parsed.data;
  const site = s.PUBLISHER_WEBSITE_URL ?? `https://${s.BOT_DOMAIN}/`;
  return {
    MICROSOFT_APP_ID: s.MICROSOFT_APP_ID,
    TEAMS_APP_ID: s.TEAMS_APP_ID ?? s.MICROSOFT_APP_ID,
    BOT_DOMAIN: s.BOT_DOMAIN,
    PUBLISHER_NAME: s.PUBLISHER_NAME,
    PUBLISHER_WEBSITE_URL: site,
    PRIVACY_URL: s.PRIVACY_URL ?? `https://${s.BOT_DOMAIN}/privacy`,
    TERMS_OF_USE_URL: s.TERMS_OF_USE_URL ?? `https://${s.BOT_DOMAIN}/terms`,
    APP_VERSION: s.APP_VERSION,
  };
}

function fillPlaceholders(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{([A-Z_]+)\}\}/g, (_placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) throw new TeamsPackageError(`The manifest uses {{${name}}}, which packaging does not know.`);
    // Escaped as JSON string content, so a value can never break the manifest's JSON.
    return JSON.stringify(value).slice(1, -1);
  });
}

// ---------------------------------------------------------------- a minimal ZIP writer (deflate, no extras)

interface ZipEntry { name: string; data: Buffer }

const DOS_DATE_1980 = (1 << 5) | 1; // 1 January 1980: fixed, so the same input gives the same zip

function zip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const compressed = deflateRawSync(entry.data, { level: 9 });
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(DOS_DATE_1980, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(DOS_DATE_1980, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

// ---------------------------------------------------------------- the package

export const teamsDir = (): string => join(projectRoot(), 'deployment', 'teams');

export function buildTeamsPackage(env: NodeJS.ProcessEnv): Buffer {
  const version = (JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  const manifest = fillPlaceholders(readFileSync(join(teamsDir(), 'manifest.json'), 'utf8'), teamsPlaceholderValues(env, version));
  return zip([
    { name: 'manifest.json', data: Buffer.from(manifest, 'utf8') },
    { name: 'color.png', data: readFileSync(join(teamsDir(), 'color.png')) },
    { name: 'outline.png', data: readFileSync(join(teamsDir(), 'outline.png')) },
  ]);
}

function main(): void {
  try {
    const out = join(projectRoot(), 'dist', 'teams', 'referral-guide.zip');
    const archive = buildTeamsPackage(process.env);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, archive);
    console.log(`Wrote ${out} (${archive.length} bytes). Upload it in Teams: Apps > Manage your apps > Upload an app.`);
  } catch (error) {
    if (!(error instanceof TeamsPackageError)) throw error;
    console.error(`Cannot package the Teams app: ${error.message}. See deployment/README.md.`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();

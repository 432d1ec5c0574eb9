// The Teams app package: a manifest Teams accepts, icons of the sizes it demands, and a zip with the
// placeholders filled from the environment.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildTeamsPackage, teamsDir } from '../../src/cli/packageTeams.js';

const manifest = JSON.parse(readFileSync(join(teamsDir(), 'manifest.json'), 'utf8'));

/** Width, height and colour type from a PNG's IHDR chunk, and its RGBA pixels when it is 8-bit RGBA without filters. */
function readPng(file: Buffer) {
  expect(file.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(file.toString('ascii', 12, 16)).toBe('IHDR');
  const width = file.readUInt32BE(16), height = file.readUInt32BE(20), colourType = file[25];
  const idat: Buffer[] = [];
  for (let at = 8; at < file.length;) {
    const length = file.readUInt32BE(at);
    if (file.toString('ascii', at + 4, at + 8) === 'IDAT') idat.push(file.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(idat));
  const alphaAt = (x: number, y: number) => rows[y * (width * 4 + 1) + 1 + x * 4 + 3];
  const rgbAt = (x: number, y: number) => [...rows.subarray(y * (width * 4 + 1) + 1 + x * 4, y * (width * 4 + 1) + 1 + x * 4 + 3)];
  return { width, height, colourType, alphaAt, rgbAt };
}

/** The entries of a zip, read from its central directory. */
function unzip(archive: Buffer): Map<string, Buffer> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const size = archive.readUInt32LE(at + 20), nameLength = archive.readUInt16LE(at + 28), offset = archive.readUInt32LE(at + 42);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    const localNameLength = archive.readUInt16LE(offset + 26), localExtra = archive.readUInt16LE(offset + 28);
    entries.set(name, inflateRawSync(archive.subarray(offset + 30 + localNameLength + localExtra, offset + 30 + localNameLength + localExtra + size)));
    at += 46 + nameLength + archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
  }
  return entries;
}

describe('the Teams app manifest', () => {
  it('uses a current schema (1.17 or later) and has every field the schema requires', () => {
    const [major, minor] = String(manifest.manifestVersion).split('.').map(Number);
    expect(major === 1 && minor! >= 17).toBe(true);
    expect(manifest.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
    for (const field of ['manifestVersion', 'version', 'id', 'developer', 'name', 'icons', 'description', 'accentColor']) expect(manifest).toHaveProperty(field);
    for (const field of ['name', 'websiteUrl', 'privacyUrl', 'termsOfUseUrl']) expect(manifest.developer).toHaveProperty(field);
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(manifest.accentColor).toMatch(/^#[0-9A-F]{6}$/i);
  });

  it('has a short description of at most 80 characters and a full one of at most 4000 that says it is guidance and names 999', () => {
    expect(manifest.description.short.length).toBeGreaterThan(0);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.description.full.length).toBeLessThanOrEqual(4000);
    expect(manifest.description.full).toMatch(/guidance, not a referral/);
    expect(manifest.description.full).toMatch(/999/);
  });

  it('offers the bot in personal chat, teams and group chats with the refer, contact, threshold and help commands', () => {
    const [bot] = manifest.bots;
    expect(bot.botId).toBe('{{MICROSOFT_APP_ID}}');
    expect(bot.scopes).toEqual(['personal', 'team', 'groupChat']);
    const commands = bot.commandLists.flatMap((list: { commands: { title: string; description: string }[] }) => list.commands);
    expect(commands.map((c: { title: string }) => c.title)).toEqual(['refer', 'contact', 'threshold', 'help']);
    for (const command of commands) {
      expect(command.title.length).toBeLessThanOrEqual(32);
      expect(command.description.length).toBeLessThanOrEqual(128);
    }
  });
});

describe('the Teams app\'s permissions', () => {
  it('asks for none beyond the bot itself: no identity, no messaging team members, no resource-specific consent', () => {
    expect(manifest.permissions ?? []).toEqual([]);
    expect(manifest).not.toHaveProperty('authorization');
    expect(manifest).not.toHaveProperty('webApplicationInfo');
    expect(JSON.stringify(manifest)).not.toMatch(/identity|messageTeamMembers/);
  });

  it('describes the refer and contact commands as they now behave', () => {
    const commands = manifest.bots[0].commandLists[0].commands as { title: string; description: string }[];
    expect(commands.find(c => c.title === 'refer')?.description).toMatch(/referral questions/);
    expect(commands.find(c => c.title === 'contact')?.description).toMatch(/which authority/);
  });
});

describe('the Teams icons', () => {
  it('colour icon is 192 x 192', () => {
    const icon = readPng(readFileSync(join(teamsDir(), manifest.icons.color)));
    expect([icon.width, icon.height]).toEqual([192, 192]);
  });

  it('outline icon is 32 x 32, white on a transparent background', () => {
    const icon = readPng(readFileSync(join(teamsDir(), manifest.icons.outline)));
    expect([icon.width, icon.height, icon.colourType]).toEqual([32, 32, 6]);
    expect(icon.alphaAt(0, 0)).toBe(0);
    for (let y = 0; y < 32; y++) for (let x = 0; x < 32; x++) if (icon.alphaAt(x, y)! > 0) expect(icon.rgbAt(x, y)).toEqual([255, 255, 255]);
  });
});

describe('npm run package:teams', () => {
  const env = { MICROSOFT_APP_ID: '11111111-2222-3333-4444-555555555555', BOT_DOMAIN: 'referral-guide.example.org' };

  it('writes a zip with the manifest and both icons at its root, every placeholder filled', () => {
    const entries = unzip(buildTeamsPackage(env));
    expect([...entries.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const filled = entries.get('manifest.json')!.toString('utf8');
    expect(filled).not.toMatch(/\{\{/);
    const parsed = JSON.parse(filled);
    expect(parsed.id).toBe(env.MICROSOFT_APP_ID);
    expect(parsed.bots[0].botId).toBe(env.MICROSOFT_APP_ID);
    expect(parsed.validDomains).toEqual([env.BOT_DOMAIN]);
    expect(parsed.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(entries.get('color.png')).toEqual(readFileSync(join(teamsDir(), 'color.png')));
  });

  it('points the privacy and terms URLs at the bot\'s own privacy notice and terms pages unless the partnership sets its own', () => {
    const filled = JSON.parse(unzip(buildTeamsPackage(env)).get('manifest.json')!.toString('utf8'));
    expect(filled.developer.privacyUrl).toBe(`https://${env.BOT_DOMAIN}/privacy`);
    expect(filled.developer.termsOfUseUrl).toBe(`https://${env.BOT_DOMAIN}/terms`);
    const own = JSON.parse(unzip(buildTeamsPackage({ ...env, PRIVACY_URL: 'https://partnership.example.org/privacy' })).get('manifest.json')!.toString('utf8'));
    expect(own.developer.privacyUrl).toBe('https://partnership.example.org/privacy');
  });

  it('names the missing setting when the app id is not set', () => {
    expect(() => buildTeamsPackage({ BOT_DOMAIN: env.BOT_DOMAIN })).toThrow(/MICROSOFT_APP_ID: is not set/);
    expect(() => buildTeamsPackage({ ...env, MICROSOFT_APP_ID: 'not-a-guid' })).toThrow(/MICROSOFT_APP_ID: a GUID/);
  });
});

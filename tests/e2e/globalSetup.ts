// Once for the whole browser run: build and start the bot, with one partnership site allowed to frame
// it (FRAME_ANCESTORS), and a second site that is not. Every test file talks to the same bot.
import type { TestProject } from 'vitest/node';
import { freePort, startBot } from './botProcess.js';
import { startSite } from './partnerSite.js';

declare module 'vitest' {
  export interface ProvidedContext { botUrl: string; partnerOrigin: string; strangerOrigin: string; botIsLocal: boolean }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // "localhost", not 127.0.0.1: a different origin from the bot's, as a real partner site is.
  const partnerPort = await freePort();
  const partnerOrigin = `http://localhost:${partnerPort}`;
  const bot = await startBot({ FRAME_ANCESTORS: partnerOrigin });
  const partner = await startSite(bot.url, 'localhost', partnerPort);
  const stranger = await startSite(bot.url, 'localhost', await freePort());
  project.provide('botUrl', bot.url);
  project.provide('partnerOrigin', partner.origin);
  project.provide('strangerOrigin', stranger.origin);
  project.provide('botIsLocal', !process.env.E2E_BASE_URL);
  return async () => {
    await Promise.all([partner.close(), stranger.close()]);
    await bot.stop();
  };
}

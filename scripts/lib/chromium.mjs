/**
 * Headless Chromium for the bench, through puppeteer-core: the user's
 * CHROME_PATH or Debian's /usr/bin/chromium, a fresh profile folder, no
 * network chatter of its own, and `gc()` exposed so that a measurement can
 * start from a collected heap.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

/**
 * Resolves to `{ browser, close() }`; `close` also deletes the profile folder.
 * `extraArgs` adds command-line switches (a script's own needs).
 */
export async function launchChromium(extraArgs = []) {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'jiha-bench-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    userDataDir,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--headless=new',
      '--js-flags=--expose-gc',
      ...extraArgs,
    ],
  });
  return {
    browser,
    close: async () => {
      await browser.close().catch(() => {});
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

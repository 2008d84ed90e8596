import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type WebWorker } from 'puppeteer-core';

export const CHROME_BUILD = resolve('.output/chrome-mv3');

export function chromiumPath(): string {
  const found = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));
  if (!found) throw new Error('Chromium not found: apt-get install -y --no-install-recommends chromium');
  return found;
}

export interface ChromiumSession {
  browser: Browser;
  extensionId: string;
  worker: WebWorker;
  close(): Promise<void>;
}

/** Launches Debian's Chromium headless with the built extension loaded and returns its service worker. */
export async function launchChromium(): Promise<ChromiumSession> {
  if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) throw new Error('Run `npm run build` first.');
  const profile = await mkdtemp(join(tmpdir(), 'quotelens-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    pipe: true,
    enableExtensions: [CHROME_BUILD],
    userDataDir: profile,
    defaultViewport: { width: 1100, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
    ],
  });
  const target = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
    { timeout: 15_000 },
  );
  const worker = (await target.worker())!;
  const extensionId = new URL(target.url()).host;
  return {
    browser,
    extensionId,
    worker,
    async close() {
      await browser.close().catch(() => {});
      await rm(profile, { recursive: true, force: true });
    },
  };
}

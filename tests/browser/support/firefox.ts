import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX_BUILD = resolve('.output/firefox-mv2');
export const GECKO_ID = 'quotelens@quotelens.example';
/** Pinned so tests can open moz-extension://UUID/popup.html directly. */
export const FIREFOX_UUID = '5b0a7c3e-2d4f-4e8a-9c61-0d2b7e4f1a93';
export const FIREFOX_ORIGIN = `moz-extension://${FIREFOX_UUID}`;

export interface FirefoxSession {
  browser: Browser;
  close(): Promise<void>;
}

/** Launches Firefox ESR headless over WebDriver BiDi and installs the built extension. */
export async function launchFirefox(): Promise<FirefoxSession> {
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json'))) throw new Error('Run `npm run build` first.');
  if (!existsSync('/usr/bin/firefox-esr')) throw new Error('Firefox not found: apt-get install -y firefox-esr');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    defaultViewport: { width: 1100, height: 800 },
    args: ['--remote-allow-system-access'],
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    extraPrefsFirefox: {
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  return { browser, close: () => browser.close().catch(() => {}) };
}

import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

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
  // A private copy: a rebuild in the shared checkout must not pull files from under a running test.
  const copy = await mkdtemp(join(tmpdir(), 'quotelens-firefox-'));
  await cp(FIREFOX_BUILD, copy, { recursive: true });
  await browser.installExtension(copy);
  return {
    browser,
    async close() {
      await browser.close().catch(() => {});
      await rm(copy, { recursive: true, force: true });
    },
  };
}

/** Runs privileged script in Firefox's browser window (allowed by --remote-allow-system-access). */
export async function evaluateInChrome(browser: Browser, expression: string): Promise<unknown> {
  const connection = (browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: any }> } }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = tree.result.contexts[0].context;
  const { result } = await connection.send('script.evaluate', { expression, target: { context }, awaitPromise: true });
  if (result.type !== 'success') throw new Error(`chrome script failed: ${JSON.stringify(result.exceptionDetails?.text ?? result)}`);
  return result.result.value;
}

/**
 * Clicks the toolbar button for `page`'s tab the way Firefox's own shortcut handler does
 * (browserAction.triggerAction): grants activeTab, and the background opens the real popup panel
 * (checked). Returns the tab id.
 *
 * Headless Firefox never closes the popup panel on a tab switch as a desktop one does (focus never
 * leaves it), and triggerAction on an open popup only closes it: no grant, no injection. So a popup
 * left open by an earlier click is closed first, and the grant is checked rather than assumed.
 * `atTrigger` runs just before the click is sent (see clickChromiumAction).
 */
export async function clickFirefoxAction(
  session: FirefoxSession,
  page: Page,
  atTrigger: () => Promise<unknown> = async () => {},
): Promise<number> {
  await page.bringToFront();
  await atTrigger();
  const outcome = JSON.parse((await evaluateInChrome(
    session.browser,
    `(async () => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const { ViewPopup } = ChromeUtils.importESModule('resource:///modules/ExtensionPopups.sys.mjs');
      const extension = WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extension;
      const win = Services.wm.getMostRecentWindow('navigator:browser');
      const tab = win.gBrowser.selectedTab;
      const url = tab.linkedBrowser.currentURI.spec;
      if (url !== ${JSON.stringify(page.url())}) return JSON.stringify({ error: 'the selected tab is ' + url });
      ViewPopup.for(extension, win)?.closePopup();
      ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(win);
      if (!extension.tabManager.hasActiveTabPermission(tab)) return JSON.stringify({ error: 'the click granted no activeTab' });
      // The button has no manifest popup: the background opens it from its click handler.
      const until = Date.now() + 5000;
      while (!ViewPopup.for(extension, win) && Date.now() < until) await new Promise((r) => win.setTimeout(r, 20));
      if (!ViewPopup.for(extension, win)) return JSON.stringify({ error: 'the click opened no popup' });
      return JSON.stringify({ tabId: ExtensionParent.apiManager.global.tabTracker.getId(tab) });
    })()`,
  )) as string) as { tabId?: number; error?: string };
  if (outcome.tabId == null) throw new Error(`Firefox toolbar click failed: ${outcome.error}`);
  return outcome.tabId;
}

/** Closes the real popup panel a click opened, so nothing from one test lingers into the next. */
export async function closeFirefoxPopupPanel(session: FirefoxSession): Promise<void> {
  await evaluateInChrome(
    session.browser,
    `(() => {
      const { ViewPopup } = ChromeUtils.importESModule('resource:///modules/ExtensionPopups.sys.mjs');
      const extension = WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extension;
      ViewPopup.for(extension, Services.wm.getMostRecentWindow('navigator:browser'))?.closePopup();
      return true;
    })()`,
  );
}

/**
 * Opens the popup in a tab for `tabId` (popup.html?tabId=N), as TESTING.md describes: page.goto never
 * resolves for moz-extension pages, so wait for the popup's own DOM instead.
 */
export async function openFirefoxPopup(session: FirefoxSession, tabId: number, ready: string): Promise<Page> {
  const popup = await session.browser.newPage();
  await popup.setViewport({ width: 380, height: 600 });
  void popup.goto(`${FIREFOX_ORIGIN}/popup.html?tabId=${tabId}`).catch(() => {});
  // The page is still loading when polling starts; a realm swapped under it fails once, so retry.
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      await popup.waitForFunction(ready, { timeout: Math.max(1000, deadline - Date.now()), polling: 100 });
      return popup;
    } catch (error) {
      if (Date.now() >= deadline || /exceeded/.test(String(error))) {
        const shown = await popup.evaluate('document.body?.textContent ?? ""').catch(() => '(unreadable)');
        throw new Error(`popup for tab ${tabId} not ready; it shows: ${String(shown).slice(0, 300)}`, { cause: error });
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Sends one protocol message to the tab's content script from an extension page. */
export async function sendFromExtensionPage(extensionPage: Page, tabId: number, type: string, data?: unknown): Promise<unknown> {
  const message = JSON.stringify({ id: 1, type, data, timestamp: 0 });
  const reply = (await extensionPage.evaluate(`browser.tabs.sendMessage(${tabId}, ${message})`)) as { res?: unknown; err?: { message: string } };
  if (reply?.err) throw new Error(reply.err.message);
  return reply?.res;
}

import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer-core';

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

/** Chromium's id for an extension loaded unpacked from `path`: the path's SHA-256, its first 32 hex digits spelt a-p. */
export function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/**
 * Pins the extension's button to the toolbar in a new profile, as a reader who uses it on every page
 * has it: an unpinned action is first popped out into the toolbar with an animation (about 260 ms here)
 * before its popup starts to load.
 */
async function pinInProfile(profileDir: string, extensionId: string): Promise<void> {
  await mkdir(join(profileDir, 'Default'), { recursive: true });
  await writeFile(join(profileDir, 'Default', 'Preferences'), JSON.stringify({ extensions: { pinned_extensions: [extensionId] } }));
}

/** Launches Debian's Chromium headless with the built extension loaded and returns its service worker. */
export async function launchChromium(options: { pinned?: boolean } = {}): Promise<ChromiumSession> {
  if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) throw new Error('Run `npm run build` first.');
  const profile = await mkdtemp(join(tmpdir(), 'quotelens-chromium-'));
  // A private copy: a rebuild in the shared checkout must not pull files from under a running test.
  const build = join(profile, 'extension');
  await cp(CHROME_BUILD, build, { recursive: true });
  if (options.pinned) await pinInProfile(join(profile, 'profile'), unpackedExtensionId(build));
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    pipe: true,
    enableExtensions: [build],
    userDataDir: join(profile, 'profile'),
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
  const { worker, extensionId } = await extensionWorker(browser);
  if (options.pinned && extensionId !== unpackedExtensionId(build)) throw new Error(`pinned ${unpackedExtensionId(build)}, but the extension is ${extensionId}`);
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

/**
 * The extension's service worker, once its extension APIs are there. On a busy machine the first
 * worker target can be evaluated before `chrome` is bound (seen as "chrome is not defined"), or be
 * replaced by a restarted worker: so ask until it answers, taking the current target each time.
 */
async function extensionWorker(browser: Browser): Promise<{ worker: WebWorker; extensionId: string }> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const target = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && /^chrome-extension:\/\/[a-p]{32}\/background\.js$/.test(t.url()),
      { timeout: Math.max(1000, deadline - Date.now()) },
    );
    const worker = await target.worker().catch(() => null);
    const ready = await worker?.evaluate(`typeof chrome === 'object' && !!chrome.runtime?.id && !!chrome.storage`).catch(() => false);
    if (worker && ready) return { worker, extensionId: new URL(target.url()).host };
    if (Date.now() > deadline) throw new Error('the extension service worker never had its extension APIs');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Clicks the toolbar button for `page`'s tab as the reader would (DevTools Extensions.triggerAction):
 * this grants activeTab, and the background starts the content script and opens the REAL popup.
 * Returns the popup page and the tab id. `atTrigger` runs just before the click itself, after the
 * harness's own preparation (waiting out an earlier popup, finding the tab's target): the sweeps time
 * the click from there, as the reader's click starts nothing of that.
 */
export async function clickChromiumAction(
  session: ChromiumSession,
  page: Page,
  atTrigger: () => Promise<unknown> = async () => {},
): Promise<{ popup: Page; tabId: number }> {
  // A popup still closing from an earlier click would take this click for its own (a second click
  // toggles a popup shut), and the wait below would find that old popup: start from none open.
  const isPopup = (t: { url(): string }) => t.url().endsWith('/popup.html');
  for (const until = Date.now() + 5000; session.browser.targets().some(isPopup) && Date.now() < until; ) await new Promise((r) => setTimeout(r, 25));
  // And should one still be listed, never take it for this click's popup.
  const earlier = new Set(session.browser.targets().filter(isPopup));
  const cdp = await session.browser.target().createCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
    if (!tab) throw new Error(`no tab target for ${page.url()}`);
    await page.bringToFront();
    await atTrigger();
    await cdp.send('Extensions.triggerAction' as never, { id: session.extensionId, targetId: tab.targetId } as never);
  } finally {
    await cdp.detach().catch(() => {});
  }
  const target = await session.browser.waitForTarget((t) => isPopup(t) && !earlier.has(t), { timeout: 10_000 });
  const popup = (await target.asPage())!;
  const tabId = (await session.worker.evaluate(
    `chrome.tabs.query({}).then((tabs) => tabs.find((t) => t.url === ${JSON.stringify(page.url())}).id)`,
  )) as number;
  return { popup, tabId };
}

/** Sends one protocol message to the tab's content script from the service worker (an extension page). */
export async function sendFromWorker(session: ChromiumSession, tabId: number, type: string, data?: unknown): Promise<unknown> {
  const message = JSON.stringify({ id: 1, type, data, timestamp: 0 });
  const reply = (await session.worker.evaluate(`chrome.tabs.sendMessage(${tabId}, ${message})`)) as { res?: unknown; err?: { message: string } };
  if (reply?.err) throw new Error(reply.err.message);
  return reply?.res;
}

/** Injects the content script again from the service worker, as a second popup opening would. */
export async function injectFromWorker(session: ChromiumSession, tabId: number): Promise<void> {
  await session.worker.evaluate(
    `chrome.scripting.executeScript({ target: { tabId: ${tabId} }, files: ['/content-scripts/content.js'] }).then(() => true)`,
  );
}

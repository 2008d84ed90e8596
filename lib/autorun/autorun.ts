import { browser } from 'wxt/browser';
import { autorunScriptId, sitePattern } from './site-pattern';

// Built by `wxt build` from entrypoints/content/index.ts; the same script the toolbar click injects.
const CONTENT_SCRIPT = 'content-scripts/content.js';

/** The browser APIs autorun needs, injectable for tests. */
export interface AutorunDeps {
  permissions: {
    request(p: { origins: string[] }): Promise<boolean>;
    remove(p: { origins: string[] }): Promise<boolean>;
    contains(p: { origins: string[] }): Promise<boolean>;
  };
  scripting: {
    registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ id: string }[]>;
  };
}

export interface RegisteredScript {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_idle';
  persistAcrossSessions?: boolean;
}

const browserAutorunDeps = (): AutorunDeps => ({
  permissions: browser.permissions as unknown as AutorunDeps['permissions'],
  scripting: browser.scripting as unknown as AutorunDeps['scripting'],
});

/**
 * "Run automatically on this site": asks for access to `origin` (call it straight from the click
 * handler, before any other await: browsers grant permission requests only inside a user gesture),
 * then registers the content script for that site. Resolves false if the reader declined.
 */
export async function enableAutorun(origin: string, deps: AutorunDeps = browserAutorunDeps()): Promise<boolean> {
  const pattern = sitePattern(origin);
  if (!pattern) return false;
  const granted = await deps.permissions.request({ origins: [pattern] });
  if (!granted) return false;
  const id = autorunScriptId(pattern);
  const existing = await deps.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length) return true;
  const script: RegisteredScript = { id, matches: [pattern], js: [CONTENT_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true };
  try {
    await deps.scripting.registerContentScripts([script]);
  } catch {
    // Older Firefox refuses persistAcrossSessions; the registration then lasts for this session.
    const { persistAcrossSessions: _dropped, ...plain } = script;
    await deps.scripting.registerContentScripts([plain]);
  }
  return true;
}

/** Stops running on `origin` by itself and gives the site's permission back. */
export async function disableAutorun(origin: string, deps: AutorunDeps = browserAutorunDeps()): Promise<void> {
  const pattern = sitePattern(origin);
  if (!pattern) return;
  const id = autorunScriptId(pattern);
  const existing = await deps.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length) await deps.scripting.unregisterContentScripts({ ids: [id] });
  await deps.permissions.remove({ origins: [pattern] });
}

/** True when Quotelens runs by itself on `origin`: the permission is held and the script registered. */
export async function isAutorunEnabled(origin: string, deps: AutorunDeps = browserAutorunDeps()): Promise<boolean> {
  const pattern = sitePattern(origin);
  if (!pattern) return false;
  const [held, scripts] = await Promise.all([
    deps.permissions.contains({ origins: [pattern] }),
    deps.scripting.getRegisteredContentScripts({ ids: [autorunScriptId(pattern)] }),
  ]);
  return held && scripts.length > 0;
}

import { describe, expect, it } from 'vitest';
import { disableAutorun, enableAutorun, isAutorunEnabled, type AutorunDeps, type RegisteredScript } from '@/lib/autorun/autorun';
import { autorunScriptId, sitePattern } from '@/lib/autorun/site-pattern';

/** A browser in miniature: granted origins and registered scripts, and a reader who says yes or no. */
function fakeDeps(answer: boolean, options: { refusePersist?: boolean } = {}) {
  const granted = new Set<string>();
  const scripts = new Map<string, RegisteredScript>();
  const requests: string[][] = [];
  const deps: AutorunDeps = {
    permissions: {
      request: async ({ origins }) => {
        requests.push(origins);
        if (answer) origins.forEach((o) => granted.add(o));
        return answer;
      },
      remove: async ({ origins }) => origins.every((o) => granted.delete(o)),
      contains: async ({ origins }) => origins.every((o) => granted.has(o)),
    },
    scripting: {
      registerContentScripts: async (list) => {
        for (const s of list) {
          if (options.refusePersist && 'persistAcrossSessions' in s) throw new Error('unsupported property');
          if (scripts.has(s.id)) throw new Error('duplicate id');
          scripts.set(s.id, s);
        }
      },
      unregisterContentScripts: async ({ ids }) => void ids.forEach((id) => scripts.delete(id)),
      getRegisteredContentScripts: async ({ ids }) => ids.filter((id) => scripts.has(id)).map((id) => ({ id })),
    },
  };
  return { deps, granted, scripts, requests };
}

describe('sitePattern', () => {
  it.each([
    ['https://news.example', 'https://news.example/*'],
    ['https://news.example/politics/story?id=3', 'https://news.example/*'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1/*'],
    ['file:///home/reader/page.html', null],
    ['chrome://settings', null],
    ['about:blank', null],
    ['not a url', null],
    ['https://user:pw@news.example', null],
  ])('%s -> %s', (origin, pattern) => {
    expect(sitePattern(origin)).toBe(pattern);
  });

  it('gives each site its own script id of safe characters', () => {
    const a = autorunScriptId('https://news.example/*');
    expect(a).toMatch(/^[a-zA-Z0-9.-]+$/);
    expect(a).not.toBe(autorunScriptId('http://news.example/*'));
    expect(a).not.toBe(autorunScriptId('https://other.example/*'));
  });
});

describe('enableAutorun / disableAutorun / isAutorunEnabled', () => {
  it('asks for the one site only, then registers the content script for it', async () => {
    const fake = fakeDeps(true);
    expect(await enableAutorun('https://news.example/a/b', fake.deps)).toBe(true);
    expect(fake.requests).toEqual([['https://news.example/*']]);
    const [script] = [...fake.scripts.values()];
    expect(script).toMatchObject({ matches: ['https://news.example/*'], js: ['content-scripts/content.js'], runAt: 'document_idle' });
    expect(await isAutorunEnabled('https://news.example', fake.deps)).toBe(true);
    expect(await isAutorunEnabled('https://other.example', fake.deps)).toBe(false);
  });

  it('registers nothing when the reader declines', async () => {
    const fake = fakeDeps(false);
    expect(await enableAutorun('https://news.example', fake.deps)).toBe(false);
    expect(fake.scripts.size).toBe(0);
    expect(await isAutorunEnabled('https://news.example', fake.deps)).toBe(false);
  });

  it('never asks for pages it cannot run on', async () => {
    const fake = fakeDeps(true);
    expect(await enableAutorun('file:///tmp/page.html', fake.deps)).toBe(false);
    expect(fake.requests).toEqual([]);
  });

  it('is idempotent, and falls back to a session registration where persistence is refused', async () => {
    const fake = fakeDeps(true, { refusePersist: true });
    expect(await enableAutorun('https://news.example', fake.deps)).toBe(true);
    expect(await enableAutorun('https://news.example', fake.deps)).toBe(true);
    expect(fake.scripts.size).toBe(1);
    expect([...fake.scripts.values()][0]).not.toHaveProperty('persistAcrossSessions');
  });

  it('disabling unregisters the script and gives the permission back', async () => {
    const fake = fakeDeps(true);
    await enableAutorun('https://news.example', fake.deps);
    await disableAutorun('https://news.example', fake.deps);
    expect(fake.scripts.size).toBe(0);
    expect(fake.granted.size).toBe(0);
    expect(await isAutorunEnabled('https://news.example', fake.deps)).toBe(false);
  });

  it('is not enabled when the reader removed the permission in the browser settings', async () => {
    const fake = fakeDeps(true);
    await enableAutorun('https://news.example', fake.deps);
    fake.granted.clear();
    expect(await isAutorunEnabled('https://news.example', fake.deps)).toBe(false);
  });
});

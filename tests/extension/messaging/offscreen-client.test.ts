import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { ensureOffscreen } from '@/entrypoints/offscreen/offscreen-client';

/**
 * Chrome lists an offscreen document from the moment it is being created, before its script (and
 * message listener) has run; createDocument resolves once it has loaded. Modelled here by hand.
 */
function fakeOffscreen() {
  let listed = false;
  let finishLoading!: () => void;
  const loaded = new Promise<void>((resolve) => (finishLoading = resolve));
  const createDocument = vi.fn(async () => {
    listed = true;
    await loaded;
  });
  const getContexts = vi.fn(async () => (listed ? [{ contextType: 'OFFSCREEN_DOCUMENT' }] : []));
  Object.assign(browser, { offscreen: { createDocument } });
  Object.assign(browser.runtime, { getContexts });
  return { createDocument, finishLoading };
}

const settled = async (p: Promise<unknown>) => {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setTimeout(r, 10));
  return done;
};

describe('the offscreen document is ready before the first message is sent to it', () => {
  it('makes it once when asked twice at once (the click, then the page\'s HTML)', async () => {
    const doc = fakeOffscreen();
    const onClick = ensureOffscreen();
    const onPage = ensureOffscreen();
    doc.finishLoading();
    await Promise.all([onClick, onPage]);
    expect(doc.createDocument).toHaveBeenCalledTimes(1);
  });

  it('waits for a document still loading, though it is already listed', async () => {
    const doc = fakeOffscreen();
    const onClick = ensureOffscreen();
    await vi.waitFor(() => expect(doc.createDocument).toHaveBeenCalled());
    const onPage = ensureOffscreen();
    expect(await settled(onPage)).toBe(false);
    doc.finishLoading();
    await Promise.all([onClick, onPage]);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { createSiteReading } from '@/entrypoints/offscreen/site-reading';
import { lineFingerprint } from '@/lib/analysis/boilerplate/fingerprint';
import type { ArticleText } from '@/lib/analysis/types';
import type { PageReading } from '@/lib/messaging/background-protocol';
import { emptyMemory, type SiteMemory } from '@/lib/site-memory/types';

const promoLine = 'Listen to our weekly podcast on the city’s politics.';
function article(body: string): ArticleText {
  const text = `Headline\n${body}\n${promoLine}`;
  const bodyEnd = 9 + body.length;
  return {
    title: 'Headline', byline: null, siteName: null, lang: 'en', text, bodyStart: 9,
    blocks: [
      { start: 0, end: 8, kind: 'title', linkChars: 0 },
      { start: 9, end: bodyEnd, kind: 'paragraph', linkChars: 0 },
      { start: bodyEnd + 1, end: text.length, kind: 'paragraph', linkChars: 0 },
    ],
  } as ArticleText;
}
const ok = (a: ArticleText): PageReading => ({ status: 'ok', article: a, analysis: {} as PageReading extends { analysis: infer A } ? A : never, timings: { parseMs: 0, extractMs: 0, analyzeMs: 0 } });

function fakeStore() {
  let value: SiteMemory = emptyMemory();
  return {
    getValue: vi.fn(async () => value),
    update: vi.fn(async (change: (memory: SiteMemory) => SiteMemory) => (value = change(value))),
  };
}

describe('reading with the per-site memory', () => {
  it('passes a line to the third article once two others of the site had it', async () => {
    const store = fakeStore();
    const readWith = createSiteReading(store, () => 5);
    const seen: (string[] | undefined)[] = [];
    const bodies = ['The mayor opened the new library on Monday.', 'Rail fares will rise in March, the operator said.', 'A storm closed schools across the valley.'];
    for (const [i, body] of bodies.entries()) {
      await readWith({ html: '', source: `https://city.example/news/${i}` }, (_, site) => (seen.push(site?.repeatedLines), ok(article(body))));
    }
    await vi.waitFor(() => expect(store.update).toHaveBeenCalledTimes(3));
    expect(seen[0]).toEqual([]);
    expect(seen[1]).toEqual([]);
    expect(seen[2]).toEqual([lineFingerprint(promoLine)]);
  });

  it.each([
    ['a file', 'file:///tmp/page.html'],
    ['an extension page', 'chrome-extension://abc/page.html'],
  ])('neither reads nor records %s', async (_, source) => {
    const store = fakeStore();
    const read = vi.fn(() => ok(article('Text of a saved page.')));
    await createSiteReading(store)({ html: '', source }, read);
    expect(read).toHaveBeenCalledWith({ html: '', source });
    expect(store.getValue).not.toHaveBeenCalled();
    expect(store.update).not.toHaveBeenCalled();
  });

  it('records nothing for a page without an article', async () => {
    const store = fakeStore();
    await createSiteReading(store)({ html: '', source: 'https://city.example/' }, () => ({ status: 'no-article', message: 'none' }));
    expect(store.update).not.toHaveBeenCalled();
  });

  it('still answers when the memory cannot be written', async () => {
    const store = fakeStore();
    store.update.mockRejectedValue(new Error('quota'));
    const reading = await createSiteReading(store)({ html: '', source: 'https://city.example/a' }, () => ok(article('Short news.')));
    expect(reading.status).toBe('ok');
  });
});

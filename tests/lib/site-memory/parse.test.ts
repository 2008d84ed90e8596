import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lineFingerprint } from '@/lib/analysis/boilerplate/fingerprint';
import { knowledgeFor, recordArticle, setVerdict } from '@/lib/site-memory/memory';
import { fromKnowledgeData, isSiteKnowledgeData, toKnowledgeData } from '@/lib/site-memory/knowledge-data';
import { parseSiteMemory } from '@/lib/site-memory/parse';
import { emptyMemory, LIMITS } from '@/lib/site-memory/types';

const promo = lineFingerprint('Subscribe for unlimited access to local reporting.');
const good = [1, 2].reduce((m, n) => recordArticle(m, 'paper.example', `https://paper.example/${n}`, [promo], n), setVerdict(emptyMemory(), 'paper.example', promo, false, 0));

describe('parseSiteMemory', () => {
  it.each([
    ['a string', 'sites'],
    ['an array', []],
    ['no sites', { other: 1 }],
    ['sites as a list', { sites: [] }],
  ])('rejects %s', (_, raw) => {
    expect(parseSiteMemory(raw)).toBeNull();
  });

  it('keeps a well-formed memory as it is', () => {
    expect(parseSiteMemory(structuredClone(good))).toEqual(good);
  });

  it.each([
    ['a site without lines', { lastUsed: 1, clock: 1, verdicts: [] }],
    ['a negative clock', { lastUsed: 1, clock: -1, lines: {}, verdicts: [] }],
  ])('drops %s and keeps the rest', (_, bad) => {
    const parsed = parseSiteMemory({ sites: { ...good.sites, 'bad.example': bad } });
    expect(Object.keys(parsed?.sites ?? {})).toEqual(['paper.example']);
  });

  it('drops malformed lines and verdicts inside a site', () => {
    const site = good.sites['paper.example'];
    const raw = {
      sites: {
        'paper.example': {
          ...site,
          lines: { ...site.lines, 'not-a-fingerprint': { seen: 1, urls: ['0000aaaa'] }, ['ab'.repeat(8)]: { seen: 'x', urls: [] } },
          verdicts: [...site.verdicts, ['zz', true], [promo, 'yes'], 'junk'],
        },
      },
    };
    expect(parseSiteMemory(raw)).toEqual(good);
  });
});

describe('knowledge in messages', () => {
  it('survives a JSON round trip', () => {
    const knowledge = knowledgeFor(good, 'paper.example', 'https://paper.example/3');
    const data = JSON.parse(JSON.stringify(toKnowledgeData(knowledge)));
    expect(isSiteKnowledgeData(data)).toBe(true);
    expect(fromKnowledgeData(data)).toEqual(knowledge);
  });

  it.each([
    ['null', null],
    ['lines not a list', { repeatedLines: 'x', verdicts: [] }],
    ['a verdict not a pair', { repeatedLines: [], verdicts: [['a']] }],
    ['too many lines', { repeatedLines: Array(LIMITS.linesPerSite + 1).fill('a'), verdicts: [] }],
  ])('refuses %s', (_, data) => {
    expect(isSiteKnowledgeData(data)).toBe(false);
  });
});

describe('the siteMemory storage item', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it.each([
    ['a number', 42],
    ['a list', [1, 2]],
    ['sites as text', { sites: 'paper.example' }],
  ])('reads %s as an empty memory', async (_, stored) => {
    await fakeBrowser.storage.local.set({ siteMemory: stored });
    const { siteMemory } = await import('@/lib/storage/items');
    expect(await siteMemory.getValue()).toEqual(emptyMemory());
  });

  it('reads back what it wrote', async () => {
    const { siteMemory } = await import('@/lib/storage/items');
    await siteMemory.setValue(good);
    expect(await siteMemory.getValue()).toEqual(good);
  });
});

import { describe, expect, it } from 'vitest';
import { lineFingerprint } from '@/lib/analysis/boilerplate/fingerprint';
import { articleKey, siteOf } from '@/lib/site-memory/article-key';
import { articleSample, clearAll, forgetSite, knowledgeFor, prune, recordArticle, setVerdict } from '@/lib/site-memory/memory';
import { emptyMemory, LIMITS, type SiteMemory } from '@/lib/site-memory/types';

const promo = lineFingerprint('Get the morning briefing in your inbox every weekday.');
const body1 = lineFingerprint('The council voted on Tuesday to close the bridge for repairs.');
const body2 = lineFingerprint('Farmers said the late frost had cut the apple harvest by half.');
const body3 = lineFingerprint('The museum will reopen its east wing after a two-year renovation.');
const site = 'news.example';
const url = (n: number) => `https://news.example/2026/story-${n}`;

/** Records articles in order: each is [url number, its line fingerprints]. */
const visit = (articles: [number, string[]][], start: SiteMemory = emptyMemory()) =>
  articles.reduce((m, [n, fps], i) => recordArticle(m, site, url(n), fps, 1000 + i), start);

describe('siteOf and articleKey', () => {
  it.each([
    ['https://www.news.example/a/b?x=1', 'news.example'],
    ['http://Local.Paper.example:8080/p', 'local.paper.example'],
    ['file:///home/reader/page.html', null],
    ['chrome://settings', null],
    ['not a url', null],
  ])('%s belongs to site %s', (input, expected) => {
    expect(siteOf(input)).toBe(expected);
  });

  it.each([
    ['https://news.example/a?utm_source=x', 'https://news.example/a#comments', true],
    ['https://news.example/a/', 'https://news.example/a', true],
    ['https://news.example/a', 'https://news.example/b', false],
  ])('%s and %s are the same article: %s', (a, b, same) => {
    expect(articleKey(a) === articleKey(b)).toBe(same);
  });
});

describe('knowledgeFor', () => {
  it.each([
    ['one other article', [[1, [promo, body1]]], 9, false],
    ['two other articles', [[1, [promo, body1]], [2, [promo, body2]]], 9, true],
    ['the same article twice', [[1, [promo, body1]], [1, [promo, body1]]], 9, false],
    ['itself and one other', [[1, [promo, body1]], [3, [promo, body3]]], 3, false],
    ['itself and two others', [[1, [promo, body1]], [2, [promo, body2]], [3, [promo, body3]]], 3, true],
  ] as [string, [number, string[]][], number, boolean][])('a line seen on %s is site boilerplate: %s', (_, articles, current, flagged) => {
    const knowledge = knowledgeFor(visit(articles), site, url(current));
    expect(knowledge.repeatedLines?.has(promo)).toBe(flagged);
    expect(knowledge.repeatedLines?.has(body1)).toBe(false);
  });

  it('knows nothing about another site', () => {
    const memory = visit([[1, [promo]], [2, [promo]]]);
    expect(knowledgeFor(memory, 'other.example', 'https://other.example/x').repeatedLines?.size).toBe(0);
  });

  it('keeps three article keys per line, so a revisited article still sees two others', () => {
    const memory = visit([[1, [promo]], [2, [promo]], [3, [promo]], [4, [promo]]]);
    expect(memory.sites[site].lines[promo].urls).toHaveLength(LIMITS.urlsPerLine);
    expect(knowledgeFor(memory, site, url(4)).repeatedLines?.has(promo)).toBe(true);
  });
});

describe('setVerdict', () => {
  it.each([
    [true, true],
    [false, false],
    [null, undefined],
  ])('a verdict %s reads back as %s', (verdict, expected) => {
    const marked = setVerdict(setVerdict(emptyMemory(), site, body1, !verdict, 1), site, body1, verdict, 2);
    expect(knowledgeFor(marked, site, url(1)).verdicts?.get(body1)).toBe(expected);
  });

  it('does not change the memory it was given', () => {
    const before = visit([[1, [promo]]]);
    const copy = structuredClone(before);
    setVerdict(before, site, promo, true, 5);
    recordArticle(before, site, url(2), [body2], 6);
    expect(before).toEqual(copy);
  });

  it('keeps only the latest verdicts per site', () => {
    let memory = emptyMemory();
    for (let i = 0; i < LIMITS.verdictsPerSite + 5; i++) memory = setVerdict(memory, site, i.toString(16).padStart(16, '0'), true, i);
    expect(memory.sites[site].verdicts).toHaveLength(LIMITS.verdictsPerSite);
    expect(memory.sites[site].verdicts[0][0]).toBe((5).toString(16).padStart(16, '0'));
  });
});

describe('bounds', () => {
  const fps = (n: number, from = 0) => Array.from({ length: n }, (_, i) => (from + i).toString(16).padStart(16, '0'));

  it.each([
    [10, 10],
    [300, 300],
    [900, 300],
  ])('an article of %i lines records %i of them', (lines, kept) => {
    expect(articleSample(fps(lines))).toHaveLength(kept);
  });

  it('samples a long article from both ends', () => {
    const sample = articleSample(fps(900));
    expect(sample[0]).toBe(fps(1)[0]);
    expect(sample.at(-1)).toBe(fps(1, 899)[0]);
  });

  it('evicts the lines a site has not shown for longest', () => {
    const limits = { ...LIMITS, linesPerSite: 5 };
    let memory = recordArticle(emptyMemory(), site, url(1), [promo, ...fps(3, 100)], 1, limits);
    memory = recordArticle(memory, site, url(2), [promo, ...fps(3, 200)], 2, limits);
    const kept = Object.keys(memory.sites[site].lines);
    expect(kept).toHaveLength(5);
    expect(kept).toContain(promo);
    expect(kept).toEqual(expect.arrayContaining(fps(3, 200)));
  });

  it('keeps at most the most recently used sites', () => {
    const limits = { ...LIMITS, sites: 3 };
    let memory = emptyMemory();
    for (let i = 0; i < 5; i++) memory = recordArticle(memory, `site${i}.example`, `https://site${i}.example/a`, [promo], i, limits);
    expect(Object.keys(memory.sites).sort()).toEqual(['site2.example', 'site3.example', 'site4.example']);
  });

  it('drops older sites once the total line budget is spent, never the site just used', () => {
    const limits = { ...LIMITS, linesTotal: 8 };
    let memory = recordArticle(emptyMemory(), 'a.example', 'https://a.example/1', fps(4), 1, limits);
    memory = recordArticle(memory, 'b.example', 'https://b.example/1', fps(4, 10), 2, limits);
    memory = recordArticle(memory, 'c.example', 'https://c.example/1', fps(6, 20), 3, limits);
    expect(Object.keys(memory.sites).sort()).toEqual(['c.example']);
    expect(prune(memory, null, limits)).toBe(memory);
  });
});

describe('forgetting', () => {
  it('forgets one site and keeps the others', () => {
    const memory = recordArticle(visit([[1, [promo]]]), 'other.example', 'https://other.example/1', [promo], 9);
    expect(Object.keys(forgetSite(memory, site).sites)).toEqual(['other.example']);
    expect(forgetSite(memory, 'absent.example')).toBe(memory);
  });

  it('clears everything', () => {
    expect(clearAll()).toEqual({ sites: {} });
  });
});

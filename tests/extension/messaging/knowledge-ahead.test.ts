import { describe, expect, it } from 'vitest';
import { AHEAD_FRESH_MS, createKnowledgeAhead } from '@/lib/messaging/knowledge-ahead';
import { isKnowledgeAheadData } from '@/lib/messaging/validate-article';

const page = 'https://news.example/2026/12/story';
const knowledge = { repeatedLines: ['k1'], verdicts: [] };

const clock = () => {
  let t = 5_000;
  return { now: () => t, pass: (ms: number) => void (t += ms) };
};

describe('site knowledge sent ahead of the clicked page', () => {
  it('serves the reading of the address it was sent for, once', () => {
    const ahead = createKnowledgeAhead();
    ahead.put(page, knowledge);
    expect(ahead.take(page)).toEqual(knowledge);
    expect(ahead.take(page)).toBeUndefined();
  });

  it('passes on "the site taught nothing" as null, which is not the same as "nothing was sent"', () => {
    const ahead = createKnowledgeAhead();
    ahead.put(page, null);
    expect(ahead.take(page)).toBeNull();
    expect(ahead.take(page)).toBeUndefined();
  });

  it('never serves another address (the tab moved on, another tab\'s page): that reading asks', () => {
    const ahead = createKnowledgeAhead();
    ahead.put(page, knowledge);
    expect(ahead.take('https://news.example/2026/12/other')).toBeUndefined();
    expect(ahead.take(page)).toEqual(knowledge);
  });

  it('goes stale: knowledge sent long before the page came may no longer be what the site knows', () => {
    const time = clock();
    const ahead = createKnowledgeAhead(time.now);
    ahead.put(page, knowledge);
    time.pass(AHEAD_FRESH_MS + 1);
    expect(ahead.take(page)).toBeUndefined();
  });

  it('a newer click replaces what an older one sent', () => {
    const ahead = createKnowledgeAhead();
    ahead.put('https://news.example/a', knowledge);
    ahead.put(page, null);
    expect(ahead.take('https://news.example/a')).toBeUndefined();
    expect(ahead.take(page)).toBeNull();
  });

  it('knowledge that comes after the reading it was sent for (which asked) serves no later reading', () => {
    // the click's knowledge, held up, lands after the page was read; the reader's "Not boilerplate"
    // then re-reads the page, which must ask for what the site knows now
    const ahead = createKnowledgeAhead();
    expect(ahead.take(page)).toBeUndefined();
    ahead.put(page, knowledge);
    expect(ahead.take(page)).toBeUndefined();
  });

  it('a late arrival for another address does not drop knowledge for the next click', () => {
    const time = clock();
    const ahead = createKnowledgeAhead(time.now);
    expect(ahead.take('https://news.example/a')).toBeUndefined();
    ahead.put(page, knowledge);
    expect(ahead.take(page)).toEqual(knowledge);
    time.pass(AHEAD_FRESH_MS + 1);
    ahead.put('https://news.example/a', null);
    expect(ahead.take('https://news.example/a')).toBeNull();
  });

  it('the document takes only well-formed knowledge', () => {
    expect(isKnowledgeAheadData({ source: page, site: null })).toBe(true);
    expect(isKnowledgeAheadData({ source: page, site: knowledge })).toBe(true);
    expect(isKnowledgeAheadData({ source: page })).toBe(false);
    expect(isKnowledgeAheadData({ source: page, site: { repeatedLines: 'all' } })).toBe(false);
    expect(isKnowledgeAheadData({ site: null })).toBe(false);
  });
});

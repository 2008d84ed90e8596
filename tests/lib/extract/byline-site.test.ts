import { describe, expect, it } from 'vitest';
import { cleanByline } from '@/lib/extract/byline';
import { hostName, siteNameOf } from '@/lib/extract/site-name';
import { parseHtml } from '@/lib/cli/parse-html';

describe('cleanByline', () => {
  it.each([
    ['By Steven Shepard 10/04/2016 05:07 AM EDT Link Copied', 'Steven Shepard'],
    ['by Lucas Nolan22 Dec 2016651', 'Lucas Nolan'],
    ['By GILLIAN MOHNEY\n      March 11, 2015 3:46 PM', 'GILLIAN MOHNEY'],
    ['By Nathan Willis\n     March 25, 2015', 'Nathan Willis'],
    ['Par Sébastien Farcis', 'Sébastien Farcis'],
    ['By MEG KINNARD and ERRIN HAINES, Associated Press', 'MEG KINNARD and ERRIN HAINES, Associated Press'],
    ['Jane Roe | Share on Twitter', 'Jane Roe'],
    ['Von Anna Schmidt, 12.03.2024', 'Anna Schmidt'],
    ['PTI,', 'PTI'],
    ['Martin Untersinger (avec Damien Leloup et Morgane Tual)', 'Martin Untersinger (avec Damien Leloup et Morgane Tual)'],
    ['Stella Kim, Jennifer Jett', 'Stella Kim, Jennifer Jett'],
    ['肖春芳', '肖春芳'],
    ['Bobby Vonn', 'Bobby Vonn'],
  ])('%j -> %j', (raw, expected) => {
    expect(cleanByline(raw)).toBe(expected);
  });

  it.each([['April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm'], ['Last Updated: January 7, 2025'], ['By'], [''], [null]])('%j names no one', (raw) => {
    expect(cleanByline(raw)).toBeNull();
  });
});

describe('hostName', () => {
  it.each([
    ['https://www.ctpost.com/news/article/x.php', 'ctpost.com'],
    ['http://fr.de/politik/nordkorea-123.html', 'fr.de'],
    ['https://WWW2.Example.co.uk/', 'example.co.uk'],
    ['https://example.invalid/', null],
    ['chrome-extension://abcdef/offscreen.html', null],
    ['about:blank', null],
    ['not a url', null],
    [undefined, null],
  ])('%s -> %s', (url, expected) => {
    expect(hostName(url)).toBe(expected);
  });
});

describe('siteNameOf', () => {
  const docOf = (head: string, url?: string) => parseHtml(`<html><head>${head}</head><body><p>x</p></body></html>`, url).document;

  it('keeps the name the page gives', () => {
    expect(siteNameOf(docOf('<link rel="canonical" href="https://www.thehill.com/a">'), 'The Hill')).toBe('The Hill');
  });

  it.each([
    ['the canonical link', '<link rel="canonical" href="https://www.ctpost.com/news/a.php">', 'ctpost.com'],
    ['og:url', '<meta property="og:url" content="https://www.fr.de/politik/a.html">', 'fr.de'],
    ['nothing but a placeholder address', '', null],
  ])('falls back to the host named by %s', (_what, head, expected) => {
    expect(siteNameOf(docOf(head), null)).toBe(expected);
  });

  it("falls back to the document's own address (the content script reads the live page)", () => {
    expect(siteNameOf(docOf('', 'https://www.example-news.org/story/1'), null)).toBe('example-news.org');
  });
});

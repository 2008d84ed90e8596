import { describe, expect, it } from 'vitest';
import { NoArticleError } from '@/lib/extract/extract-article';
import { assertArticleLength, assertReadableDepth, MAX_NESTING_DEPTH } from '@/lib/extract/page-limits';

const page = (body: string) => new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');

describe('page limits', () => {
  it('accepts ordinary nesting and refuses pathological nesting with a clear message', () => {
    expect(() => assertReadableDepth(page('<div>'.repeat(50) + 'text' + '</div>'.repeat(50)))).not.toThrow();
    const deep = page('<div>'.repeat(MAX_NESTING_DEPTH + 10) + 'text' + '</div>'.repeat(MAX_NESTING_DEPTH + 10));
    expect(() => assertReadableDepth(deep)).toThrow(NoArticleError);
    expect(() => assertReadableDepth(deep)).toThrow(/nested more than/);
  });

  it.each([
    ['a sign-in form', ['Sign in', 'Email', 'Password', 'Forgot password?'], false],
    ['a short news brief', ['The city council voted on Tuesday to close the old bridge for repairs, the mayor said, and the work should last until the end of the year, before the winter storms arrive.'], true],
  ])('%s', (_what, texts, isArticle) => {
    const check = () => assertArticleLength(texts.map((text) => ({ text })));
    if (isArticle) expect(check).not.toThrow();
    else expect(check).toThrow(/too little text/);
  });
});

describe('article length in scripts written without spaces', () => {
  it('accepts a short Chinese report', () => {
    const text = '谷歌在2014年收购的人工智能公司开发出一款能够用自己的记忆学习新知识并利用这些知识来回答问题的计算机。'.repeat(3);
    expect(() => assertArticleLength([{ text }])).not.toThrow();
  });
});

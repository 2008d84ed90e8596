import { describe, expect, it } from 'vitest';
import { READ_MORE_END } from '@/lib/analysis/boilerplate/phrase-matchers';

describe('READ_MORE_END', () => {
  it.each([
    ['seht selbst! weiterlesen', true],
    ['das team ist bereit … [czytaj więcej]', true],
    ['das team ist bereit [więcej…]', true],
    ['the storm hit the coast. read more »', true],
    ['the storm hit the coast. read more...', true],
    ['the storm hit the coast. continue reading →  ', true],
    ['lire l\u2019article', false],
    ["il pleut. lire l'article", true],
    ['ha piovuto. leggi di più ›', true],
    ['we want to read more', true],
    ['more', false],
    ['the weiterlesen-taste', false],
    ['read more about it', false],
    ['', false],
  ])('"%s" → %s', (line, expected) => {
    expect(READ_MORE_END.test(line)).toBe(expected);
  });
});

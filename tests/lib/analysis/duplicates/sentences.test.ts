import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/analysis/duplicates/sentences';

const split = (text: string, lang = 'en') => splitSentences(text, lang).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['The vote passed. Critics walked out.', ['The vote passed.', 'Critics walked out.']],
    ['Mr. Lee said no. Dr. Diaz agreed.', ['Mr. Lee said no.', 'Dr. Diaz agreed.']],
    ['The U.S. Navy sent two ships on Jan. 5 to the strait.', ['The U.S. Navy sent two ships on Jan. 5 to the strait.']],
    ['She said it was “over.” Then she left.', ['She said it was “over.”', 'Then she left.']],
    ['Gov. J. R. Miller signed the bill.', ['Gov. J. R. Miller signed the bill.']],
    ['Le ministre a parlé. M. Dupont a répondu.', ['Le ministre a parlé.', 'M. Dupont a répondu.']],
  ])('%s', (text, expected) => {
    expect(split(text, /ministre/.test(text) ? 'fr' : 'en')).toEqual(expected);
  });
});

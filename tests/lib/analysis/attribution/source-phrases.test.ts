import { describe, expect, it } from 'vitest';
import { lexiconFor } from '@/lib/analysis/lexicon';
import { findSourcePhrases } from '@/lib/analysis/attribution/source-phrases';
import { quotedChars } from '@/lib/analysis/attribution/doc';
import { tokenize } from '@/lib/analysis/attribution/tokens';

/** The words starting a source phrase, each with the phrase's length in tokens. */
function phrasesIn(lang: string, text: string): [string, number][] {
  const lex = lexiconFor(lang);
  const tokens = tokenize(text, lex.elides);
  const { length } = findSourcePhrases(tokens, lex);
  return tokens.flatMap((t, i) => (length[i] ? [[t.text, length[i]] as [string, number]] : []));
}

describe('source phrases are found once per article', () => {
  it.each([
    ['en', 'The plan failed, according to officials. According to the AP, it did not.', [['according', 2], ['According', 2]]],
    ['en', 'He accorded them a hearing, according as it seemed fit.', []],
    ['es', 'De acuerdo con el ministro, según la policía, no hubo heridos.', [['De', 3], ['según', 1]]],
    ['fr', 'Selon la police, rien.', [['Selon', 1]]],
  ] as const)('%s: %s', (lang, text, expected) => {
    expect(phrasesIn(lang, text)).toEqual(expected);
  });

  it('points each token to the next phrase start at or after it', () => {
    const lex = lexiconFor('en');
    const tokens = tokenize('Rain fell, according to forecasters, and according to police roads closed.', lex.elides);
    const { length, next } = findSourcePhrases(tokens, lex);
    const starts = [...length.keys()].filter((i) => length[i]);
    expect(starts).toHaveLength(2);
    expect(next[0]).toBe(starts[0]);
    expect(next[starts[0]]).toBe(starts[0]);
    expect(next[starts[0] + 1]).toBe(starts[1]);
    expect(next[starts[1] + 1]).toBe(tokens.length);
    expect(next[tokens.length]).toBe(tokens.length);
  });
});

describe('the inside-quote table', () => {
  it('marks the characters of each span, marks included, and nothing else', () => {
    const quoted = quotedChars(12, [{ start: 1, end: 4 }, { start: 8, end: 10 }]);
    expect([...quoted].join('')).toBe('011100001100');
  });
});

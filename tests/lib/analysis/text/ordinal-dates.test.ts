import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/analysis/text/sentences';
import { lexiconFor } from '@/lib/analysis/lexicon';

/** The sentences of a German text, with or without the lexicon's ordinal nouns. */
function split(text: string, withOrdinals = true): string[] {
  const de = lexiconFor('de');
  return splitSentences(text, 0, text.length, {
    abbreviations: de.abbreviations,
    sentenceStarters: de.nonNameCapitals,
    ordinalNouns: withOrdinals ? de.ordinalNouns : undefined,
  }).map((s) => text.slice(s.start, s.end));
}

describe('German ordinals: a number with its dot before a month or a counted noun ends no sentence', () => {
  it.each([
    ['Keith antwortet am 30. März 2017 mit einem Brief. Keuter schweigt.', ['Keith antwortet am 30. März 2017 mit einem Brief.', 'Keuter schweigt.']],
    ['Das Haus stammt aus dem 19. Jahrhundert und steht leer. Es wird verkauft.', ['Das Haus stammt aus dem 19. Jahrhundert und steht leer.', 'Es wird verkauft.']],
    ['Am Sonntag, 15. März 2020, schloss die Grenze.', ['Am Sonntag, 15. März 2020, schloss die Grenze.']],
  ])('%s', (text, sentences) => {
    expect(split(text)).toEqual(sentences);
  });

  it('a number closing a sentence before any other word still ends it', () => {
    expect(split('Der Zug kam um Gleis 3. Danach fuhr er weiter.')).toEqual(['Der Zug kam um Gleis 3.', 'Danach fuhr er weiter.']);
  });

  it('without the ordinal nouns the day number ends a sentence (what the option repairs)', () => {
    expect(split('Keith antwortet am 30. März 2017 mit einem Brief.', false)).toHaveLength(2);
  });
});

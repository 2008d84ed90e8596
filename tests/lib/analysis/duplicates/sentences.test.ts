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
    // What may stand before an abbreviation (white space, a bracket, a quote), and what may not.
    ['They met (Gen. Ruiz was there) on Monday. It rained.', ['They met (Gen. Ruiz was there) on Monday.', 'It rained.']],
    ['“Dr. Ortiz is here,” she said. Then she left.', ['“Dr. Ortiz is here,” she said.', 'Then she left.']],
    ['He wrote to J.Smith.Dr. Lee replied.', ['He wrote to J.Smith.Dr.', 'Lee replied.']],
    // An initial is one capital, in any script; one small letter ends a sentence.
    ['É. Zola wrote it. Then he left.', ['É. Zola wrote it.', 'Then he left.']],
    ['The grade was a b. Then it ended.', ['The grade was a b.', 'Then it ended.']],
    ['Item No. 5 was sold. No. It was not.', ['Item No. 5 was sold.', 'No.', 'It was not.']],
  ])('%s', (text, expected) => {
    expect(split(text, /ministre/.test(text) ? 'fr' : 'en')).toEqual(expected);
  });
});

// The duplicate finder segments these languages as English to share attribution's segments: that is
// only right while the runtime's segmenter cuts them alike (ICU's root rules, no abbreviation lists).
describe('segmenting as English gives the same cuts', () => {
  const starts = (text: string, locale: string) =>
    [...new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(text)].map((s) => s.index);
  it.each([
    ['fr', 'M. Dupont a répondu\u00a0: «\u00a0Non\u00a0!\u00a0» Puis il est parti. Mme. Leroy, etc. Voir p. 12.'],
    ['de', 'Dr. Müller sagte, z.B. am 3. Mai. Die Sitzung (u.a. mit Prof. Weber) endete! Was nun? Nr. 5 folgt.'],
    ['es', 'El Sr. García dijo: «No». ¿Qué pasará? ¡Nada! La Dra. Pérez, etc. llegó a EE.UU. ayer.'],
    ['it', 'Il sig. Rossi ha detto no. Poi è partito? Sì. Vedi pag. 3.'],
    ['pt', 'O Sr. Silva disse que não. Depois saiu! E agora? Ver pág. 4.'],
    ['pl', 'Prof. Nowak powiedział, że nie. Potem wyszedł! Co dalej? Zob. s. 5.'],
  ])('%s', (locale, text) => {
    expect(starts(text, locale)).toEqual(starts(text, 'en'));
  });
});

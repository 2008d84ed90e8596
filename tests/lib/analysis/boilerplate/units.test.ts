import { describe, expect, it } from 'vitest';
import { joinedWordRuns } from '@/lib/analysis/boilerplate/char-classes';
import { lineUnits } from '@/lib/analysis/boilerplate/units';
import { countWords } from '@/lib/analysis/text/words';
import { articleFromPlainText } from '@/lib/extract/assemble';

const LINES = [
  'Share this story',
  'SHARE — this story!',
  // Same key length as "share this story", another key.
  'Share that storm',
  'The council met on Tuesday to vote on the budget, which had been delayed twice since March.',
  'İstanbul’da 3. gün — “Zürich” 😀 ok',
  '…',
  'Share this story',
];

describe('lineUnits', () => {
  const units = lineUnits(articleFromPlainText(['Headline', ...LINES].join('\n')));

  it('keeps every non-empty line', () => {
    expect(units.map((u) => u.text)).toEqual(LINES);
  });

  it.each(LINES.map((line, i) => [line, i]))('"%s": words, key and key words as the plain definitions give them', (line, i) => {
    const u = units[i as number];
    const key = joinedWordRuns(u.lower);
    expect(u.words).toBe(countWords(line as string));
    expect(u.key).toBe(key);
    expect(u.keyWords).toBe(key ? key.split(' ').length : 0);
  });

  it('counts the lines that share a key, and only those', () => {
    const byLine = units.map((u) => [u.text, u.repeats]);
    expect(byLine).toEqual([
      ['Share this story', 3],
      ['SHARE — this story!', 3],
      ['Share that storm', 1],
      [LINES[3], 1],
      [LINES[4], 1],
      ['…', 1],
      ['Share this story', 3],
    ]);
  });
});

describe('lineUnits: Cyrillic', () => {
  // Seen in the pass that counts the words (the look-alike letter rule asks it of every line), so it must
  // agree with a plain test of the line for Cyrillic in either case, next to other scripts, and for none.
  const lines = ['Аdvеrtіѕе wіth uѕ tоdау', 'МОСКВА and Zürich', 'Ёлка', 'Plain English, “quoted” — 42', 'Ελληνικά Ԁ ok'];
  const units = lineUnits(articleFromPlainText(['Headline', ...lines].join('\n')));
  it.each(units.map((u) => [u.text, u] as const))('"%s"', (_, u) => {
    expect(u.cyrillic).toBe(/[\u0400-\u04ff]/.test(u.lower));
  });
  it('finds it where there is some, and only there', () => {
    expect(units.map((u) => u.cyrillic)).toEqual([true, true, true, false, false]);
  });
});

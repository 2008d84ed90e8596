import { describe, expect, it } from 'vitest';
import { findDuplicates } from '@/lib/analysis/duplicates/find-duplicates';
import { articleFromPlainText } from '@/lib/extract/assemble';
import type { ArticleText } from '@/lib/analysis/types';

const article = (lines: string[]) => articleFromPlainText(['Harbour works begin', ...lines].join('\n'));

describe('findDuplicates', () => {
  it.each([
    [
      'a sentence pasted twice in one paragraph',
      ['The port authority said the dredging would start in March. The port authority said the dredging would start in March.'],
      'The port authority said the dredging would start in March.',
      2,
    ],
    [
      'a pull quote repeating the body: shown as the words both hold',
      ['“We cannot keep waiting for the next flood,” the harbour master said at the meeting.', 'Other business followed.', '“We cannot keep waiting for the next flood,”'],
      '“We cannot keep waiting for the next flood,”',
      2,
    ],
    [
      'a caption repeating a sentence with words dropped and a credit',
      [
        'In the 1950s, most of the city’s wooden piers were replaced with concrete to resist storms.',
        'Fishermen unload their catch.',
        'In the 1950s, the wooden piers were replaced with concrete to resist storms.CreditJane Roe/The Daily',
      ],
      'In the 1950s, most of the city’s wooden piers were replaced with concrete to resist storms.',
      2,
    ],
    [
      'three occurrences in one group',
      ['Crews will work through the night on the north quay.', 'Crews will work through the night on the north quay!', 'Crews will work through the night on the north quay.'],
      'Crews will work through the night on the north quay.',
      3,
    ],
  ])('%s', (_, lines, text, count) => {
    const a = article(lines);
    const groups = findDuplicates(a);
    expect(groups).toHaveLength(1);
    expect(groups[0].text).toBe(text);
    expect(groups[0].count).toBe(count);
    expect(groups[0].occurrences).toHaveLength(count);
    for (const o of groups[0].occurrences) expect(a.text.slice(o.start, o.end).length).toBeGreaterThan(10);
  });

  it('finds the headline printed again, whole, in the page', () => {
    const a = articleFromPlainText(['Harbour works begin after two years of delay', 'The council voted on Tuesday.', 'Harbour works begin after two years of delay'].join('\n'));
    const groups = findDuplicates(a);
    expect(groups.map((g) => [g.text, g.count])).toEqual([['Harbour works begin after two years of delay', 2]]);
    expect(groups[0].occurrences[0].start).toBe(0);
  });

  it('takes no line of the story that the headline quotes for a repeat of the headline', () => {
    const a = articleFromPlainText(['‘We cannot keep waiting for the next flood’: harbour master warns council', '“We cannot keep waiting for the next flood,” the harbour master said.', 'Work starts in May.'].join('\n'));
    expect(findDuplicates(a)).toEqual([]);
  });

  it('gives similarity 1 for verbatim repeats and below 1 for near ones', () => {
    const exact = findDuplicates(article(['The ferry to the island was cancelled again on Monday. The ferry to the island was cancelled again on Monday.']));
    expect(exact[0].similarity).toBe(1);
    const near = findDuplicates(article([
      'In the 1950s, most of the city’s wooden piers were replaced with concrete to resist storms.',
      'In the 1950s, the wooden piers were replaced with concrete to resist storms.',
    ]));
    expect(near[0].similarity).toBeLessThan(1);
    expect(near[0].similarity).toBeGreaterThanOrEqual(0.7);
  });

  it.each([
    ['sentences that share a phrase only', [
      'The mayor said the new bridge would open in the spring of next year.',
      'The mayor said the old ferry terminal would close for good after the summer season ends.',
    ]],
    ['short repeated lines', ['He agreed.', 'He agreed.']],
    ['a short sentence inside a long one', [
      'The bridge will open in May.',
      'Officials who spent a decade planning the crossing, its approach roads and the new bus routes insist that the bridge will open in May despite the strike.',
    ]],
    ['Mr. and initials do not split sentences', ['Mr. J. Smith spoke first, then Mrs. Brown answered him at length.']],
  ])('no duplicates: %s', (_, lines) => {
    expect(findDuplicates(article(lines))).toEqual([]);
  });

  it.each([
    [{ title: '', byline: null, siteName: null, lang: null, text: '', bodyStart: 0, blocks: [] }],
    [{ title: 'x', byline: null, siteName: null, lang: 'zz-invalid', text: 'x', bodyStart: 0, blocks: [{ start: 0, end: 500, kind: 'paragraph', linkChars: 0 }] }],
    [undefined as unknown as ArticleText],
  ])('never throws on odd input %#', (a) => {
    expect(() => findDuplicates(a as ArticleText)).not.toThrow();
  });

  it.each([['\n'], ['\r\n'], ['\r']])('reads the lines of a block split by %j', (newline) => {
    const line = 'The harbour crews will work through the night on the north quay.';
    const text = ['Other business followed at length.', line, 'Nothing else happened at the meeting today.', line].join(newline);
    const a: ArticleText = { title: '', byline: null, siteName: null, lang: 'en', text, bodyStart: 0, blocks: [{ start: 0, end: text.length, kind: 'paragraph', linkChars: 0 }] };
    const groups = findDuplicates(a);
    expect(groups).toHaveLength(1);
    expect(groups[0].occurrences.map((o) => text.slice(o.start, o.end))).toEqual([line, line]);
  });

  it('finds exactly the repeats among hundreds of distinct sentences', () => {
    const words = ['harbour', 'bridge', 'council', 'ferry', 'quay', 'storm', 'crane', 'tide', 'pier', 'dock'];
    const sentence = (n: number) => `The ${words[n % 10]} report number ${n} was ${words[Math.floor(n / 10) % 10]} and ${words[Math.floor(n / 100) % 10]} work.`;
    const lines = Array.from({ length: 400 }, (_, n) => sentence(n));
    lines.push(sentence(17), sentence(333), sentence(17));
    const groups = findDuplicates(article(lines));
    expect(groups.map((g) => [g.text, g.count, g.similarity])).toEqual([[sentence(17), 3, 1], [sentence(333), 2, 1]]);
  });
});

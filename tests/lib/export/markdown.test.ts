import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownUrl, toMarkdown, type MarkdownLabels } from '@/lib/export/markdown';
import type { ExportRow } from '@/lib/export/rows';

describe('escapeMarkdown', () => {
  it.each([
    ['We will not back down', 'We will not back down'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert\\(1\\)\\>'],
    ['[click here](javascript:alert(1))', '\\[click here\\]\\(javascript:alert\\(1\\)\\)'],
    ['# not a heading', '\\# not a heading'],
    ['- not a list item', '\\- not a list item'],
    ['1999. A year to forget', '1999\\. A year to forget'],
    ['*really* _big_ `code`', '\\*really\\* \\_big\\_ \\`code\\`'],
    ['first line\n\nsecond line', 'first line second line'],
    ['a | b', 'a \\| b'],
  ])('%j -> %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe('markdownUrl', () => {
  it.each([
    ['https://news.example/story?id=4', '<https://news.example/story?id=4>'],
    ['https://news.example/a b<c>', '<https://news.example/a%20b%3Cc%3E>'],
    ['javascript:alert(1)', 'javascript:alert\\(1\\)'],
  ])('%s -> %s', (input, expected) => {
    expect(markdownUrl(input)).toBe(expected);
  });
});

describe('toMarkdown', () => {
  const labels: MarkdownLabels = {
    quoteMarks: ['“', '”'], quoteType: { direct: 'direct', partial: 'partial', indirect: 'indirect' }, heading: 'Who said what', empty: 'No quotes found.',
  };
  const page = { url: 'https://news.example/bridge', title: 'Bridge to reopen in May', date: '2025-04-01' };
  const row = (speaker: string, speakerTitle: string, quote: string, type: ExportRow['type'], start: number): ExportRow => ({
    ...page, speaker, speakerTitle, quote, type, start, end: start + quote.length,
  });

  it('groups quotes by speaker in order of first quote, with titles, marks and types', () => {
    const rows = [
      row('Lena Fischer', 'city engineer', 'The bridge is safe', 'direct', 10),
      row('Unknown speaker', '', 'repairs ran late', 'indirect', 50),
      row('Lena Fischer', 'city engineer', 'ahead of schedule', 'partial', 90),
    ];
    expect(toMarkdown(page, rows, labels)).toBe(
      [
        '# Bridge to reopen in May', '', '<https://news.example/bridge> · 2025-04-01', '', '## Who said what', '',
        '### Lena Fischer (city engineer)', '', '- “The bridge is safe” _direct_', '- “ahead of schedule” _partial_', '',
        '### Unknown speaker', '', '- repairs ran late _indirect_', '',
      ].join('\n'),
    );
  });

  it('says so when there are no quotes', () => {
    expect(toMarkdown(page, [], labels)).toContain('No quotes found.');
  });
});

import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '@/lib/export/csv';
import type { ExportRow } from '@/lib/export/rows';

describe('csvCell', () => {
  it.each([
    ['The council voted on Tuesday', 'The council voted on Tuesday'],
    ['costs rose, the mayor said', '"costs rose, the mayor said"'],
    ['she called it "a disgrace"', '"she called it ""a disgrace"""'],
    ['first line\nsecond line', '"first line\nsecond line"'],
    ['carriage\r\nreturn', '"carriage\r\nreturn"'],
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['+1 555 0100 was the number', "'+1 555 0100 was the number"],
    ['-2 degrees overnight', "'-2 degrees overnight"],
    ['@reporter asked again', "'@reporter asked again"],
    ['   =SUM(A1:A9)', "'   =SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['a score of 3-2 and 1+1', 'a score of 3-2 and 1+1'],
    ['user@example.org wrote', 'user@example.org wrote'],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('leaves numbers alone', () => {
    expect(csvCell(1234)).toBe('1234');
  });
});

describe('toCsv', () => {
  const header: Record<keyof ExportRow, string> = {
    url: 'URL', title: 'Title', date: 'Date', speaker: 'Speaker', speakerTitle: 'Speaker title', quote: 'Quote', type: 'Type', start: 'Start', end: 'End',
  };
  const row: ExportRow = {
    url: 'https://news.example/a?b=1,2', title: 'Rates, again', date: '2025-03-04', speaker: 'Ana Ruiz', speakerTitle: 'Finance Minister',
    quote: '=cmd|"/c calc"!A1', type: 'direct', start: 10, end: 28,
  };

  it('writes a header and one CRLF-terminated line per row in the documented column order', () => {
    expect(toCsv([row], header)).toBe(
      'URL,Title,Date,Speaker,Speaker title,Quote,Type,Start,End\r\n' +
        `"https://news.example/a?b=1,2","Rates, again",2025-03-04,Ana Ruiz,Finance Minister,"'=cmd|""/c calc""!A1",direct,10,28\r\n`,
    );
  });

  it('writes only the header when there are no quotes', () => {
    expect(toCsv([], header).split('\r\n')).toEqual(['URL,Title,Date,Speaker,Speaker title,Quote,Type,Start,End', '']);
  });
});

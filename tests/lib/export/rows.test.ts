import { describe, expect, it } from 'vitest';
import { exportFileName } from '@/lib/export/file-name';
import { toJson, toJsonExport } from '@/lib/export/json';
import { exportDate, exportRows } from '@/lib/export/rows';
import { sampleAnalysis } from '../../extension/popup/sample-analysis';

const now = new Date('2026-02-03T10:20:30Z');
const context = { now, unknownSpeaker: 'Unknown speaker' };

describe('exportRows', () => {
  it('gives one row per quote in text order with speaker name and title resolved', () => {
    const shuffled = { ...sampleAnalysis, quotes: [...sampleAnalysis.quotes].reverse() };
    const rows = exportRows(shuffled, context);
    expect(rows.map((r) => [r.speaker, r.speakerTitle, r.type])).toEqual([
      ['Elena Varga', 'Harbour Mayor', 'partial'],
      ['Elena Varga', 'Harbour Mayor', 'direct'],
      ['Elena Varga', 'Harbour Mayor', 'direct'],
      ['The Port Authority', '', 'partial'],
      ['Tomas Okafor', 'Transport Minister', 'indirect'],
      ['a resident', '', 'partial'],
      ['Unknown speaker', '', 'partial'],
    ]);
    const q = sampleAnalysis.quotes[1];
    expect(rows[1]).toEqual({
      url: sampleAnalysis.source, title: sampleAnalysis.title, date: '2026-02-03', speaker: 'Elena Varga', speakerTitle: 'Harbour Mayor',
      quote: q.text, type: 'direct', start: q.start, end: q.end,
    });
    expect(sampleAnalysis.text.slice(rows[1].start, rows[1].end)).toBe(q.text);
  });
});

describe('exportDate', () => {
  it.each([
    [undefined, '2026-02-03'],
    ['2025-11-30T08:00:00+01:00', '2025-11-30'],
    ['2024-06-01', '2024-06-01'],
    ['last Tuesday', '2026-02-03'],
    [20240601, '2026-02-03'],
    ['<script>', '2026-02-03'],
  ])('published %j -> %s', (published, expected) => {
    expect(exportDate({ ...sampleAnalysis, published }, now)).toBe(expected);
  });
});

describe('JSON export', () => {
  it('keeps page fields once and every quote field', () => {
    const rows = exportRows(sampleAnalysis, context);
    const data = JSON.parse(toJson(toJsonExport({ url: sampleAnalysis.source, title: sampleAnalysis.title, date: '2026-02-03' }, rows, now)));
    expect(data.url).toBe(sampleAnalysis.source);
    expect(data.exportedAt).toBe('2026-02-03T10:20:30.000Z');
    expect(data.quotes).toHaveLength(7);
    expect(Object.keys(data.quotes[0])).toEqual(['speaker', 'speakerTitle', 'quote', 'type', 'start', 'end']);
  });
});

describe('exportFileName', () => {
  it.each([
    ['Harbour council approves a winter ferry timetable', 'csv', 'quotelens-harbour-council-approves-a-winter-ferry-timetable-2026-02-03.csv'],
    ['../../etc/passwd', 'json', 'quotelens-etc-passwd-2026-02-03.json'],
    ['Élections : le « oui » l’emporte', 'csv', 'quotelens-élections-le-oui-l-emporte-2026-02-03.csv'],
    ['', 'json', 'quotelens-2026-02-03.json'],
  ] as const)('%j -> %s', (title, ext, expected) => {
    expect(exportFileName(title, '2026-02-03', ext)).toBe(expected);
  });

  it('bounds the length of very long titles', () => {
    expect(exportFileName('word '.repeat(100), '2026-02-03', 'csv').length).toBeLessThanOrEqual(90);
  });
});

import { describe, expect, it } from 'vitest';
import { isSingleSegment } from '@/lib/analysis/text/single-segment';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const segmentCount = (text: string) => [...segmenter.segment(text)].length;

describe('isSingleSegment', () => {
  it.each([
    'Flood warnings along the river',
    'The council voted to close the bridge until spring.',
    'Rain is expected to continue through Tuesday, forecasters said.”',
    'Why would anyone cross it now?" ',
    'Residents — most of them farmers — stayed put (for now).',
    'Ça va très bien',
    'The road is shut. ',
  ])('one segment without the segmenter: %s', (text) => {
    expect(isSingleSegment(text)).toBe(true);
    expect(segmentCount(text)).toBe(1);
  });

  it.each([
    'The bridge closed. Traffic moved to the ferry.',
    'It rose 2.5 percent in March',
    'What now? Nobody knew',
    'First line\nSecond line',
    'He left. "',
    'Прогноз погоды на завтра',
    'Wait… what happened',
  ])('left to the segmenter: %s', (text) => {
    expect(isSingleSegment(text)).toBe(false);
  });

  it('never answers one segment where the segmenter finds more', () => {
    const chars = ['a', 'B', ' ', '.', '!', '?', '"', "'", ')', '”', '’', '»', '\t', '\n', '1', 'é', '—', '…', '\u00a0', '(', '“'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % chars.length;
    for (let k = 0; k < 5000; k++) {
      let text = 'x';
      for (let i = 0; i < 8; i++) text += chars[next()];
      if (isSingleSegment(text)) expect(segmentCount(text), JSON.stringify(text)).toBe(1);
    }
  });
});

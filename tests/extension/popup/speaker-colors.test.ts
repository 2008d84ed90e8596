import { describe, expect, it } from 'vitest';
import { SPEAKER_PALETTE, UNATTRIBUTED_COLOR, speakerColorIndex } from '@/lib/speaker-colors';
import type { Quote } from '@/lib/analysis/types';

const q = (start: number, speakerId: string | null): Quote => ({
  id: `q${start}`, text: 'words', start, end: start + 5, type: 'direct', speakerId, speakerMention: null, cue: 'said', confidence: 1,
});

// WCAG relative luminance, to check every tint keeps its text readable.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe('speakerColorIndex', () => {
  it('numbers speakers by their first quote in the text, not by list order', () => {
    const index = speakerColorIndex({ quotes: [q(300, 'b'), q(10, 'a'), q(200, 'c'), q(50, 'b')] });
    expect([...index]).toEqual([['a', 0], ['b', 1], ['c', 2]]);
  });

  it('skips unattributed quotes and wraps after eight speakers', () => {
    const quotes = [q(0, null), ...Array.from({ length: 9 }, (_, i) => q((i + 1) * 10, `s${i}`))];
    const index = speakerColorIndex({ quotes });
    expect(index.has('null')).toBe(false);
    expect(index.get('s7')).toBe(7);
    expect(index.get('s8')).toBe(0);
  });
});

describe('SPEAKER_PALETTE', () => {
  it('has eight distinct colours', () => {
    expect(SPEAKER_PALETTE).toHaveLength(8);
    expect(new Set(SPEAKER_PALETTE.map((c) => c.solid)).size).toBe(8);
  });

  it('keeps the unattributed neutral out of the palette', () => {
    expect(SPEAKER_PALETTE.map((c) => c.solid)).not.toContain(UNATTRIBUTED_COLOR.solid);
  });

  it.each([...SPEAKER_PALETTE, UNATTRIBUTED_COLOR].map((c) => [c.name, c] as const))('%s keeps text readable on light and dark pages', (_, color) => {
    expect(contrast(color.light.background, color.light.text)).toBeGreaterThanOrEqual(7);
    expect(contrast(color.dark.background, color.dark.text)).toBeGreaterThanOrEqual(7);
  });
});

import type { Analysis } from '@/lib/analysis/types';

/**
 * One colour per speaker, shared by the popup (legend, quote borders) and the page highlighter so a
 * speaker has the same colour in both. Pure: no browser globals.
 */
export interface SpeakerColor {
  /** Human name of the hue, for debugging and tests. */
  name: string;
  /** The palette colour itself: swatches, borders, underlines. */
  solid: string;
  /** Highlight on a light page: pale tint behind dark text. */
  light: { background: string; text: string };
  /** Highlight on a dark page: deep tint behind light text. */
  dark: { background: string; text: string };
}

// Okabe-Ito (colour-blind safe), with its black swapped for a mid grey that can serve as a tint.
// Tints: about 65 % white for light pages, 50-60 % black for dark pages, so text contrast stays at 7:1 or more.
export const SPEAKER_PALETTE: readonly SpeakerColor[] = [
  { name: 'orange', solid: '#E69F00', light: { background: '#F6DDA6', text: '#1A1A1A' }, dark: { background: '#735000', text: '#FFFFFF' } },
  { name: 'sky blue', solid: '#56B4E9', light: { background: '#C4E5F7', text: '#1A1A1A' }, dark: { background: '#2B5A75', text: '#FFFFFF' } },
  { name: 'bluish green', solid: '#009E73', light: { background: '#A6DDCE', text: '#1A1A1A' }, dark: { background: '#004F3A', text: '#FFFFFF' } },
  { name: 'yellow', solid: '#F0E442', light: { background: '#FAF6BD', text: '#1A1A1A' }, dark: { background: '#5B5719', text: '#FFFFFF' } },
  { name: 'blue', solid: '#0072B2', light: { background: '#A6CEE4', text: '#1A1A1A' }, dark: { background: '#003959', text: '#FFFFFF' } },
  { name: 'vermillion', solid: '#D55E00', light: { background: '#F0C7A6', text: '#1A1A1A' }, dark: { background: '#6B2F00', text: '#FFFFFF' } },
  { name: 'reddish purple', solid: '#CC79A7', light: { background: '#EDD0E0', text: '#1A1A1A' }, dark: { background: '#663D54', text: '#FFFFFF' } },
  { name: 'grey', solid: '#999999', light: { background: '#DBDBDB', text: '#1A1A1A' }, dark: { background: '#4D4D4D', text: '#FFFFFF' } },
];

/**
 * Quotes with no speaker: a neutral that is not in the palette, so they never look like the eighth
 * speaker. The popup draws their group with a dashed edge; the page may use a dotted underline.
 */
export const UNATTRIBUTED_COLOR: SpeakerColor = {
  name: 'neutral',
  solid: '#6E7781',
  light: { background: '#E4E7EB', text: '#1A1A1A' },
  dark: { background: '#3A3F46', text: '#FFFFFF' },
};

/**
 * Palette index (0..7) for each speaker, in the order of their first quote in the text, so the
 * first voice of an article is always orange and colours are stable between popup and page.
 * Unattributed quotes get no entry; a ninth speaker wraps around to index 0.
 */
export function speakerColorIndex(analysis: Pick<Analysis, 'quotes'>): Map<string, number> {
  const byPosition = [...analysis.quotes].sort((a, b) => a.start - b.start);
  const index = new Map<string, number>();
  for (const quote of byPosition) {
    if (quote.speakerId != null && !index.has(quote.speakerId)) {
      index.set(quote.speakerId, index.size % SPEAKER_PALETTE.length);
    }
  }
  return index;
}

/**
 * Colours after the reader's corrections: the ones of the analysis as found (so a correction never
 * repaints other speakers), and a speaker who has quotes only through corrections takes the next
 * colours in turn. Popup, side panel and page all use this.
 */
export function colorsAfterCorrections(original: Pick<Analysis, 'quotes'>, corrected: Pick<Analysis, 'quotes'>): Map<string, number> {
  const colors = speakerColorIndex(original);
  let next = colors.size;
  for (const id of speakerColorIndex(corrected).keys()) if (!colors.has(id)) colors.set(id, next++ % SPEAKER_PALETTE.length);
  return colors;
}

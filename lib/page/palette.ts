import type { Analysis } from '@/lib/analysis/types';

/**
 * One colour per speaker from the Okabe–Ito palette, which stays distinguishable under the common
 * colour-vision deficiencies. Used translucent, so text stays readable on light and dark pages.
 */
export const SPEAKER_COLOURS = [
  '230, 159, 0', // orange
  '86, 180, 233', // sky blue
  '0, 158, 115', // bluish green
  '240, 228, 66', // yellow
  '0, 114, 178', // blue
  '213, 94, 0', // vermillion
  '204, 121, 167', // reddish purple
  '153, 153, 153', // grey
] as const;

export const HIGHLIGHT_PREFIX = 'quotelens';
export const OFFICIAL_NAME = `${HIGHLIGHT_PREFIX}-official`;
export const FLASH_NAME = `${HIGHLIGHT_PREFIX}-flash`;
export const quoteName = (colour: number) => `${HIGHLIGHT_PREFIX}-quote-${colour}`;

/** Every highlight name we may register, so clearing never misses one. */
export const ALL_NAMES = [...SPEAKER_COLOURS.map((_, i) => quoteName(i)), OFFICIAL_NAME, FLASH_NAME];

/**
 * Colour index per speaker id, in order of first quote, so the popup's legend and the page agree.
 * Unattributed quotes share the key `null`. Colours repeat after eight speakers.
 */
export function speakerColours(analysis: Pick<Analysis, 'quotes'>): Map<string | null, number> {
  const colours = new Map<string | null, number>();
  for (const quote of analysis.quotes) {
    if (!colours.has(quote.speakerId)) colours.set(quote.speakerId, colours.size % SPEAKER_COLOURS.length);
  }
  return colours;
}

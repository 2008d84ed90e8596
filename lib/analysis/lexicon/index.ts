import { EN } from './en';
import type { LexiconData } from './types';

export type { LexiconData } from './types';

const LEXICONS: Record<string, LexiconData> = { en: EN };

/** The word lists for a language tag ("en-GB" -> en); English when the language has none yet. */
export function lexiconFor(lang: string | null | undefined): LexiconData {
  const base = (lang ?? 'en').toLowerCase().split(/[-_]/)[0];
  return LEXICONS[base] ?? EN;
}

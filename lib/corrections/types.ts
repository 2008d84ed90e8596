/**
 * A reader's correction of one quote, stored per page URL. Quotes and speakers are referred to by
 * id AND by their words/name, so a correction still finds its quote when the page is analysed
 * again with different ids, and is dropped (not misapplied) when the quote is gone.
 */
export interface QuoteRef {
  id: string;
  start: number;
  end: number;
  /** The quote's first words, enough to recognise it again; bounded so storage stays small. */
  text: string;
}

export interface SpeakerRef {
  id: string;
  name: string;
}

export type Correction =
  | { action: 'dismiss'; quote: QuoteRef }
  /** speaker null: the reader says the speaker is unknown. */
  | { action: 'reassign'; quote: QuoteRef; speaker: SpeakerRef | null };

/** Characters of a quote kept in its reference. */
export const QUOTE_REF_CHARS = 80;

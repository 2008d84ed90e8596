// A pull quote set between paragraphs, or a lede that opens on the words the body quotes again with
// its speaker ("“No soy el dueño del Gobierno, nadie es el dueño del Gobierno”. Con esa frase, …"),
// has no verb of saying of its own: whoever said the same words where the text does name the speaker
// said these. Without this the repeat takes the speaker of the paragraph it happens to stand in.
import type { Doc } from './doc';
import type { Found } from './attribute-quotes';
import type { EntityRec } from './entities';
import type { Span } from '../types';

/** Share of a repeat's longer words that one speaker's cued quotations must hold. */
const HELD = 0.7;
/** How much more of them that speaker must hold than anyone else (words of the topic recur). */
const MARGIN = 0.25;
/** Fewer longer words than this are a phrase anyone may repeat ("el fin de la humanidad"). */
const MIN_WORDS = 5;

/** The longer words of a text: short ones ("de", "que", "the") are in every quotation. */
const wordsOf = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 4);

/**
 * Gives each quotation without a cue of its own the speaker whose cued quotations hold most of its
 * words (at least `HELD` of them): a pull quote may stitch two of them together.
 */
export function creditRepeatedQuotes(doc: Doc, found: Found[]): void {
  // a quotation without a cue is rare: without one, no cued quotation's words need collecting
  const uncued = found.filter((f) => f.cue === null && f.type !== 'indirect');
  if (!uncued.length) return;
  const spoken = new Map<EntityRec, { words: Set<string>; mention: Span | null }>();
  for (const f of found) {
    if (f.cue === null || !f.ent || f.type === 'indirect') continue;
    let s = spoken.get(f.ent);
    if (!s) spoken.set(f.ent, (s = { words: new Set(), mention: f.mention }));
    for (const w of wordsOf(doc.text.slice(f.start, f.end))) s.words.add(w);
  }
  if (!spoken.size) return;
  for (const f of uncued) {
    const words = wordsOf(doc.text.slice(f.start, f.end));
    if (words.length < MIN_WORDS) continue;
    let best: EntityRec | null = null;
    let bestShare = 0;
    let second = 0;
    for (const [ent, s] of spoken) {
      const share = words.filter((w) => s.words.has(w)).length / words.length;
      if (share > bestShare) [best, bestShare, second] = [ent, share, bestShare];
      else if (share > second) second = share;
    }
    if (!best || bestShare < HELD || bestShare - second < MARGIN || best === f.ent) continue;
    f.ent = best;
    f.mention = spoken.get(best)!.mention;
  }
}

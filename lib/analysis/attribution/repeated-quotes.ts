// Quotations that repeat words quoted elsewhere with their speaker take that speaker, though no cue
// stands beside the repetition. Two shapes, credited in this order:
// - an echo: "„Wir haben bereits die Zusage“" as the headline, "„Wir haben bereits die Zusage, dass …“,
//   schrieb Keith" in the body: a quotation without a speaker whose words stand whole in one with a speaker;
// - a pull quote set between paragraphs, or a lede that opens on the words the body quotes again with
//   its speaker ("“No soy el dueño del Gobierno, nadie es el dueño del Gobierno”. Con esa frase, …"): a
//   quotation without a cue of its own, whose words one speaker's cued quotations hold. Without this the
//   repeat takes the speaker of the paragraph it happens to stand in.
import type { Doc } from './doc';
import type { Found } from './attribute-quotes';
import type { EntityRec } from './entities';
import type { Span } from '../types';
import { letterDigitRuns } from '../text/words';

/** Fewest words an echo needs, so that a quoted term ("„Extrablatt“") borrows no speaker. */
const MIN_ECHO_WORDS = 3;
/** Share of a pull quote's longer words that one speaker's cued quotations must hold. */
const HELD = 0.7;
/** How much more of them that speaker must hold than anyone else (words of the topic recur). */
const MARGIN = 0.25;
/** Fewer longer words than this are a phrase anyone may repeat ("el fin de la humanidad"). */
const MIN_WORDS = 5;
/** Longer words: short ones ("de", "que", "the") are in every quotation. */
const MIN_LONGER = 4;

/** Speakers for echoes, then for pull quotes (in place). */
export function creditRepeatedQuotes(doc: Doc, found: Found[]): void {
  // each quotation's words, read once for both steps (and only for the quotations a step compares)
  const cache = new Map<Found, string[]>();
  const wordsOf = (f: Found) => {
    let words = cache.get(f);
    if (!words) cache.set(f, (words = letterDigitRuns(doc.text.slice(f.start, f.end).toLowerCase())));
    return words;
  };
  creditEchoes(found, wordsOf);
  creditPullQuotes(found, wordsOf);
}

/** Gives each quotation without a speaker the speaker of a quotation that holds its words whole. */
function creditEchoes(found: Found[], wordsOf: (f: Found) => string[]): void {
  // most pages give every quotation a speaker: then no quotation's words need reading
  // (nor when those without one are too short to echo anything)
  const unattributed = found.filter((f) => !f.ent && f.type !== 'indirect' && wordsOf(f).length >= MIN_ECHO_WORDS);
  if (!unattributed.length) return;
  const attributed = found.filter((f) => f.ent && f.type !== 'indirect').map((f) => ({ f, words: ` ${wordsOf(f).join(' ')} ` }));
  if (!attributed.length) return;
  for (const f of unattributed) {
    const phrase = ` ${wordsOf(f).join(' ')} `;
    const source = attributed.find((a) => a.f !== f && a.words.includes(phrase));
    if (!source) continue;
    f.ent = source.f.ent;
    f.confidence = Math.min(f.confidence, 0.5);
  }
}

/**
 * Gives each quotation without a cue of its own the speaker whose cued quotations hold most of its
 * longer words (at least `HELD` of them): a pull quote may stitch two of them together.
 */
function creditPullQuotes(found: Found[], wordsOf: (f: Found) => string[]): void {
  // a quotation without a cue is rare: without one, no cued quotation's words need collecting
  // (nor when those without one have too few longer words to be a pull quote)
  const longer = (f: Found) => wordsOf(f).filter((w) => w.length >= MIN_LONGER);
  const uncued = found.filter((f) => f.cue === null && f.type !== 'indirect').map((f) => ({ f, words: longer(f) })).filter((u) => u.words.length >= MIN_WORDS);
  if (!uncued.length) return;
  // each speaker's words, of those the pull quotes hold (no other word is ever asked for)
  const asked = new Set<string>();
  for (const u of uncued) for (const w of u.words) asked.add(w);
  const spoken = new Map<EntityRec, { words: Set<string>; mention: Span | null }>();
  for (const f of found) {
    if (f.cue === null || !f.ent || f.type === 'indirect') continue;
    let s = spoken.get(f.ent);
    if (!s) spoken.set(f.ent, (s = { words: new Set(), mention: f.mention }));
    for (const w of longer(f)) if (asked.has(w)) s.words.add(w);
  }
  if (!spoken.size) return;
  for (const { f, words } of uncued) {
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

// "„Wir haben bereits die Zusage“" as the headline, "„Wir haben bereits die Zusage, dass …“, schrieb
// Keith" in the body: a headline or a later sentence that repeats words quoted with their speaker
// elsewhere quotes the same speaker, though no cue stands beside the repetition.
import type { Found } from './attribute-quotes';
import type { Doc } from './doc';

/** Fewest words a repetition needs, so that a quoted term ("„Extrablatt“") borrows no speaker. */
const MIN_ECHO_WORDS = 3;

const normalised = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Gives each quotation without a speaker the speaker of a quotation that holds its words (in place). */
export function speakersOfEchoedQuotes(doc: Doc, found: Found[]): void {
  // most pages give every quotation a speaker: then no quotation's words need normalising
  const unattributed = found.filter((f) => !f.ent && f.type !== 'indirect');
  if (!unattributed.length) return;
  const attributed = found.filter((f) => f.ent && f.type !== 'indirect').map((f) => ({ f, words: ` ${normalised(doc.text.slice(f.start, f.end))} ` }));
  if (!attributed.length) return;
  for (const f of unattributed) {
    const words = normalised(doc.text.slice(f.start, f.end));
    if (words.split(' ').length < MIN_ECHO_WORDS) continue;
    const source = attributed.find((a) => a.f !== f && a.words.includes(` ${words} `));
    if (!source) continue;
    f.ent = source.f.ent;
    f.confidence = Math.min(f.confidence, 0.5);
  }
}

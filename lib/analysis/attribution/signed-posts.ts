// Embedded social-media posts: the post's lines are set off as blocks without quotation marks and
// signed by a line of their own, "— Donald J. Trump (@realDonaldTrump) May 2, 2020". The signature is
// the same in every language (the platform writes it), so one reader serves every page.
import type { Doc } from './doc';
import type { Found } from './attribute-quotes';
import type { EntityRec } from './entities';
import { transcriptLabel } from './transcript';

/** "— Name (@handle) date": a dash, the author's display name, the handle in brackets, then the date. */
const SIGNATURE = /^[—–-]\s*(\S[^()\n]{0,80}?)\s*\(@\w{1,30}\)/u;
/** A post's lines stop at this many blocks above the signature. */
const MAX_LINES = 6;
/** A link the platform appends to a post ("https://t.co/…", "pic.twitter.com/…"): not the author's words. */
const TRAILING_LINK = /\s*(?:https?:\/\/|pic\.twitter\.com\/)\S*\s*$/u;
/** Titles before a display name ("Rep. Ilhan Omar"): the name is what follows. */
const LEADING_TITLE = /^(?:\p{Lu}\p{Ll}{0,4}\.\s+)+/u;

/** The author of a signature: a person already known by these words, a person's two or three names, or a body. */
function authorOf(doc: Doc, name: string, at: number): EntityRec {
  const words = name.toLowerCase().split(/\s+/).filter((w) => w.length > 1);
  const known = doc.reg.matchPerson(words);
  if (known) return known;
  const looksPersonal = words.length >= 2 && words.length <= 3 && name.split(/\s+/).every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\.?$|^\p{Lu}\.$/u.test(w));
  return looksPersonal ? doc.reg.person(name, at) : doc.reg.named(name, 'organization', at);
}

/** The posts signed in the article: each line of a post is a direct quotation of its author. */
export function signedPosts(doc: Doc, found: readonly Found[]): Found[] {
  const { blocks, text } = doc;
  const out: Found[] = [];
  for (let b = 1; b < blocks.length; b++) {
    const sig = blocks[b];
    const m = SIGNATURE.exec(text.slice(sig.start, sig.end));
    if (!m) continue;
    const name = m[1].replace(LEADING_TITLE, '').trim();
    if (!name) continue;
    const nameStart = sig.start + m[0].indexOf(m[1]) + (m[1].length - m[1].replace(LEADING_TITLE, '').length);
    const mention = { start: nameStart, end: nameStart + name.length };
    const ent = authorOf(doc, name, mention.start);
    let spoke = false;
    // the post's lines: the blocks of the signature's own kind right above it
    for (let p = b - 1; p >= 0 && b - p <= MAX_LINES && blocks[p].kind === sig.kind; p--) {
      const line = blocks[p];
      if (SIGNATURE.test(text.slice(line.start, line.end))) break;
      // "CNN: “…”": a line that names its own speaker keeps it
      if (transcriptLabel(doc, line.start, line.end)) continue;
      if (found.some((f) => f.type === 'direct' && f.start <= line.start + 2 && f.end >= line.end - 2)) continue;
      const words = text.slice(line.start, line.end).replace(TRAILING_LINK, '');
      if (!/\p{L}{2}/u.test(words)) continue;
      out.push({ start: line.start, end: line.start + words.length, type: 'direct', ent, mention, cue: '—', confidence: 0.8 });
      spoke = true;
    }
    if (spoke) {
      doc.reg.mention(ent, mention, false);
      doc.reg.speakers.add(ent);
    }
  }
  return out;
}

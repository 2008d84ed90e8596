// Newspapers and broadcasters as sources. A page names an outlet it quotes in full ("écrit Le Canard
// enchaîné"), then stands for it with a noun ("Le journal satirique révèle …", "peut-on lire dans le
// quotidien du soir"), or leaves it out ("…, peut-on lire." after "Mediapart publie un article …").
// The names are data of each language (`publications`); without them nothing here applies.
import type { Span } from '../types';
import type { Doc } from './doc';
import type { EntityRec } from './entities';
import type { Np } from './noun-phrase';
import { tokenAt } from './tokens';

const byFirstWord = new WeakMap<object, Map<string, (readonly string[])[]>>();
// the index asked last: the collectors ask about every capitalised token of one article, in one language
let lastList: object | null = null;
let lastIndex: Map<string, (readonly string[])[]> | null = null;
const NONE: readonly (readonly string[])[] = [];

/** The language's publication names by their first word (one look-up per capitalised token). */
function namesStartingWith(list: readonly (readonly string[])[], word: string): readonly (readonly string[])[] {
  if (list !== lastList) {
    let index = byFirstWord.get(list);
    if (!index) {
      index = new Map();
      for (const words of list) index.set(words[0], [...(index.get(words[0]) ?? []), words]);
      byFirstWord.set(list, index);
    }
    lastList = list;
    lastIndex = index;
  }
  return lastIndex!.get(word) ?? NONE;
}

/** The last token of a known publication's name starting at token `k` (article already skipped), or -1. */
export function publicationEnd(doc: Doc, k: number): number {
  const { tokens } = doc;
  const list = doc.lex.publications;
  if (!tokens[k]?.cap || !list?.length) return -1;
  let best = -1;
  for (const words of namesStartingWith(list, tokens[k].lower)) {
    let n = 1;
    while (n < words.length && tokens[k + n]?.lower === words[n]) n++;
    if (n === words.length) best = Math.max(best, k + n - 1);
  }
  return best;
}

const names = new WeakMap<object, Set<string>>();

/** The entity is a known publication (its name, article aside, is in the language's list). */
export function isPublication(doc: Doc, e: EntityRec): boolean {
  const list = doc.lex.publications;
  if (!list?.length || e.type !== 'organization') return false;
  let set = names.get(list);
  if (!set) names.set(list, (set = new Set(list.map((w) => w.join(' ')))));
  return set.has(e.name.toLowerCase().replace(/^(les?|la|l[’'])\s*/, ''));
}

/** The publication mentioned last before `at`, no further back than `maxBack` characters. */
export function publicationBefore(doc: Doc, at: number, maxBack: number): EntityRec | null {
  return doc.reg.antecedent(at, (e) => isPublication(doc, e), () => false, maxBack);
}

/** The words of the last mention before `at` of `e`, as a noun phrase (for a cue that names no source). */
export function mentionNpBefore(doc: Doc, e: EntityRec, at: number): Np | null {
  let last: Span | null = null;
  for (const m of e.mentions) if (m.start < at && (!last || m.start > last.start)) last = m;
  if (!last) return null;
  return { first: tokenAt(doc.tokens, last.start), last: tokenAt(doc.tokens, last.end) - 1 };
}

/** "le quotidien du soir", "l’hebdomadaire": a definite publication noun first in the words. */
export function publicationNounAt(doc: Doc, first: number, determiner: number): boolean {
  const nouns = doc.lex.publicationNouns;
  return !!nouns?.has(doc.tokens[first]?.lower ?? '') && first > determiner && doc.lex.definiteArticles.has(doc.tokens[determiner].lower);
}

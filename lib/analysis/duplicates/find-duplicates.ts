import { creditTailStart, isCreditLine } from '../boilerplate/credit';
import type { ArticleText, DuplicateGroup, Span } from '../types';
import { namesOf, sameSubject } from './names';
import { splitSentences } from './sentences';
import { idContainment, TrigramCoder, tokens } from './shingles';

/** Sentences shorter than this many words are too common to call repeats ("He said so."). */
const MIN_WORDS = 6;
/**
 * Near-duplicate threshold on word-trigram containment. Measured on the Readability corpus (53 pages,
 * sentence pairs of one article that share a trigram, length ratio >= 0.3): 2 420 pairs below 0.4,
 * 63 in 0.4-0.5, 45 in 0.5-0.6, 62 in 0.6-0.7 (credit lines and paraphrased summaries), 30 at 0.7 or
 * more: the captions that repeat a body sentence (0.85, 0.88), a sentence repeated with a new subject
 * (0.93), verbatim repeats (1.0), and template sentences about different things ("X is streaming on
 * Y", 0.7-0.87), which the names check below rejects.
 */
export const NEAR_DUPLICATE = 0.7;
/** The shorter text must be at least this share of the longer one (a phrase inside a long sentence is not a repeat). */
const MIN_LENGTH_RATIO = 0.3;
/** Trigrams this frequent in the article ("one of the") are not used to find candidates. */
const MAX_POSTINGS = 40;

interface Unit extends Span {
  words: string[];
  /** Ends like a sentence or a quotation (not a heading or a list title). */
  sentence: boolean;
  /** Distinct trigram ids (TrigramCoder), in order of first occurrence. */
  grams: number[];
  /** Word ids (TrigramCoder): equal lists are equal word lists. */
  ids: number[];
}

/**
 * Sentences (and short blocks) that the article repeats verbatim or nearly: copy-paste slips, pull
 * quotes, captions that repeat a body sentence. Each group lists every occurrence. Never throws.
 */
export function findDuplicates(article: ArticleText): DuplicateGroup[] {
  try {
    const { units, trigrams } = sentenceUnits(article);
    return groups(article, units, trigrams);
  } catch {
    return [];
  }
}

function sentenceUnits(article: ArticleText): { units: Unit[]; trigrams: number } {
  const text = article.text ?? '';
  const units: Unit[] = [];
  // Room for about one trigram per six characters of text, so the table rarely grows.
  const coder = new TrigramCoder(tableCapacity(text.length / 6));
  for (const block of article.blocks ?? []) {
    if (block.kind === 'title') continue;
    const re = /[^\r\n]+/g;
    const blockText = text.slice(block.start, block.end);
    for (let m = re.exec(blockText); m; m = re.exec(blockText)) {
      let line = m[0];
      if (isCreditLine(line)) continue;
      const tail = creditTailStart(line, true);
      if (tail >= 0) line = line.slice(0, tail);
      const offset = block.start + m.index;
      for (const s of splitSentences(line, article.lang)) {
        const sentence = line.slice(s.start, s.end);
        const words = tokens(sentence);
        if (words.length < MIN_WORDS) continue;
        const ids = coder.ids(words);
        units.push({ start: offset + s.start, end: offset + s.end, words, ids, grams: coder.codes(ids), sentence: /[.!?…"”'’»),:;]$/u.test(sentence) });
      }
    }
  }
  return { units, trigrams: coder.size };
}

/** The power of two at least twice `trigrams`. */
function tableCapacity(trigrams: number): number {
  let capacity = 64;
  while (capacity < 2 * trigrams) capacity *= 2;
  return capacity;
}

/** A hash of a list of word ids, for finding verbatim repeats without joining the words. */
function idsHash(ids: readonly number[]): number {
  let h = ids.length;
  for (const id of ids) h = Math.imul(h ^ id, 0x9e3779b1) + 0x7f4a7c15;
  return h | 0;
}

function sameIds(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function groups(article: ArticleText, units: Unit[], trigrams: number): DuplicateGroup[] {
  const parent = units.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const minSim = new Map<number, number>();
  const link = (i: number, j: number, sim: number) => {
    const a = find(i), b = find(j);
    const low = Math.min(sim, minSim.get(a) ?? 1, minSim.get(b) ?? 1);
    if (a !== b) parent[b] = a;
    minSim.set(find(a), low);
  };

  // First units of each word list, by hash of their word ids.
  const exact = new Map<number, number[]>();
  const postings: (number[] | undefined)[] = new Array(trigrams);
  const shared = new Int32Array(units.length);
  const touched: number[] = [];
  units.forEach((u, i) => {
    const hash = idsHash(u.ids);
    const firsts = exact.get(hash);
    const same = firsts?.find((j) => sameIds(units[j].ids, u.ids));
    if (same !== undefined) {
      link(same, i, 1);
      return;
    }
    if (firsts) firsts.push(i);
    else exact.set(hash, [i]);
    // Earlier units sharing trigrams with this one, in the order first met, and how many they share.
    touched.length = 0;
    for (const g of u.grams) {
      const list = postings[g];
      if (!list) {
        postings[g] = [i];
        continue;
      }
      if (list.length <= MAX_POSTINGS) {
        for (const j of list) if (shared[j]++ === 0) touched.push(j);
      }
      list.push(i);
    }
    for (const j of touched) {
      const n = shared[j];
      shared[j] = 0;
      const v = units[j];
      const small = Math.min(u.grams.length, v.grams.length);
      if (n < 3 || n / small < NEAR_DUPLICATE) continue;
      if (Math.min(u.words.length, v.words.length) / Math.max(u.words.length, v.words.length) < MIN_LENGTH_RATIO) continue;
      const [shorter, longer] = u.words.length <= v.words.length ? [u, v] : [v, u];
      // A list heading or title inside a longer sentence is not a repeated sentence.
      if (!shorter.sentence && shorter.words.length / longer.words.length < 0.6) continue;
      // Names are only needed for the few pairs that get this far.
      if (!sameSubject(namesOf(article.text.slice(shorter.start, shorter.end)), new Set(longer.words))) continue;
      link(j, i, Math.round(idContainment(u.grams, v.grams) * 100) / 100);
    }
  });

  const byRoot = new Map<number, Unit[]>();
  units.forEach((u, i) => {
    const r = find(i);
    (byRoot.get(r) ?? byRoot.set(r, []).get(r)!).push(u);
  });
  const out: DuplicateGroup[] = [];
  for (const [root, members] of byRoot) {
    if (members.length < 2) continue;
    members.sort((a, b) => a.start - b.start);
    const first = members[0];
    out.push({
      text: article.text.slice(first.start, first.end),
      count: members.length,
      occurrences: members.map((m) => ({ start: m.start, end: m.end })),
      similarity: minSim.get(root) ?? 1,
    });
  }
  return out.sort((a, b) => a.occurrences[0].start - b.occurrences[0].start);
}

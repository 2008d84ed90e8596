import type { ArticleText, DuplicateGroup } from '../types';
import { namesOf, sameSubject } from './names';
import { Postings } from './postings';
import { idContainment } from './shingles';
import { sentenceUnits, type Unit, type Units } from './units';
import { WordLists } from './word-lists';

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

/**
 * Sentences (and short blocks) that the article repeats verbatim or nearly: copy-paste slips, pull
 * quotes, captions that repeat a body sentence. Each group lists every occurrence. Never throws.
 */
export function findDuplicates(article: ArticleText): DuplicateGroup[] {
  try {
    return groups(article, sentenceUnits(article));
  } catch {
    return [];
  }
}

function groups(article: ArticleText, { units, ids, words, grams, trigrams }: Units): DuplicateGroup[] {
  const parent = new Int32Array(units.length);
  for (let i = 0; i < units.length; i++) parent[i] = i;
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  // Per group root: the lowest similarity that joined the group.
  const minSim = new Float64Array(units.length).fill(1);
  const link = (i: number, j: number, sim: number) => {
    const a = find(i), b = find(j);
    const low = Math.min(sim, minSim[a], minSim[b]);
    if (a !== b) parent[b] = a;
    minSim[find(a)] = low;
  };
  const gramsOf = (u: Unit) => grams.subarray(u.gramsAt, u.gramsAt + u.grams);

  const wordLists = new WordLists(units, ids);
  const postings = new Postings(trigrams, units.reduce((n, u) => n + u.grams, 0));
  const shared = new Int32Array(units.length);
  // Reused for every unit (emptying an array frees its storage, so it would grow again each time).
  const touched = new Int32Array(units.length);
  let touchedCount = 0;
  // Loops rather than forEach closures: a closure made per article loses its compiled code at a major GC.
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    const same = wordLists.earlierWithWords(i);
    if (same >= 0) {
      link(same, i, 1);
      continue;
    }
    // Earlier units sharing trigrams with this one, in the order first met, and how many they share.
    touchedCount = 0;
    for (let k = u.gramsAt; k < u.gramsAt + u.grams; k++) {
      const g = grams[k];
      if (postings.count(g) <= MAX_POSTINGS) {
        for (let e = postings.first(g); e >= 0; e = postings.next(e)) {
          const j = postings.unit(e);
          if (shared[j]++ === 0) touched[touchedCount++] = j;
        }
      }
      postings.add(g, i);
    }
    for (let t = 0; t < touchedCount; t++) {
      const j = touched[t];
      const n = shared[j];
      shared[j] = 0;
      const v = units[j];
      const small = Math.min(u.grams, v.grams);
      if (n < 3 || n / small < NEAR_DUPLICATE) continue;
      if (Math.min(u.words, v.words) / Math.max(u.words, v.words) < MIN_LENGTH_RATIO) continue;
      const shorter = u.words <= v.words ? u : v;
      const longer = shorter === u ? v : u;
      // A headline quoting a line of its story does not repeat it: a title repeats only whole.
      if (longer.title && longer.words > shorter.words) continue;
      // A list heading or title inside a longer sentence is not a repeated sentence.
      if (!shorter.sentence && shorter.words / longer.words < 0.6) continue;
      // Names and words are only needed for the few pairs that get this far.
      const longerWords = new Set(Array.from(ids.subarray(longer.idsAt, longer.idsAt + longer.words), (id) => words.wordOf(id)));
      if (!sameSubject(namesOf(article.text.slice(shorter.start, shorter.end)), longerWords)) continue;
      link(j, i, Math.round(idContainment(gramsOf(u), gramsOf(v)) * 100) / 100);
    }
  }

  // Only units linked to another make a group: counted first, so lone units need no list.
  const sizes = new Int32Array(units.length);
  for (let i = 0; i < units.length; i++) sizes[find(i)]++;
  const byRoot = new Map<number, Unit[]>();
  for (let i = 0; i < units.length; i++) {
    const r = find(i);
    if (sizes[r] < 2) continue;
    (byRoot.get(r) ?? byRoot.set(r, []).get(r)!).push(units[i]);
  }
  const out: DuplicateGroup[] = [];
  for (const [root, members] of byRoot) {
    members.sort((a, b) => a.start - b.start);
    const shown = sharedPart(members, gramsOf);
    out.push({
      text: article.text.slice(shown.start, shown.end),
      count: members.length,
      occurrences: members.map((m) => ({ start: m.start, end: m.end })),
      similarity: minSim[root],
    });
  }
  return out.sort((a, b) => a.occurrences[0].start - b.occurrences[0].start);
}

/**
 * The occurrence that stands for a group: the first, unless a shorter one is a verbatim part of it (all
 * its word trigrams in the first): then the words the occurrences share are that shorter one ("“…”,
 * explains X, director of Y." and a pull quote of the bare "“…”"). An edited copy (a caption with words
 * dropped) leaves the first as written.
 */
function sharedPart(members: readonly Unit[], gramsOf: (u: Unit) => Int32Array): Unit {
  const first = members[0];
  let shown = first;
  for (const m of members) {
    if (m.end - m.start < shown.end - shown.start && idContainment(gramsOf(m), gramsOf(first)) === 1) shown = m;
  }
  return shown;
}

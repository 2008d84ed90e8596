/** PolNeAR scoring as score-spans.mjs does it, with every error kept under a class for the lab. */

export interface GoldQuote {
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  speaker_start?: number;
  speaker_end?: number;
  kind: 'direct' | 'mixed' | 'indirect';
  cue?: string | null;
  cue_is_speech_verb?: boolean;
}

export interface GoldArticle {
  id: string;
  text: string;
  quotes: GoldQuote[];
}

export interface PredictedQuote {
  start: number;
  end: number;
  speaker: string | null;
  speaker_start?: number;
  speaker_end?: number;
  mention: string | null;
}

interface Spanned {
  start: number;
  end: number;
}

const PRONOUNS = new Set('he she they it i we you him her them me us his hers their its who which that one'.split(' '));
const inter = (a: Spanned, b: Spanned) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const normName = (s: string | null) =>
  (s ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
    .replace(/\b(the|a|an)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export function speakerMatches(g: GoldQuote, p: PredictedQuote): boolean {
  if (g.speaker == null) return !p.speaker;
  if (!p.speaker) return false;
  if (g.speaker_start != null && p.speaker_start != null && g.speaker_end != null && p.speaker_end != null) {
    if (inter({ start: g.speaker_start, end: g.speaker_end }, { start: p.speaker_start, end: p.speaker_end }) > 0) return true;
  }
  const a = normName(g.speaker);
  const b = normName(p.speaker);
  if (!a || !b) return false;
  if (a.includes(b) || b.includes(a)) return true;
  const lastA = a.split(' ').pop()!;
  return lastA === b.split(' ').pop() && lastA.length > 2;
}

const clip = (s: string, n = 160) => s.replace(/\s+/g, ' ').slice(0, n);

/** The class of a matched span whose speaker is wrong: what went wrong, in a few words. */
function wrongSpeakerClass(g: GoldQuote, p: PredictedQuote): string {
  if (!p.speaker) return 'speaker:none';
  if (g.speaker == null) return 'speaker:gold-none';
  const goldPronoun = PRONOUNS.has(g.speaker.trim().toLowerCase());
  const predPronoun = p.mention != null && PRONOUNS.has(p.mention.trim().toLowerCase());
  if (goldPronoun) return predPronoun ? 'speaker:pronoun-other' : 'speaker:gold-pronoun';
  return predPronoun ? 'speaker:pred-pronoun' : 'speaker:named-wrong';
}

export interface LabReport {
  summary: string;
  examples: Map<string, string[]>;
}

export function classifyErrors(
  gold: GoldArticle[],
  predictions: PredictedQuote[][],
  subset: { kinds?: string[]; quoteLike: boolean },
): LabReport {
  const counts = new Map<string, number>();
  const examples = new Map<string, string[]>();
  const note = (cls: string, line: string) => {
    counts.set(cls, (counts.get(cls) ?? 0) + 1);
    if (!examples.has(cls)) examples.set(cls, []);
    examples.get(cls)!.push(line);
  };
  let nGold = 0, nPred = 0, tp = 0, e2e = 0, named = 0, namedOk = 0;
  gold.forEach((rec, ai) => {
    const keep = (q: GoldQuote) =>
      (!subset.kinds || subset.kinds.includes(q.kind)) && (!subset.quoteLike || q.kind !== 'indirect' || !!q.cue_is_speech_verb);
    const G = rec.quotes.filter(keep);
    const removed = rec.quotes.filter((q) => !keep(q));
    const P = predictions[ai]
      .filter((p) => p.end > p.start)
      .filter((p) => !(removed.some((g) => inter(g, p) > 0.5 * (p.end - p.start)) && !G.some((g) => inter(g, p) > 0)));
    nGold += G.length;
    nPred += P.length;
    const pairs: [number, number, number][] = [];
    G.forEach((g, gi) => P.forEach((p, pi) => {
      const r = inter(g, p) / (g.end - g.start);
      if (r >= 0.5) pairs.push([r, gi, pi]);
    }));
    pairs.sort((x, y) => y[0] - x[0]);
    const usedGold = new Set<number>();
    const usedPred = new Set<number>();
    for (const [, gi, pi] of pairs) {
      if (usedGold.has(gi) || usedPred.has(pi)) continue;
      usedGold.add(gi);
      usedPred.add(pi);
      tp++;
      const g = G[gi], p = P[pi];
      const ok = speakerMatches(g, p);
      if (ok) e2e++;
      if (g.speaker != null && !PRONOUNS.has(g.speaker.trim().toLowerCase())) {
        named++;
        if (ok) namedOk++;
      }
      if (!ok) note(wrongSpeakerClass(g, p), `${rec.id}\tgold=${g.speaker}\tpred=${p.speaker} [${p.mention}]\t${clip(rec.text.slice(Math.min(g.start, g.speaker_start ?? g.start) - 60, g.end + 60), 300)}`);
    }
    G.forEach((g, gi) => {
      if (usedGold.has(gi)) return;
      const partial = P.some((p) => inter(g, p) > 0);
      const from = Math.min(g.start, g.speaker_start ?? g.start);
      note(`missed:${g.kind}${partial ? ':partial' : ''}`, `${rec.id}\tgold=${g.speaker}\tcue=${g.cue}\t${clip(rec.text.slice(from - 40, g.end + 20), 400)}`);
    });
    P.forEach((p, pi) => {
      if (usedPred.has(pi)) return;
      const touches = G.some((g) => inter(g, p) > 0);
      note(`spurious${touches ? ':split' : ''}`, `${rec.id}\tpred=${p.speaker}\t${clip(rec.text.slice(p.start, p.end))}`);
    });
  });
  const prf = (t: number) => {
    const P = nPred ? t / nPred : 0, R = nGold ? t / nGold : 0;
    return `P ${(100 * P).toFixed(1)} R ${(100 * R).toFixed(1)} F1 ${(P + R ? (200 * P * R) / (P + R) : 0).toFixed(1)}`;
  };
  const lines = [
    `gold ${nGold} pred ${nPred}`,
    `overlap@0.5 ${prf(tp)}`,
    `e2e ${prf(e2e)} (${e2e} attributed)`,
    `speaker (non-pronoun gold) ${(100 * namedOk / (named || 1)).toFixed(1)}`,
    ...[...counts].sort((a, b) => b[1] - a[1]).map(([c, n]) => `  ${c.padEnd(28)} ${n}`),
  ];
  return { summary: lines.join('\n'), examples };
}

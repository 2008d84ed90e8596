import type { LabPage } from './boilerplate-lab';
import { cleanText, cutSpans } from './lab-text';

export interface AebPage {
  id: string;
  truth: string;
}

type Triple = [number, number, number];

const tokens = (s: string) => s.match(/[\p{L}\p{N}_]+/gu) ?? [];

function shingles(text: string, n = 4): Map<string, number> {
  const t = tokens(text);
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, t.length - n + 1); i++) {
    const key = t.slice(i, i + n).join('\u0001');
    if (key) out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** The benchmark's per-page shares of true positives, false positives and false negatives. */
function tpFpFn(truth: string, predicted: string): Triple {
  const a = shingles(truth);
  const b = shingles(predicted);
  let tp = 0, fp = 0, fn = 0;
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key) ?? 0;
    const y = b.get(key) ?? 0;
    tp += Math.min(x, y);
    fp += Math.max(0, y - x);
    fn += Math.max(0, x - y);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

function f1(triples: Triple[]): string {
  const p = mean(triples.filter(([tp, fp]) => tp + fp > 0).map(([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp / (tp + fp))));
  const r = mean(triples.filter(([tp, , fn]) => tp + fn > 0).map(([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp / (tp + fn))));
  return (p + r ? (2 * p * r) / (p + r) : 0).toFixed(4);
}

/** AEB's article-body F1 as ../shared/eval/aeb.mjs computes it, and with every repeat of a line cut. */
export function scoreAeb(entries: AebPage[], pages: LabPage[], show: string): string {
  const asScored: Triple[] = [];
  const everyRepeat: Triple[] = [];
  entries.forEach((entry, i) => {
    const { article, boilerplate } = pages[i];
    const text = article?.text ?? '';
    const from = article?.bodyStart ?? 0;
    const a = tpFpFn(entry.truth, cleanText(text, cutSpans(boilerplate), from));
    asScored.push(a);
    everyRepeat.push(tpFpFn(entry.truth, cleanText(text, cutSpans(boilerplate, true), from)));
    if (show === 'aeb') console.log(`A\t${entry.id}\t${a.map((x) => x.toFixed(3)).join(' ')}`);
  });
  return `clean-text F1 ${f1(asScored)} (every repeat cut: ${f1(everyRepeat)})`;
}

/**
 * Attribution lab: PolNeAR's quote-like e2e figures in-process (no CLI round trip per batch) and the
 * errors counted by class, so an attribution change can be judged on all of train in one short run.
 *
 *   npx tsx lib/cli/attribution-lab.ts [train|dev|PATH.jsonl] [--kinds direct,mixed] [--show CLASS] [--limit N]
 *
 * Scores as ../shared/eval/polnear/score-spans.mjs does (overlap@0.5 one-to-one, speaker by mention
 * overlap or name containment); the scorer stays the reference, this is for looking at errors.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '@/lib/analysis/analyze';
import { articleFromPlainText } from '@/lib/extract/assemble';
import { classifyErrors, type GoldArticle, type PredictedQuote } from './attribution-lab-score';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const splitArg = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'train';
const file = /\.jsonl$/.test(splitArg) ? splitArg : join('..', 'shared', 'eval', 'polnear', `${splitArg}.jsonl`);
const kinds = option('--kinds')?.split(',');
const show = option('--show');
const limit = Number(option('--limit') ?? 0);

let gold: GoldArticle[] = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
if (limit) gold = gold.slice(0, limit);

const predictions = gold.map((rec): PredictedQuote[] => {
  const analysis = analyzeArticle(articleFromPlainText(rec.text), { source: rec.id });
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
  return analysis.quotes.map((q) => ({
    start: q.start,
    end: q.end,
    speaker: (q.speakerId ? names.get(q.speakerId) : undefined) ?? q.speakerMention?.text ?? null,
    speaker_start: q.speakerMention?.start,
    speaker_end: q.speakerMention?.end,
    mention: q.speakerMention?.text ?? null,
  }));
});

const report = classifyErrors(gold, predictions, { kinds, quoteLike: !kinds });
console.log(report.summary);
if (show) for (const line of report.examples.get(show) ?? []) console.log(line);

/**
 * quotelens eval: every figure of the issues' target tables from ../shared/eval, in one go.
 *
 *   npm run eval [-- --quick]      (--quick skips the two large corpora: AEB and trafilatura's set)
 *
 * The scorers never import our code: each one calls `npm run -s analyze` itself, so these are the
 * CLI's figures, which are the extension's figures. For iterating on the boilerplate rules,
 * `npx tsx lib/cli/boilerplate-lab.ts` gives the two large corpora's boilerplate figures in seconds.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const shared = resolve(root, '../shared');
const evalDir = join(shared, 'eval');
const quick = process.argv.includes('--quick');

type Json = Record<string, any>;

function node(script: string, args: string[]): string {
  try {
    return execFileSync('node', [join(evalDir, script), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
  } catch (error) {
    const output = (error as { stdout?: string }).stdout;
    if (output) return output;
    throw error;
  }
}

/** The scorers print a JSON object and then one summary line; take the object. */
function leadingJson(output: string): Json {
  const end = output.lastIndexOf('}');
  const start = output.indexOf('{');
  return JSON.parse(output.slice(start, end + 1));
}

const fmt = (value: number | undefined) => (value === undefined ? 'n/a' : String(value));
const rows: [string, string, string, string][] = [];
const row = (set: string, measure: string, value: string, target: string) => {
  rows.push([set, measure, value, target]);
  console.log(`${set.padEnd(22)} ${measure.padEnd(52)} ${value.padEnd(22)} ${target}`);
};

function scoreSeed() {
  const dir = mkdtempSync(join(tmpdir(), 'quotelens-eval-'));
  try {
    for (const input of ['article.html', 'article.txt']) {
      const file = join(shared, 'fixtures/seed', input);
      const analysis = execFileSync('npm', ['run', '-s', 'analyze', '--', file, '--jsonl'], { cwd: root, encoding: 'utf8' });
      const out = join(dir, `${input}.json`);
      writeFileSync(out, analysis);
      const { summary } = leadingJson(node('score.mjs', [join(shared, 'fixtures/seed/gold.json'), out, '--json']));
      const lines = ['quotes', 'whoSaidWhat', 'officials', 'duplicates', 'boilerplate'].map((k) => `${k} ${fmt(summary[k]?.f1)}`);
      row(`seed ${input}`, 'F1 per line of score.mjs', lines.join(', '), '1.0 each');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The language of each non-English dev page, by its gold file's name (the eval's own bookkeeping: the
 * analysis decides a page's language by itself). Every other dev page is English.
 */
const devPageLanguage: [RegExp, string][] = [
  [/correctiv|handelsblatt|tev-fr\.de|neues-deutschland/, 'de'],
  [/ladiaria|infobae|clarin|elpais/, 'es'],
  [/regards\.fr|franceculture|bondyblog|lemonde/, 'fr'],
];
const languageOfGold = (file: string) => devPageLanguage.find(([pattern]) => pattern.test(file))?.[1] ?? 'en';

const measures = ['quotes', 'whoSaidWhat', 'officials', 'duplicates', 'boilerplate'] as const;
type Measure = (typeof measures)[number];
type Counts = { tp: number; fp: number; fn: number };

/** F1 from summed counts, so that a group of languages is micro-averaged as each language is. */
function f1Of({ tp, fp, fn }: Counts): string {
  if (tp + fp + fn === 0) return '1';
  return String(Math.round(((2 * tp) / (2 * tp + fp + fn)) * 1000) / 1000);
}

function scorePages(golds: string[]): Record<Measure, Counts> {
  const { summary } = leadingJson(node('pages.mjs', [...golds, '--json']));
  return Object.fromEntries(measures.map((m) => [m, { tp: summary[m].tp, fp: summary[m].fp, fn: summary[m].fn }])) as Record<Measure, Counts>;
}

function scoreDevPages() {
  const devDir = join(shared, 'fixtures/dev');
  const byLanguage = new Map<string, string[]>([['en', [join(shared, 'fixtures/seed/gold.json')]]]);
  for (const name of readdirSync(devDir).filter((f) => f.endsWith('.json')).sort()) {
    const lang = languageOfGold(name);
    byLanguage.set(lang, [...(byLanguage.get(lang) ?? []), join(devDir, name)]);
  }
  const scores = new Map([...byLanguage].map(([lang, files]) => [lang, scorePages(files)]));
  const sum = (langs: string[], m: Measure): Counts =>
    langs.map((lang) => scores.get(lang)![m]).reduce((a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn }));
  const pageCount = (langs: string[]) => langs.reduce((n, lang) => n + byLanguage.get(lang)!.length, 0);
  const report = (name: string, langs: string[], whoTarget: string, restTarget: string) => {
    const f = (m: Measure) => f1Of(sum(langs, m));
    const set = `${name} pages (${pageCount(langs)})`;
    row(set, 'who-said-what F1 / officials F1', `${f('whoSaidWhat')} / ${f('officials')}`, whoTarget);
    row(set, 'quotes F1 / boilerplate F1 / duplicates F1', `${f('quotes')} / ${f('boilerplate')} / ${f('duplicates')}`, restTarget);
  };
  const others = [...scores.keys()].filter((lang) => lang !== 'en').sort();
  report('en', ['en'], '>= 0.92 / >= 0.92', 'boilerplate >= 0.92');
  report(others.join('/'), others, '>= 0.85 / >= 0.85', 'boilerplate >= 0.9');
  for (const lang of others) report(lang, [lang], 'who-said-what >= 0.8', 'quotes >= 0.92');
  report('all', [...scores.keys()], '', '');
}

type PolnearScore = Json & { e2e_attributed_quote: { F1: number } };

function polnearRows(split: string, file: string): PolnearScore {
  const like = leadingJson(node('polnear/run.mjs', [file, '--quote-like'])) as PolnearScore;
  const direct = leadingJson(node('polnear/run.mjs', [file, '--kinds', 'direct,mixed']));
  const onTrain = split === 'train';
  row(`PolNeAR ${split} quote-like`, 'e2e F1 / overlap@0.3 F1 / @0.8 F1 / speaker (non-pronoun)',
    `${like.e2e_attributed_quote.F1} / ${like['overlap@0.3'].F1} / ${like['overlap@0.8'].F1} / ${like.speaker_acc_non_pronoun_gold}`,
    onTrain ? '>= 80 / >= 87 / >= 82 / >= 94' : '');
  row(`PolNeAR ${split} direct,mixed`, 'e2e attributed-quote F1', fmt(direct.e2e_attributed_quote.F1), onTrain ? '>= 80' : '');
  return like;
}

function scorePolnear() {
  const dev = polnearRows('dev', join(evalDir, 'polnear/dev.jsonl'));
  const train = polnearRows('train', join(evalDir, 'polnear/train.jsonl'));
  const gap = Math.round((dev.e2e_attributed_quote.F1 - train.e2e_attributed_quote.F1) * 10) / 10;
  row('PolNeAR dev - train', 'quote-like e2e gap (tuned-on minus unseen)', String(gap), '<= 3');
}

function scoreCorpora() {
  const aeb = leadingJson(node('aeb.mjs', []));
  const anchors = Object.entries(aeb).filter(([k]) => k.startsWith('stored_')).map(([k, v]) => `${k.replace('stored_', '')} ${(v as Json).f1}`);
  row('AEB (181 pages)', 'clean-text F1', `${aeb.project_clean_text.f1} (${anchors.join(', ')})`, '>= 0.972');
  const snip = leadingJson(node('snippets.mjs', []));
  row('trafilatura eval', 'boilerplate cut / content cut by mistake / clean F', `${snip.share_of_those_cut} / ${snip.share_of_content_cut_by_mistake} / ${snip.clean_text.f}`, '>= 0.75 / <= 0.01 / >= 0.90');
}

console.log(`${'set'.padEnd(22)} ${'measure'.padEnd(52)} ${'value'.padEnd(22)} target`);
for (const step of [scoreSeed, scoreDevPages, scorePolnear, ...(quick ? [] : [scoreCorpora])]) {
  try {
    step();
  } catch (error) {
    row(step.name, 'failed', (error as Error).message.split('\n')[0], '');
  }
}

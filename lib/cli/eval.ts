/**
 * quotelens eval: every figure of the issues' target tables from ../shared/eval, in one go.
 *
 *   npm run eval [-- --quick]      (--quick skips the two large corpora: AEB and trafilatura's set)
 *
 * The scorers never import our code: each one calls `npm run -s analyze` itself, so these are the
 * CLI's figures, which are the extension's figures.
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

function scoreDevPages() {
  const golds = readdirSync(join(shared, 'fixtures/dev')).filter((f) => f.endsWith('.json')).map((f) => join(shared, 'fixtures/dev', f));
  const { summary } = leadingJson(node('pages.mjs', [join(shared, 'fixtures/seed/gold.json'), ...golds, '--json']));
  row('seed + dev pages', 'who-said-what F1 / officials F1', `${fmt(summary.whoSaidWhat?.f1)} / ${fmt(summary.officials?.f1)}`, '>= 0.92 / >= 0.90');
  row('seed + dev pages', 'duplicates F1 / boilerplate F1', `${fmt(summary.duplicates?.f1)} / ${fmt(summary.boilerplate?.f1)}`, '>= 0.90 / >= 0.85');
  row('seed + dev pages', 'quotes F1', fmt(summary.quotes?.f1), '');
}

function scorePolnear() {
  const dev = join(evalDir, 'polnear/dev.jsonl');
  const like = leadingJson(node('polnear/run.mjs', [dev, '--quote-like']));
  row('PolNeAR dev quote-like', 'overlap@0.3 / @0.8 F1', `${like['overlap@0.3'].F1} / ${like['overlap@0.8'].F1}`, '>= 84 / >= 76');
  row('PolNeAR dev quote-like', 'speaker accuracy, non-pronoun gold', fmt(like.speaker_acc_non_pronoun_gold), '>= 87');
  row('PolNeAR dev quote-like', 'e2e attributed-quote F1', fmt(like.e2e_attributed_quote.F1), '');
  const direct = leadingJson(node('polnear/run.mjs', [dev, '--kinds', 'direct,mixed']));
  row('PolNeAR dev direct,mixed', 'e2e attributed-quote F1', fmt(direct.e2e_attributed_quote.F1), '>= 80');
}

function scoreCorpora() {
  const aeb = leadingJson(node('aeb.mjs', []));
  const anchors = Object.entries(aeb).filter(([k]) => k.startsWith('stored_')).map(([k, v]) => `${k.replace('stored_', '')} ${(v as Json).f1}`);
  row('AEB (181 pages)', 'clean-text F1', `${aeb.project_clean_text.f1} (${anchors.join(', ')})`, '>= 0.965');
  const snip = leadingJson(node('snippets.mjs', []));
  row('trafilatura eval', 'boilerplate cut / content cut by mistake / clean F', `${snip.share_of_those_cut} / ${snip.share_of_content_cut_by_mistake} / ${snip.clean_text.f}`, '>= 0.60 / <= 0.01 / >= 0.90');
}

console.log(`${'set'.padEnd(22)} ${'measure'.padEnd(52)} ${'value'.padEnd(22)} target`);
for (const step of [scoreSeed, scoreDevPages, scorePolnear, ...(quick ? [] : [scoreCorpora])]) {
  try {
    step();
  } catch (error) {
    row(step.name, 'failed', (error as Error).message.split('\n')[0], '');
  }
}

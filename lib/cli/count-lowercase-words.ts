/**
 * Counted evidence for the English sentence openers that are no names: which words running text writes in
 * lower case inside a sentence (see lib/analysis/lexicon/en/count-lowercase-words.ts). Writes
 * lib/analysis/lexicon/en/lowercase-words.json, which the English lexicon reads as `lowercaseWords`.
 *
 *   npx tsx lib/cli/count-lowercase-words.ts [../shared/eval/polnear/train.jsonl]
 *
 * Deterministic: the same split gives the same file (words sorted). Only the train split's text is read
 * (no annotation), so PolNeAR dev and the dev pages stay a check on what was learned.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countLowercaseWords, MAX_CAPITAL_SHARE, MIN_LOWER } from '@/lib/analysis/lexicon/en/count-lowercase-words';

const file = process.argv[2] ?? join('..', 'shared', 'eval', 'polnear', 'train.jsonl');
const texts = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
const words = countLowercaseWords(texts);
const out = join('lib', 'analysis', 'lexicon', 'en', 'lowercase-words.json');
const source = `PolNeAR train split's text, lib/cli/count-lowercase-words.ts (lower case at least ${MIN_LOWER} times inside a sentence, capitalised there at most ${MAX_CAPITAL_SHARE * 100}%)`;
writeFileSync(out, JSON.stringify({ source, words }) + '\n');
console.log(`${words.length} words -> ${out}`);

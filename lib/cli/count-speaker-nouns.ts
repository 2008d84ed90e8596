/**
 * Counted evidence for the English source nouns: which common nouns head the speakers PolNeAR's
 * annotators marked ("the candidates said", "Republican strategists say"), and how reliably the noun
 * speaks when a verb of saying follows it. Writes lib/analysis/lexicon/en/speaker-nouns.json, which the
 * English lexicon adds to its hand-made list of unnamed-source nouns.
 *
 *   npx tsx lib/cli/count-speaker-nouns.ts [../shared/eval/polnear/train.jsonl]
 *
 * Deterministic: the same split gives the same file (words sorted, counts only). Only the train split
 * is read, so PolNeAR dev stays a check on what was learned.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EN } from '@/lib/analysis/lexicon/en';
import { UNNAMED_SOURCE_NOUNS } from '@/lib/analysis/lexicon/en/organisations';
import { countSpeakerNouns, type SpeakerNounArticle } from '@/lib/analysis/lexicon/en/count-speaker-nouns';

const file = process.argv[2] ?? join('..', 'shared', 'eval', 'polnear', 'train.jsonl');
const articles: SpeakerNounArticle[] = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
// counted against the hand-made list alone, so that a second run learns the same nouns again
const nouns = countSpeakerNouns(articles, { ...EN, unnamedSourceNouns: new Set(UNNAMED_SOURCE_NOUNS) });
const out = join('lib', 'analysis', 'lexicon', 'en', 'speaker-nouns.json');
writeFileSync(out, JSON.stringify({ source: 'PolNeAR train split, lib/cli/count-speaker-nouns.ts', nouns }, null, 2) + '\n');
console.log(`${nouns.length} nouns -> ${out}`);
for (const n of nouns) console.log(`${n.word.padEnd(16)} heads ${String(n.heads).padStart(3)}  before a verb ${n.beforeVerb}, speaking ${n.speaking}`);

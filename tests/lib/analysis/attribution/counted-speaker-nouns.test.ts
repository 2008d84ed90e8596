import { describe, expect, it } from 'vitest';
import { EN } from '@/lib/analysis/lexicon/en';
import { UNNAMED_SOURCE_NOUNS } from '@/lib/analysis/lexicon/en/organisations';
import { countSpeakerNouns, MIN_HEADS, type SpeakerNounArticle } from '@/lib/analysis/lexicon/en/count-speaker-nouns';
import SPEAKER_NOUNS from '@/lib/analysis/lexicon/en/speaker-nouns.json';
import { quotesAndSpeakers as said } from './helpers';

/** An annotated sentence: the speaker is the words between braces, the report follows. */
function annotated(sentence: string): SpeakerNounArticle {
  const start = sentence.indexOf('{');
  const end = sentence.indexOf('}') - 1;
  const text = sentence.replace(/[{}]/g, '');
  return { text, quotes: start >= 0 ? [{ speaker_start: start, speaker_end: end }] : [] };
}

const handMade = { ...EN, unnamedSourceNouns: new Set(UNNAMED_SOURCE_NOUNS) };
const times = (n: number, s: string) => Array.from({ length: n }, () => annotated(s));

describe('counting the nouns that head annotated speakers', () => {
  it('learns a noun that heads enough speakers and speaks before its verb', () => {
    const nouns = countSpeakerNouns(times(MIN_HEADS, 'Republican {pollsters} said the race was close.'), handMade);
    expect(nouns).toEqual([{ word: 'pollsters', heads: MIN_HEADS, beforeVerb: MIN_HEADS, speaking: MIN_HEADS }]);
  });

  it.each([
    ['too few speakers', times(MIN_HEADS - 1, 'Republican {pollsters} said the race was close.')],
    // annotated often, but before a verb of saying it mostly names no speaker
    ['a noun that rarely speaks', [...times(MIN_HEADS, 'As {the pollsters} put it, the race was close.'), ...times(3, 'The pollsters said nothing. The pollsters said the race was close.')]],
    ['a noun the lexicon has already', times(MIN_HEADS, 'Senior {officials} said the race was close.')],
    ['a verb form', times(MIN_HEADS, 'Those {surveyed} said the race was close.')],
    ['the end of a web address', times(MIN_HEADS, '{Breitbart.com} said the race was close.')],
    ['a relative', times(MIN_HEADS, 'The senator, {who} said the race was close, left.')],
  ])('leaves out %s', (_, articles) => {
    expect(countSpeakerNouns(articles, handMade)).toEqual([]);
  });

  it('is the file the English lexicon reads, sorted, every noun above the thresholds', () => {
    const words = SPEAKER_NOUNS.nouns.map((n) => n.word);
    expect(words).toEqual([...words].sort());
    for (const n of SPEAKER_NOUNS.nouns) {
      expect(n.heads).toBeGreaterThanOrEqual(MIN_HEADS);
      expect(EN.unnamedSourceNouns.has(n.word)).toBe(true);
    }
  });
});

describe('a counted noun names an unnamed source', () => {
  it.each([
    ['Republican strategists say the race is far from over.', [['the race is far from over', 'Republican strategists']]],
    ['Most economists said the tax plan would add to the deficit.', [['the tax plan would add to the deficit', 'Most economists']]],
    ['Some 43 percent said they would vote for the governor.', [['they would vote for the governor', '43 percent']]],
    ['His opponents said he had misled voters about the budget.', [['he had misled voters about the budget', 'opponents']]],
  ])('%s', (sentence, expected) => {
    expect(said(sentence)).toEqual(expected);
  });
});

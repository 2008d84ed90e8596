import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '@/lib/extract/assemble';
import { findAttributions } from '@/lib/analysis/attribution/find-attributions';
import { attribute, speakerOf } from './helpers';

describe('a quoted phrase in the predicate of a sentence without a verb of saying is its subject’s', () => {
  it.each([
    ['a name and "worried that"', 'a hammock', 'In the depths of the recession, Paul Ryan worried that the safety net was becoming “a hammock that lulls able-bodied people to lives of dependency.”', 'Paul Ryan'],
    ['a titled name and "blamed"', 'four liberal justices', 'After the ruling, Gov. Pat McCrory blamed the court’s “four liberal justices who blocked our sensible voter laws.”', 'Pat McCrory'],
    ['"credited … to"', 'a closed primary', 'Bernie Sanders credited Clinton’s victory to “a closed primary, something I am not all that enthusiastic about.”', 'Bernie Sanders'],
    ['an unnamed source noun', 'the best in the world', 'Israel is doing well. Two military analysts, Patrick Megahan and Chris Harman, found in 2014 that the Israeli Air Force is “the best in the world.”', 'military analysts'],
  ])('%s', (_, fragment, paragraph, speaker) => {
    expect(speakerOf(attribute(paragraph), fragment)).toBe(speaker);
  });

  it.each([
    ['a noun that names nobody', 'I mean what I say', 'The old adage, “I mean what I say and say what I mean” may have disappeared from his face.'],
    ['a scare quote in the subject itself', 'assault weapons', 'The “assault weapons” ban expired in 2004.'],
  ])('no speaker: %s', (_, fragment, paragraph) => {
    expect(speakerOf(attribute(paragraph), fragment) ?? null).toBeNull();
  });
});

describe('the paragraph’s speaker, named in the partial quotation’s sentence by a pronoun subject', () => {
  it('keeps the speaker and takes the pronoun as the words naming them', () => {
    const text = ['Headline for a test story', 'Bernie Sanders spoke in Santa Monica on Tuesday. “We are in till the last ballot is cast,” Sanders said. He commanded the Democratic Party to “do the right thing and open its doors.”'].join('\n\n');
    const { quotes, entities } = findAttributions(articleFromPlainText(text));
    const q = quotes.find((x) => x.text.includes('do the right thing'));
    expect(entities.find((e) => e.id === q?.speakerId)?.name).toBe('Bernie Sanders');
    expect(q?.speakerMention?.text).toBe('He');
  });
});

import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '@/lib/extract/assemble';
import { findAttributions } from '@/lib/analysis/attribution/find-attributions';

/** The speaker's name and the words naming them for the quote holding `fragment`. */
function creditOf(fragment: string, ...paragraphs: string[]) {
  const text = ['Headline for a test story', ...paragraphs].join('\n\n');
  const { quotes, entities } = findAttributions(articleFromPlainText(text));
  const q = quotes.find((x) => x.text.includes(fragment));
  return q && { speaker: entities.find((e) => e.id === q.speakerId)?.name ?? null, mention: q.speakerMention?.text ?? null };
}

describe('a relative pronoun that is the subject of the verb of saying names the speaker, as "he" would', () => {
  it.each([
    ['a reported clause after "said X, who said"', 'business executives',
      ['“It doesn’t sound abnormal,” said John Weaver, who said business executives often fail to understand politics.'], 'John Weaver'],
    ['a partial quote in the relative clause', 'too many disturbing things',
      ['“Trump is a dictator in the making,” said Glenn Beck, who said there were “too many disturbing things for me to dismiss.”'], 'Glenn Beck'],
    ['an antecedent after a preposition', 'finalized over the weekend',
      ['Talks went on for days with help from Labor Secretary Thomas Perez, who said he expects the agreement to be finalized over the weekend.'], 'Thomas Perez'],
  ])('%s', (_, fragment, paragraphs, speaker) => {
    expect(creditOf(fragment, ...paragraphs)).toEqual({ speaker, mention: 'who' });
  });

  it('a relative clause between the subject and its verb leaves the subject as the words naming the speaker', () => {
    expect(creditOf('very competent', 'Jane Roe, who leads the group, said she “maintains that he will be very competent.”')?.mention).toBe('Jane Roe');
  });
});

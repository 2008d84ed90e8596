import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '@/lib/analysis/attribution/quote-spans';
import { attribute, speakerOf } from './helpers';

/** The quote spans of paragraphs joined by blank lines, each as [text, unclosed, continues]. */
function spansOf(...paragraphs: string[]) {
  const text = paragraphs.join('\n\n');
  let at = 0;
  const blocks = paragraphs.map((p) => {
    const block = { start: at, end: at + p.length };
    at += p.length + 2;
    return block;
  });
  return findQuoteSpans(text, blocks).map((q) => [text.slice(q.start, q.end), q.unclosed, q.continues]);
}

describe('a quotation running over paragraphs goes on past captions and link lines', () => {
  it.each([
    [['SEE MORE: Hong Kong protests: 800 students under siege in university']],
    [['Protesters do not want Hong Kong to lose its autonomy (Image: getty )']],
    [['Related: Students under siege', 'Police outside the campus on Monday (Image: AP)']],
  ])('%j', (asides) => {
    expect(spansOf('Liu said, warning: “They are already there in the garrison.', ...asides, '“If the situation becomes uncontrollable, we will act.”')).toEqual([
      ['They are already there in the garrison.', true, false],
      ['If the situation becomes uncontrollable, we will act.', false, true],
    ]);
  });

  it.each([
    // a sentence of the article between them: the open mark was a stray one
    [['The police did not comment on the case.']],
    // more asides than a quotation is interrupted by
    [['Read more: one', 'Read more: two', 'Read more: three', 'Read more: four']],
  ])('not past %j', (between) => {
    const spans = spansOf('Liu said, warning: “They are already there in the garrison.', ...between, '“If the situation becomes uncontrollable, we will act.”');
    expect(spans[spans.length - 1][2]).toBe(false);
  });

  it('gives the resumed quotation its speaker', () => {
    const result = attribute(
      'Liu said that the army could be deployed, warning: “They are already there in the garrison.',
      'SEE MORE: Hong Kong protests: 800 students under siege in university',
      '“If the situation becomes uncontrollable, the central government would not sit on our hands.”',
    );
    expect(speakerOf(result, 'If the situation becomes uncontrollable')).toBe('Liu');
  });
});

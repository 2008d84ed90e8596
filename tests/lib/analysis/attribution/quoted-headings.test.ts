import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('a quoted heading alone in its paragraph is not a quote', () => {
  it.each([
    [['"I am not sure the plan will work," said Ana Ruiz, a local farmer.', "'Farmers Are Not the Enemy.'", 'The plan was first proposed in 2019.']],
    [['The mill closed in May.', '“A Town Without Work”', 'Workers left for the coast.']],
  ])('%j', (paragraphs) => {
    expect(attribute(...paragraphs).quotes.map((q) => q.text)).not.toContainEqual(expect.stringMatching(/Enemy|Without Work/));
  });

  it('a short quotation in sentence case after a speaker is still a quote', () => {
    const r = attribute('"We will rebuild," said Mayor Ida Brook.', '"Every single house on this street will stand again."');
    expect(r.quotes.map((q) => q.text)).toContainEqual(expect.stringMatching(/Every single house/));
  });
});

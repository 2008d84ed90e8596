import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('an apposition with commas of its own between the speaker after a quote and the verb', () => {
  it.each([
    ['“These are steps in the right direction,” Anne Richards, assistant secretary of state for population, refugees, and migration, said on Tuesday.', 'Anne Richards'],
    ['“I would have been sitting in Siberia,” Mr. Daniloff, now 81 and retired in Cambridge, Mass., said in an interview.', 'Daniloff'],
    ['“She has not been truthful,” Cecelia Purner, 67, a retired teacher in Allentown, Pa., said.', 'Cecelia Purner'],
  ])('%s', (sentence, speaker) => {
    expect(attribute(sentence).quotes[0]?.speaker).toBe(speaker);
  });

  it('a second subject joined by "and" ends the apposition', () => {
    const r = attribute('Later in the day, Kurt Volker, former special envoy to Kyiv, and Tim Morrison, another aide, testified before the committee.');
    expect(r.quotes.map((q) => q.text)).not.toContain('Later in the day');
  });

  it('a list of names is no apposition of the first ("Lee, Ortiz, Kim and others" stop at the verb-less end)', () => {
    const r = attribute('“We will not stop,” Ann Lee, Maria Ortiz, Tom Kim and others wrote in a letter.');
    expect(r.quotes[0]?.speaker).not.toBe('Ann Lee');
  });
});

import { describe, expect, it } from 'vitest';
import { attribute, speakerOf } from './helpers';

describe('a time word after the verb is not the speaker', () => {
  it.each([
    ['“The veto will be overridden,” Senate leader Mira Holt, R-Ky., said Tuesday.', 'The veto will be overridden', 'Mira Holt'],
    ['“We expect a deal,” Governor Lena Ortiz, D-Ore., said Friday.', 'We expect a deal', 'Lena Ortiz'],
    ['The bill will pass, said Ravi Menon on Monday.', 'The bill will pass', 'Ravi Menon'],
  ])('%s', (sentence, fragment, speaker) => {
    expect(speakerOf(attribute(sentence), fragment)).toBe(speaker);
  });
});

import { describe, expect, it } from 'vitest';
import { attribute, speakerOf } from './helpers';

describe('a name in apposition after an inverted, describing subject speaks', () => {
  it.each([
    ['Sondland was known for telling others "he was in charge of Ukraine," said another witness in the probe, former White House adviser Fiona Hill.', 'in charge of Ukraine', 'Fiona Hill'],
    ['“We will appeal,” said a lawyer for the family, Marcus Obi.', 'We will appeal', 'Marcus Obi'],
    ['The plant will close in May, said the company’s chief executive, Ana Ruiz.', 'The plant will close', 'Ana Ruiz'],
  ])('%s', (sentence, fragment, speaker) => {
    expect(speakerOf(attribute(sentence), fragment)).toBe(speaker);
  });

  it.each([
    // the words after the comma are a clause, not the name of the one who spoke
    ['“We will appeal,” said a lawyer for the family, who asked not to be named.', 'We will appeal'],
    // a name that is followed by more of the sentence is not an apposition closing it
    ['“We will appeal,” said a lawyer for the family, Marcus Obi and his partner agreed.', 'We will appeal'],
  ])('%s', (sentence, fragment) => {
    expect(speakerOf(attribute(sentence), fragment)).not.toBe('Marcus Obi');
  });
});

import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

const speakerOf = (r: ReturnType<typeof attribute>, fragment: string) => {
  const q = r.quotes.find((x) => x.text.includes(fragment));
  const e = r.entities.find((x) => x.name === q?.speaker);
  return q && e ? `${e.name}/${e.type}` : null;
};

// A newspaper, agency or broadcaster a page quotes is an organisation, never a person that "he" or
// "she" could find later; a person of the same name named in full keeps the name.
describe('English publications as sources', () => {
  it.each([
    ['Politico reported Saturday that David Brock was planning a call.', 'David Brock', 'Politico/organization'],
    ['The professor was headed to Cairo for a conference, the Guardian reported.', 'Cairo', 'Guardian/organization'],
    ['The Dow plummeted in minutes, according to Bloomberg.', 'Dow plummeted', 'Bloomberg/organization'],
    ['“It is a new record,” Agence France-Presse reported.', 'new record', 'Agence France-Presse/organization'],
  ])('%s', (sentence, fragment, speaker) => {
    expect(speakerOf(attribute(sentence), fragment)).toBe(speaker);
  });

  it('a person named in full keeps the name ("Michael Bloomberg … Bloomberg said")', () => {
    const r = attribute('Michael Bloomberg visited the city on Monday.', 'Bloomberg said that he would not run.');
    expect(speakerOf(r, 'would not run')).toBe('Michael Bloomberg/person');
  });
});

describe('"the" and one capitalised word name a body, never a person', () => {
  it.each([
    ['Rubio’s comments came on Sunday, The Hill reported.', 'Rubio', 'Hill/organization'],
    ['The bank will cut its rates, the Fed said on Monday.', 'cut its rates', 'Fed/organization'],
  ])('%s', (sentence, fragment, speaker) => {
    expect(speakerOf(attribute(sentence), fragment)).toBe(speaker);
  });
});

describe('a title with the body it serves describes a person, it names no organisation', () => {
  it.each([
    ['“We will grow,” said the CEO of Apple.', 'We will grow', 'CEO of Apple/unnamed'],
    ['Carly Fiorina said so on Monday. But, the former CEO of Hewlett-Packard added, it is not the way to win.', 'not the way to win', 'former CEO of Hewlett-Packard/unnamed'],
  ])('%s', (sentence, fragment, speaker) => {
    expect(speakerOf(attribute(sentence), fragment)).toBe(speaker);
  });
});

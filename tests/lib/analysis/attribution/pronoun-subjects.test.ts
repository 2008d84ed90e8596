import { describe, expect, it } from 'vitest';
import { attribute, speakerOf } from './helpers';

// "He" or "she" opening a sentence goes on with who spoke, or with the subject, of the sentence before,
// even when someone else of the pronoun's known sex is named later in it.
describe('the subject of the sentence before, not a person named later in it', () => {
  it('the speaker of the sentence before goes on ("…,” Cole said. “…,” he said")', () => {
    const r = attribute(
      'Donald Trump met Paul Ryan on Thursday.',
      'Rep. Tom Cole said Thursday his worry about Trump is that he is “unpredictable.” Yet Trump is also a “change agent,” Cole said.',
      '“It seems to me they have every incentive to find common ground,” he said.',
    );
    expect(speakerOf(r, 'common ground')).toBe('Tom Cole');
  });

  it('the subject of unknown sex, over a man named in its relative clause', () => {
    const r = attribute(
      'Montell Figgins, who represents Michael Thomas, said his client chose not to accept a plea agreement.',
      'He said a guilty plea would “ruin his life.”',
    );
    expect(speakerOf(r, 'ruin his life')).toBe('Montell Figgins');
  });

  it('the subject of unknown sex, after her title, over a woman named as an object', () => {
    const r = attribute(
      'Sonya A. Zoghlin, the defendant’s attorney, told reporters that her client did not intend to cause harm to Ilhan Omar.',
      '“He is passionate about his political beliefs,” she said.',
    );
    expect(speakerOf(r, 'passionate')).toBe('Sonya A. Zoghlin');
  });

  it('a person after "master of ceremonies" is the speaker, not the object of "of"', () => {
    const r = attribute(
      'Donald Trump called for a ban on refugees.',
      '“Thanks for welcoming these refugees,” said master of ceremonies Asab Al-Tabchi, a Syrian engineer. “No thanks to the governor,” he added.',
    );
    expect(speakerOf(r, 'No thanks')).toBe('Asab Al-Tabchi');
  });
});

describe('words that are no person for a pronoun to find', () => {
  const persons = (r: ReturnType<typeof attribute>) => r.entities.filter((e) => e.type === 'person').map((e) => e.name);

  it('"told Newsweek": the name after "told" is whom he spoke to, so a later "he" is still the expert', () => {
    const r = attribute(
      'Ian Hamilton, an expert in drug use at the University of York, told Newsweek: “The rise could equate to a large share of the population.”',
      'However, he pointed out that it is difficult to draw firm conclusions from such studies.',
    );
    expect(persons(r)).not.toContain('Newsweek');
    expect(speakerOf(r, 'difficult to draw')).toBe('Ian Hamilton');
  });
});

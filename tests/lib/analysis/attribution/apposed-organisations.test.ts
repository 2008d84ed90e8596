import { describe, expect, it } from 'vitest';
import { attribute, speakerOf } from './helpers';

const typeOf = (result: ReturnType<typeof attribute>, name: string) => result.entities.find((e) => e.name === name)?.type;

describe('names an apposition calls an organisation', () => {
  it.each([
    // the description before the name, then later "they said" and "it says" find the organisation
    [
      [
        'The group that owns most of her music, Big Machine, says she will be allowed to play her old tracks.',
        'Big Machine have twice denied doing anything wrong.',
        '"At no point did we block her special," they said in a statement on their website.',
      ],
      'At no point',
      'Big Machine',
    ],
    [
      [
        'The company that makes the vaccine, Halvor Brindle, says supplies will hold.',
        'Halvor Brindle later put out another statement.',
        '"We have agreed to grant all licenses," it says.',
      ],
      'agreed to grant',
      'Halvor Brindle',
    ],
    // the description after the name
    [['"We never refused," Ostrander Vale, her former record company, said on Friday.'], 'never refused', 'Ostrander Vale'],
  ])('%j', (paragraphs, fragment, speaker) => {
    const result = attribute(...paragraphs);
    expect(speakerOf(result, fragment)).toBe(speaker);
    expect(typeOf(result, speaker)).toBe('organization');
  });

  it.each([
    // a person described by their role in a company stays a person
    [['The company’s founder, Tim Ostrander, said "we will appeal" after the ruling.'], 'we will appeal', 'Tim Ostrander'],
    [['"We will appeal," Tim Ostrander, a company spokesman, said.'], 'We will appeal', 'Tim Ostrander'],
    [['"We will appeal," said Tim Ostrander, the founder of the firm.'], 'We will appeal', 'Tim Ostrander'],
  ])('stays a person: %j', (paragraphs, fragment, speaker) => {
    const result = attribute(...paragraphs);
    expect(speakerOf(result, fragment)).toBe(speaker);
    expect(typeOf(result, speaker)).toBe('person');
  });
});

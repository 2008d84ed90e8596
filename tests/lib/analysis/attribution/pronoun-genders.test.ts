import { describe, expect, it } from 'vitest';
import { attribute, speakerOf } from './helpers';

describe('a person\'s gender counted from the pronouns after their name', () => {
  it('"she" passes over a man of unknown gender named last as an object, for the woman named before', () => {
    const r = attribute(
      'Taylor Swift said on Sunday that the award was "a surprise."',
      'Swift got support last week, after accusing them of trying to stop her performing her songs.',
      'Her first six albums were bought by a company owned by talent manager Scooter Braun this year.',
      'In a post at the time she described this as the "worst case scenario" for her work.',
    );
    expect(speakerOf(r, 'worst case scenario')).toBe('Taylor Swift');
  });

  it('a pronoun before the name points to someone else and gives no gender', () => {
    const r = attribute(
      'Labor Secretary Tom Perez spoke in Ohio. But he is increasingly showing up in swing states to stump for Hillary Clinton, and he says so.',
      'Coal miners are still smarting from remarks Clinton made earlier this year.',
      'When she was talking about cleaner energy, she offered up this sound bite: "We are going to put a lot of coal companies out of business."',
    );
    expect(speakerOf(r, 'coal companies out of business')).toBe('Hillary Clinton');
  });

  it('the man named last keeps "he" when he is the subject', () => {
    const r = attribute(
      'Senator Mary Holt voted for the bill, and her staff praised her for it.',
      'Governor Dan Reyes signed it on Friday. He said it was "a good day for the state."',
    );
    expect(speakerOf(r, 'good day')).toBe('Dan Reyes');
  });
});

describe('an organisation in apposition speaks', () => {
  it('"The company that runs the show, Dick Clark Productions, denies …", then "they said"', () => {
    const r = attribute(
      'The label says she will be allowed to perform. Big Machine said so on Friday.',
      'The company that runs the awards, Dick Clark Productions, denies that anything has been sorted.',
      '"Any final agreement needs to be made directly with her team," they said.',
    );
    expect(speakerOf(r, 'anything has been sorted')).toBe('Dick Clark Productions');
    expect(speakerOf(r, 'Any final agreement')).toBe('Dick Clark Productions');
  });
});

describe('a one-word name that only "its" follows is a body', () => {
  const typeOf = (r: ReturnType<typeof attribute>, name: string) => r.entities.find((e) => e.name === name)?.type;

  it('"Uber said … its drivers" is an organisation, and "the company" finds it', () => {
    const r = attribute(
      'Uber said on Monday that its drivers would be paid more in the city.',
      'The company added that “nobody will lose a ride.”',
    );
    expect(typeOf(r, 'Uber')).toBe('organization');
    expect(speakerOf(r, 'nobody will lose')).toBe('Uber');
  });

  it('a person with "his" as well as "its" stays a person', () => {
    const r = attribute('Kasich said on Monday that its cost was too high and his plan was better.', 'Kasich said “we will see.”');
    expect(typeOf(r, 'Kasich')).toBe('person');
  });
});

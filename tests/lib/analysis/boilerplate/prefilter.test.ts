import { describe, expect, it } from 'vitest';
import { screened, screenSource } from '@/lib/analysis/boilerplate/prefilter';

describe('screenSource', () => {
  it.each([
    ['(?<![a-z])news(?![a-z])', '(?:)news(?:)'],
    ['(?<=[.!?]\\s*)Photo:', '(?:[.!?]\\s*)Photo:'],
    // A lookbehind that does not open the pattern looks at text the match already consumed: emptied.
    ['a(?<=[.!?])b', 'a(?:)b'],
    ['x(?=\\S)?y', 'x(?:)?y'],
    // Escaped parentheses and brackets are text, not groups.
    ['^\\(?(noch )?keine\\)?$', '^\\(?(noch )?keine\\)?$'],
    ['[(?!]+a', '[(?!]+a'],
    ['(?<name>ab)(?!c)', '(?<name>ab)(?:)'],
    ['(?<=(?:a|b(?!c)))d', '(?:(?:a|b(?!c)))d'],
  ])('%s → %s', (source, screen) => {
    expect(screenSource(source)).toBe(screen);
    expect(() => new RegExp(screen, 'u')).not.toThrow();
  });
});

const SENTENCES = [
  'Sign up for our newsletter to get the news in your inbox.',
  'The newsletters were delivered by hand in the old days, he said.',
  'A sign-up sheet sat by the door of the parish hall.',
  'Firefighters at the scene on Monday. Photo: Jane Roe/Reuters',
  'The photo: a harbour at dawn, with the ferry leaving.',
  'Subscribers to the council bulletin were told on Friday.',
  'unsubscribed',
  '',
];

describe('screened', () => {
  const patterns = [
    /(?<=[.!?”"’)]\s*)Photo\s*:\s*[^\n]{2,90}$/u,
    /(?<![a-z])news(?:letters?)?(?![a-z])/u,
    /(?<=\s)sign(?:-up| up)(?=\s)/iu,
  ];
  it.each(patterns.flatMap((re) => SENTENCES.map((s) => [re, s] as const)))('%s on "%s" answers as the regex does', (re, text) => {
    const fast = screened(re);
    expect(fast.test(text)).toBe(re.test(text));
    expect(fast.exec(text)?.index).toBe(re.exec(text)?.index);
    expect(fast.exec(text)?.[0]).toBe(re.exec(text)?.[0]);
  });

  it('returns the regex itself when it has no lookaround', () => {
    const re = /Credit\s*:/;
    expect(screened(re)).toBe(re);
  });
});

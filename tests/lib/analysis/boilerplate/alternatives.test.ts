import { describe, expect, it } from 'vitest';
import { anyOf } from '@/lib/analysis/boilerplate/alternatives';
import { PHRASES } from '@/lib/analysis/boilerplate/phrase-matchers';

const SENTENCES = [
  'Sign up for our newsletter to get the news in your inbox.',
  'The newsletters were delivered by hand in the old days, he said.',
  'A sign-up sheet sat by the door of the parish hall.',
  'Subscribers to the council bulletin were told on Friday.',
  'unsubscribed',
  'photo: jane roe',
  'the photo: a harbour at dawn',
  'a|b',
  '',
];

describe('anyOf', () => {
  // Every kind of alternative: anchored, opening on a shared lookbehind (grouped by first character,
  // with one sharing its first character and one opening on a group), opening on another assertion,
  // an alternation of its own, and one opening on a quantified character.
  const sources = [
    '(?<![a-z])subscri(?:be|bers?|ptions?)(?![a-z])',
    '(?<![a-z])sign(?:ing)? up(?![a-z])',
    '(?<![a-z])sheet(?![a-z])',
    '(?<![a-z])(?:news|bulletin)letters?(?![a-z])',
    '(?<=\\s)hall\\.$',
    '^photo:',
    '^a\\|b$|^unsub',
    'x?delivered',
  ];
  const oneRegex = new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'u');
  it.each(SENTENCES.map((s) => [s.toLowerCase()]))('agrees with one joined regex on "%s"', (text) => {
    expect(anyOf(sources, 'u').test(text)).toBe(oneRegex.test(text));
  });

  it('finds each kind of alternative', () => {
    const matcher = anyOf(sources, 'u');
    for (const text of ['subscribe', 'the sheet', 'newsletter', 'in the hall.', 'photo: x', 'a|b', 'unsubscribed', 'delivered']) {
      expect(matcher.test(text)).toBe(true);
    }
    // The shared lookbehind still holds for every alternative under it.
    expect(matcher.test('resubscribe')).toBe(false);
    expect(matcher.test('bedsheet')).toBe(false);
    expect(matcher.test('a photo: x')).toBe(false);
  });

  it('splits very many alternatives into several regexes and still finds the last one', () => {
    const many = Array.from({ length: 400 }, (_, i) => `(?<![a-z])word${i}(?![a-z0-9])`);
    const matcher = anyOf(many, 'u');
    expect(matcher.test('a line ending in word399')).toBe(true);
    expect(matcher.test('a line ending in word3999')).toBe(false);
    expect(matcher.test('swordfish')).toBe(false);
  });

  it('matches nothing when given no alternatives', () => {
    expect(anyOf([], 'u').test('anything at all')).toBe(false);
  });
});

describe('PHRASES', () => {
  it.each([
    ['subscription', 'sign up for our free weekly newsletter.', true],
    ['subscription', 'she signed the upkeep contract.', false],
    ['copyright', '© 2024 riverside media group. all rights reserved.', true],
    ['copyright', 'they reserved all the rights to the film.', false],
    ['print', 'a version of this article appears in print on page a12.', true],
    ['print', 'the printer broke on the reprint.', false],
    ['navigation', 'skip to content', true],
    ['navigation', 'we will skip to content later', false],
    ['comments', '12 comments', true],
    ['related', 'read more: bridge repairs delayed again', true],
  ] as const)('%s on "%s" → %s', (category, text, expected) => {
    expect(PHRASES[category].test(text)).toBe(expected);
  });
});

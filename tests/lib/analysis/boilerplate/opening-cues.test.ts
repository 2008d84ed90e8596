import { describe, expect, it } from 'vitest';
import { openingCues } from '@/lib/analysis/boilerplate/opening-cues';
import { PHRASES, type PhraseCategory } from '@/lib/analysis/boilerplate/phrase-matchers';
import { lineUnits } from '@/lib/analysis/boilerplate/units';
import { articleFromPlainText } from '@/lib/extract/assemble';

describe('openingCues', () => {
  it.each([
    ['subscri(be|bers?)', ['subs']],
    ['(have|got) a (news )?tip', ['have', 'got ']],
    ['j[aá] [ée]', ['ja e', 'ja é', 'já e', 'já é']],
    // Optional openings: with and without.
    ['(artikel )?teilen', ['arti', 'teil']],
    ['tips?@', ['tips', 'tip@']],
    ['(?:x|)y', ['xy', 'y']],
    // The cue stops where the text stops being plain: an assertion, a repeat, a wide class.
    ['ab(?!c)d', ['ab']],
    ['\\d+ comments', ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']],
    ['log ?in', ['log ', 'logi']],
    ['a|bc', ['a', 'bc']],
  ])('%s → %j', (source, cues) => {
    expect(openingCues(source)?.sort()).toEqual([...cues].sort());
  });

  it.each([['.{0,30}x'], ['[a-z]x'], ['(a|b)?'], ['\\s*x'], ['x*y'], ['a|.b']])('%s opens on anything: null', (source) => {
    expect(openingCues(source)).toBeNull();
  });
});

const LINES = [
  'Subscribe to the Morning Ledger for daily updates!',
  'Sign up for our free weekly newsletter.',
  'Abonnez-vous à notre newsletter',
  'Jetzt Newsletter abonnieren und nichts verpassen',
  'Follow us on Instagram and Twitter',
  'Artikel teilen',
  '© 2024 Riverside Media Group. All rights reserved.',
  'Alle Angaben ohne Gewähr.',
  'This article was originally published on The Harbour Review.',
  'Dieser Artikel erschien zuerst im Stadtanzeiger.',
  'Read more: Bridge repairs delayed again',
  'Maria Lopez is a staff reporter covering city hall and transit.',
  'Have a news tip? Send it to tips@example.org',
  'É jornalista e escreve sobre cidades.',
  'A version of this article appears in print on Page A12 of the city edition.',
  'Skip to content',
  'This site uses cookies to improve your experience.',
  '12 Comments',
  'Leave a comment below and join the conversation.',
  'Deixe um comentário',
  'The affiliate links above may earn us a commission.',
  'The council approved the budget on Tuesday after a long debate about school funding.',
  'Members argued for hours over the cost of repairs to bridges, he said, and the mayor agreed.',
  'Los concejales votaron el presupuesto el martes por la tarde.',
];
const CATEGORIES: PhraseCategory[] = [
  'subscription', 'share', 'copyright', 'syndication', 'related', 'advert', 'bio', 'intro', 'print', 'navigation', 'comments',
];

describe('phrase categories of a line', () => {
  const units = lineUnits(articleFromPlainText(['Headline', ...LINES].join('\n')));
  it.each(units.map((u) => [u.text, u] as const))('"%s": the categories it is let through for answer as the full test', (_, u) => {
    for (const category of CATEGORIES) {
      expect(PHRASES[category].test(u.lower, u.phraseCategories)).toBe(PHRASES[category].test(u.lower));
    }
  });

  it('lets ordinary prose skip most categories', () => {
    const prose = units.find((u) => u.text.startsWith('The council'))!;
    expect(CATEGORIES.filter((c) => prose.phraseCategories & (1 << CATEGORIES.indexOf(c))).length).toBeLessThan(CATEGORIES.length / 2);
  });
});

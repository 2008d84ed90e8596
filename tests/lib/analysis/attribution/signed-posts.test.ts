import { describe, expect, it } from 'vitest';
import { findAttributions } from '@/lib/analysis/attribution/find-attributions';
import type { ArticleText, Block } from '@/lib/analysis/types';

/** An article from (kind, text) blocks, the way extraction hands over an embedded post's blockquotes. */
function article(lang: string, ...parts: [Block['kind'], string][]): ArticleText {
  const texts = ['Eine Seite zum Testen', ...parts.map(([, t]) => t)];
  const kinds: Block['kind'][] = ['title', ...parts.map(([k]) => k)];
  const blocks: Block[] = [];
  let at = 0;
  texts.forEach((t, i) => {
    blocks.push({ start: at, end: at + t.length, kind: kinds[i], linkChars: 0 });
    at += t.length + 2;
  });
  return { title: texts[0], byline: null, siteName: null, lang, text: texts.join('\n\n'), bodyStart: blocks[1].start, blocks };
}

function quotes(a: ArticleText) {
  const result = findAttributions(a);
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  return result.quotes.map((q) => ({ text: q.text, type: q.type, speaker: q.speakerId ? byId.get(q.speakerId)!.name : null }));
}

describe('an embedded post is quoted in the name its signature line gives', () => {
  it.each([
    ['de', 'a person, the platform link cut off', 'Der US-Präsident freute sich über die Bilder.',
      [['blockquote', 'I, for one, am glad to see he is back, and well! https://t.co/mIWVeRMnOJ'], ['blockquote', '— Donald J. Trump (@realDonaldTrump) May 2, 2020']],
      [{ text: 'I, for one, am glad to see he is back, and well!', type: 'direct', speaker: 'Donald J. Trump' }]],
    ['es', 'a body, two lines', 'Los récords no han sido confirmados aún.',
      [['blockquote', '#Antártida | Nuevo récord de temperaturas'], ['blockquote', 'Este mediodía la Base Esperanza registró un nuevo récord histórico. pic.twitter.com/rhKsPFytCb'], ['blockquote', '— SMN Argentina (@SMN_Argentina) February 6, 2020']],
      [{ text: '#Antártida | Nuevo récord de temperaturas', type: 'direct', speaker: 'SMN Argentina' }, { text: 'Este mediodía la Base Esperanza registró un nuevo récord histórico.', type: 'direct', speaker: 'SMN Argentina' }]],
    ['en', 'a title before the display name', 'The congresswoman posted her letter.',
      [['blockquote', 'We must apply a system of compassion to criminal justice.'], ['blockquote', '— Rep. Ilhan Omar (@Ilhan) November 19, 2019']],
      [{ text: 'We must apply a system of compassion to criminal justice.', type: 'direct', speaker: 'Ilhan Omar' }]],
  ] as [string, string, string, [Block['kind'], string][], object[]][])('%s: %s', (lang, _, before, post, expected) => {
    const found = quotes(article(lang, ['paragraph', before], ...post));
    expect(found).toEqual(expected);
  });

  it('a line that names its own speaker keeps it, and a paragraph above the post is no part of it', () => {
    const found = quotes(article('de',
      ['paragraph', 'Die Berichte widersprachen sich.'],
      ['blockquote', 'CNN: "Kim Jong Un is gravely ill"'],
      ['blockquote', 'It would be really nice to be able to trust our media.'],
      ['blockquote', '— Robby Starbuck (@robbystarbuck) April 21, 2020']));
    expect(found.find((q) => q.text.startsWith('It would'))?.speaker).toBe('Robby Starbuck');
    expect(found.some((q) => q.text.includes('CNN') || q.text.includes('widersprachen'))).toBe(false);
  });

  it('a dash and a name without a handle signs nothing', () => {
    const found = quotes(article('en', ['blockquote', 'The river rose all night.'], ['blockquote', '— Jane Miller, March 2, 2020']));
    expect(found).toEqual([]);
  });
});

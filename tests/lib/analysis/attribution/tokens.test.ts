import { describe, expect, it } from 'vitest';
import { tokenize } from '@/lib/analysis/attribution/tokens';

const texts = (text: string, elides = false) => tokenize(text, elides).map((t) => t.text);

describe('tokenize', () => {
  it.each([
    ['“Don’t,” said AT&T’s U.S. chief — twice.', ['“', 'Don’t', ',', '”', 'said', 'AT&T’s', 'U.S', '.', 'chief', '—', 'twice', '.']],
    ['Il-76 → 3.5% (Mr. Smith-Jones)', ['Il-76', '→', '3.5', '%', '(', 'Mr', '.', 'Smith-Jones', ')']],
    ['€20, ¿qué? ¡Sí!', ['€', '20', ',', '¿', 'qué', '?', '¡', 'Sí', '!']],
  ])('%s', (text, tokens) => {
    expect(texts(text)).toEqual(tokens);
  });

  it('splits French elided words off the word they lean on, where asked', () => {
    expect(texts('l’Élysée d’après', true)).toEqual(['l’', 'Élysée', 'd’', 'après']);
    expect(texts('l’Élysée', false)).toEqual(['l’Élysée']);
  });

  it('gives each token its offsets, lower case, and whether it is a capitalised word', () => {
    const [said, dash, arrow, name] = tokenize('said — → Élise');
    expect(said).toEqual({ start: 0, end: 4, text: 'said', lower: 'said', isWord: true, cap: false });
    expect(dash).toEqual({ start: 5, end: 6, text: '—', lower: '—', isWord: false, cap: false });
    expect(arrow).toEqual({ start: 7, end: 8, text: '→', lower: '→', isWord: false, cap: false });
    expect(name).toEqual({ start: 9, end: 14, text: 'Élise', lower: 'élise', isWord: true, cap: true });
    // the same punctuation token text each time (one string per character)
    expect(tokenize('— —')[0].text).toBe(tokenize('— —')[1].text);
  });
});

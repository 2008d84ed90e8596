import { describe, expect, it } from 'vitest';
import { speakerFinder } from './helpers';

const speakerIn = speakerFinder('Eine Seite zum Testen');

describe('a second verb of saying after a comma shares the subject of the cue before it', () => {
  it.each([
    ['de', 'a separable verb whose particle comes later', 'Eine Ungeschicklichkeit',
      'In Baden-Württemberg warb ein Geschäft mit Plakaten: „Bei uns können Sie unbesorgt einkaufen“, berichtet Stéphane Mazzucotelli, fügt aber rasch hinzu: „Eine Ungeschicklichkeit.“', 'Stéphane Mazzucotelli'],
    ['de', 'a plain verb', 'Wir müssen noch warten',
      'Die Ministerin lobte den Plan. „Das ist gut“, sagt Anna Berger, betont aber: „Wir müssen noch warten.“', 'Anna Berger'],
  ])('%s: %s', (lang, _, fragment, paragraph, speaker) => {
    expect(speakerIn(lang, fragment, paragraph)).toBe(speaker);
  });

  it('a verb after a comma with no cue before it finds no speaker there ("…“, fügt aber hinzu")', () => {
    expect(speakerIn('de', 'Eine Ungeschicklichkeit', 'Auf den Plakaten stand „Bei uns können Sie einkaufen“, fügt aber hinzu: „Eine Ungeschicklichkeit.“')).toBeNull();
  });
});
